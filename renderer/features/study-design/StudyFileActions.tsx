/**
 * Sharing a study design as one JSON file: only the design travels (topic lists,
 * questionnaires, rules, codes, formats), never respondents or interviews. An imported
 * design becomes a new study or replaces the open study's design; the researcher
 * chooses, and an invalid file is refused with every problem listed.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { asNewStudy, replaceDesign } from '../../../shared/design/design-share';
import { parseStudyFile, serialiseStudy, STUDY_FILE_MAX_BYTES } from '../../../shared/study/study-file';
import type { Study } from '../../../shared/study/schema';
import { reportError, reportInfo } from '../../ui/notices/notices';
import { database } from '../../data/instance';
import { respondentsOfStudy } from '../../data/respondents';
import { allStudies } from '../../data/studies';
import { failureReason, getPlatform } from '../../platform';
import { addAndOpenStudy, saveDesign } from './save-design';

const MAX_LISTED_PROBLEMS = 12;

function fileNameOf(study: Study): string {
  return `${study.id}.veldwerk-studie.json`;
}

export function StudyFileActions({ study }: { study: Study }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ study: Study; fileName: string; taken: { id: string; name: string }[] }>();

  const exportStudy = async () => {
    try {
      const bytes = new TextEncoder().encode(serialiseStudy(study, new Date()));
      const result = await getPlatform().saveFile({
        suggestedName: fileNameOf(study),
        mimeType: 'application/json',
        bytes,
      });
      if (result.status === 'saved') reportInfo(t('studyDesign.page.exported', { location: result.location }));
    } catch (error) {
      reportError(t('studyDesign.page.exportFailed'), [failureReason(error, t)]);
    }
  };

  const readFile = async (file: File) => {
    const limit = STUDY_FILE_MAX_BYTES / (1024 * 1024);
    // Checked before reading: a file of gigabytes would not even fit in a string.
    if (file.size > STUDY_FILE_MAX_BYTES) {
      reportError(
        t('studyDesign.page.importRefused.tooLarge', { file: file.name, size: Math.ceil(file.size / (1024 * 1024)), limit }),
        [],
      );
      return;
    }
    const result = parseStudyFile(await file.text());
    if (!result.ok) {
      const issues = result.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
      const shown = issues.slice(0, MAX_LISTED_PROBLEMS);
      if (issues.length > shown.length) shown.push(t('studyDesign.page.moreProblems', { count: issues.length - shown.length }));
      if (result.reason === 'tooLarge' || result.reason === 'tooDeep') {
        // The one issue only repeats the limit the sentence already names.
        reportError(
          t(`studyDesign.page.importRefused.${result.reason}`, {
            file: file.name,
            size: Math.ceil(file.size / (1024 * 1024)),
            limit,
          }),
          [],
        );
        return;
      }
      reportError(t(`studyDesign.page.importRefused.${result.reason}`, { file: file.name }), shown);
      return;
    }
    const taken = (await allStudies(database())).map((s) => ({ id: s.id, name: s.name }));
    setPending({ study: result.study, fileName: file.name, taken });
  };

  const importAsNew = async () => {
    if (!pending) return;
    const added = asNewStudy(pending.study, pending.taken);
    if (await addAndOpenStudy(added)) {
      setPending(undefined);
      reportInfo(t('studyDesign.page.imported', { name: added.name }));
    }
  };

  const replaceOpenDesign = async () => {
    if (!pending) return;
    const respondents = await respondentsOfStudy(database(), study.id);
    const result = replaceDesign(
      study,
      pending.study,
      respondents.map((r) => r.typeId),
    );
    if (!result.ok) {
      reportError(
        t('studyDesign.share.missingTypes', { name: study.name }),
        result.missingTypes.map((type) => type.name),
      );
      return;
    }
    if (await saveDesign(result.study)) {
      setPending(undefined);
      reportInfo(t('studyDesign.share.replaced', { name: study.name }));
    }
  };

  const collision = pending?.taken.some((s) => s.id === pending.study.id);
  return (
    <>
      <div className="study-file-actions">
        <button type="button" onClick={() => void exportStudy()}>
          {t('studyDesign.page.export')}
        </button>
        <label className="file-button">
          <span>{t('studyDesign.page.import')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void readFile(file);
            }}
          />
        </label>
        <span className="hint">{t('studyDesign.share.hint')}</span>
      </div>
      {pending && (
        <section className="card note" aria-label={t('studyDesign.share.reviewTitle', { file: pending.fileName })}>
          <h3>{t('studyDesign.share.reviewTitle', { file: pending.fileName })}</h3>
          <p>
            {t('studyDesign.share.contains', {
              name: pending.study.name,
              lists: pending.study.topicLists.length,
              questionnaires: pending.study.questionnaires.length,
              rules: pending.study.flagRules.length,
            })}
          </p>
          {collision && (
            <p>
              {t('studyDesign.share.collision', {
                id: pending.study.id,
                newId: asNewStudy(pending.study, pending.taken).id,
              })}
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void importAsNew()}>
              {t('studyDesign.share.asNew')}
            </button>
            <button type="button" onClick={() => void replaceOpenDesign()}>
              {t('studyDesign.share.replace', { name: study.name })}
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              {t('common.cancel')}
            </button>
          </div>
          <p className="hint">{t('studyDesign.share.replaceHint')}</p>
        </section>
      )}
    </>
  );
}
