/**
 * The study's own settings: name, language, respondent types with their code letters and
 * instruments, the respondent code scheme and the transcript format. Edited as a draft
 * and saved as a whole, so a half-typed change never reaches the database.
 */
import { useTypesInUse } from '../../../data/respondents';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { slugOf, starterTitle, starterTopicList, uniqueId } from '../../../../shared/design/new-study';
import { switchTopicList } from '../../../../shared/design/switch-topic-list';
import type { RespondentType, Study, TranscriptFormat } from '../../../../shared/study/schema';
import { defaultTranscriptFormat } from '../../../../shared/study/transcript-format';
import { reportInfo } from '../../../ui/notices/notices';
import { followedSummary } from '../rules/followed-targets';
import { saveDesign } from '../save-design';
import { TranscriptHeaderEditor } from './TranscriptHeaderEditor';

function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter(Boolean);
}

export function StudySettings({ study }: { study: Study }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Study>(study);
  const [fillers, setFillers] = useState(study.transcriptFormat.fillerWords.join(', '));
  const [newType, setNewType] = useState({ name: '', codeLetter: '' });
  const typesInUse = useTypesInUse(study.id);

  const set = (change: Partial<Study>) => setDraft((d) => ({ ...d, ...change }));
  const setType = (id: string, change: Partial<RespondentType>) =>
    set({ respondentTypes: draft.respondentTypes.map((type) => (type.id === id ? { ...type, ...change } : type)) });
  const setFormat = (change: Partial<TranscriptFormat>) =>
    set({ transcriptFormat: { ...draft.transcriptFormat, ...change } });

  // The type's rules follow it to the new list where they can; the rest are named here.
  const [followed, setFollowed] = useState<ReturnType<typeof followedSummary>>({});
  const switchList = (type: RespondentType, listId: string) => {
    const outcome = switchTopicList(draft, type.id, listId);
    setDraft(outcome.study);
    const title = draft.topicLists.find((l) => l.id === listId)?.title ?? listId;
    setFollowed(followedSummary(outcome, type.name, title, t));
  };

  const addType = () => {
    if (!newType.name.trim()) return;
    const id = uniqueId(
      slugOf(newType.name),
      draft.respondentTypes.map((type) => type.id),
    );
    const listId = uniqueId(
      `tl-${id}`,
      draft.topicLists.map((l) => l.id),
    );
    set({
      respondentTypes: [
        ...draft.respondentTypes,
        { id, name: newType.name.trim(), codeLetter: newType.codeLetter.trim(), topicListId: listId },
      ],
      topicLists: [
        ...draft.topicLists,
        starterTopicList(listId, starterTitle(newType.name, draft.language), draft.language),
      ],
    });
    setNewType({ name: '', codeLetter: '' });
  };

  const save = async () => {
    const study = { ...draft, transcriptFormat: { ...draft.transcriptFormat, fillerWords: splitList(fillers) } };
    if (await saveDesign(study)) reportInfo(t('studyDesign.saved'));
  };

  const format = draft.transcriptFormat;
  return (
    <form
      aria-label={t('studyDesign.settings')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="form-grid">
        <label>
          <span>{t('studyDesign.studyName')}</span>
          <input value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label>
          <span>{t('studyDesign.languageCode')}</span>
          <input value={draft.language} onChange={(e) => set({ language: e.target.value })} />
        </label>
        <label className="wide">
          <span>{t('studyDesign.description')}</span>
          <textarea
            rows={2}
            value={draft.description ?? ''}
            onChange={(e) => set({ description: e.target.value || undefined })}
          />
        </label>
      </div>

      <h3>{t('studyDesign.respondentTypes')}</h3>
      <table className="plain">
        <thead>
          <tr>
            <th scope="col">{t('studyDesign.page.type')}</th>
            <th scope="col">{t('studyDesign.codeLetterShort')}</th>
            <th scope="col">{t('studyDesign.page.questionnaire')}</th>
            <th scope="col">{t('studyDesign.page.topicList')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('studyDesign.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.respondentTypes.map((type) => (
            <tr key={type.id}>
              <td>
                <input
                  aria-label={t('studyDesign.typeNameOf', { name: type.name })}
                  value={type.name}
                  onChange={(e) => setType(type.id, { name: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('studyDesign.codeLetterOf', { name: type.name })}
                  value={type.codeLetter}
                  size={4}
                  onChange={(e) => setType(type.id, { codeLetter: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={t('studyDesign.questionnaireOf', { name: type.name })}
                  value={type.questionnaireId ?? ''}
                  onChange={(e) => setType(type.id, { questionnaireId: e.target.value || undefined })}
                >
                  <option value="">{t('studyDesign.none')}</option>
                  {draft.questionnaires.map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.title}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={t('studyDesign.topicListOf', { name: type.name })}
                  value={type.topicListId}
                  onChange={(e) => switchList(type, e.target.value)}
                >
                  {draft.topicLists.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.title}
                    </option>
                  ))}
                </select>
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={t('studyDesign.removeType', { name: type.name })}
                  disabled={draft.respondentTypes.length === 1 || typesInUse?.has(type.id) !== false}
                  title={typesInUse?.has(type.id) ? t('studyDesign.typeInUse') : undefined}
                  onClick={() => set({ respondentTypes: draft.respondentTypes.filter((x) => x.id !== type.id) })}
                >
                  {t('studyDesign.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {followed.moved && <p role="status">{followed.moved}</p>}
      {followed.lost && (
        <div className="field-error" role="alert">
          <p>{followed.lost.message}</p>
          <ul>
            {followed.lost.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="inline-add">
        <label>
          <span>{t('studyDesign.newTypeName')}</span>
          <input value={newType.name} onChange={(e) => setNewType((n) => ({ ...n, name: e.target.value }))} />
        </label>
        <label>
          <span>{t('studyDesign.newTypeLetter')}</span>
          <input
            value={newType.codeLetter}
            size={4}
            onChange={(e) => setNewType((n) => ({ ...n, codeLetter: e.target.value }))}
          />
        </label>
        <button type="button" onClick={addType} disabled={!newType.name.trim()}>
          {t('studyDesign.addType')}
        </button>
      </div>

      <h3>{t('studyDesign.codeScheme')}</h3>
      <p className="hint">{t('studyDesign.codeSchemeHint')}</p>
      <div className="form-grid">
        <label>
          <span>{t('studyDesign.codeTemplate')}</span>
          <input
            value={draft.codeScheme.template}
            onChange={(e) => set({ codeScheme: { ...draft.codeScheme, template: e.target.value } })}
          />
        </label>
      </div>

      <h3>{t('studyDesign.page.transcriptFormat')}</h3>
      <TranscriptHeaderEditor
        fields={format.headerFields}
        language={draft.language}
        onChange={(headerFields) => setFormat({ headerFields })}
      />
      <div className="form-grid">
        <label>
          <span>{t('studyDesign.interviewerLabel')}</span>
          <input
            value={format.speakers.interviewer}
            onChange={(e) => setFormat({ speakers: { ...format.speakers, interviewer: e.target.value } })}
          />
        </label>
        <label>
          <span>{t('studyDesign.respondentLabel')}</span>
          <input
            value={format.speakers.respondent}
            onChange={(e) => setFormat({ speakers: { ...format.speakers, respondent: e.target.value } })}
          />
        </label>
        <label className="wide">
          <span>{t('studyDesign.fillerNote')}</span>
          <textarea rows={2} value={format.note} onChange={(e) => setFormat({ note: e.target.value })} />
        </label>
        <label className="wide">
          <span>{t('studyDesign.fillerWords')}</span>
          <input value={fillers} onChange={(e) => setFillers(e.target.value)} />
        </label>
      </div>
      <p>
        <button
          type="button"
          onClick={() => {
            const defaults = defaultTranscriptFormat(draft.language);
            setFormat(defaults);
            setFillers(defaults.fillerWords.join(', '));
          }}
        >
          {t('studyDesign.header.defaults', { language: draft.language })}
        </button>
      </p>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('studyDesign.saveSettings')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(study);
            setFollowed({});
          }}
        >
          {t('studyDesign.undoChanges')}
        </button>
      </div>
    </form>
  );
}
