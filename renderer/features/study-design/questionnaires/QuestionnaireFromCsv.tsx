/**
 * A new questionnaire from a Google Forms export: the file's columns are proposed as
 * questions with the answers seen as options; the researcher confirms which columns
 * count, the wording and each question's kind, and which respondent type fills it in.
 */
import { useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { slugOf, uniqueId } from '../../../../shared/design/new-study';
import {
  proposeQuestions,
  questionnaireFromProposals,
  type ProposedKind,
  type ProposedQuestion,
} from '../../../../shared/design/questionnaire-from-csv';
import { ImportError, readSpreadsheet, type ImportErrorCode } from '../../../../shared/import';
import type { Study } from '../../../../shared/study/schema';
import { reportError, reportInfo } from '../../../ui/notices/notices';
import { saveDesign } from '../save-design';

const KINDS: ProposedKind[] = ['single', 'multiple', 'open'];

interface Review {
  fileName: string;
  title: string;
  typeId: string;
  proposals: ProposedQuestion[];
}

export function QuestionnaireFromCsv({ study }: { study: Study }) {
  const { t } = useTranslation();
  const [review, setReview] = useState<Review>();

  const read = async (file: File) => {
    try {
      const table = readSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer()));
      if (table.rows.length === 0)
        throw new ImportError('noRows', { fileName: file.name, columns: table.headers.length }, 'no rows');
      const unassigned = study.respondentTypes.find((type) => !type.questionnaireId);
      setReview({
        fileName: file.name,
        title: file.name.replace(/\.(csv|zip|txt)$/i, ''),
        typeId: unassigned?.id ?? '',
        proposals: proposeQuestions(table),
      });
    } catch (error) {
      setReview(undefined);
      const detail =
        error instanceof ImportError
          ? String(
              t(`import.errors.${error.code as ImportErrorCode}`, {
                ...(error.params as Record<string, unknown>),
                defaultValue: error.message,
              }),
            )
          : String((error as Error)?.message ?? error);
      reportError(t('import.failed', { file: file.name }), [detail]);
    }
  };

  const setProposal = (column: number, change: Partial<ProposedQuestion>) =>
    setReview((r) => r && { ...r, proposals: r.proposals.map((p) => (p.column === column ? { ...p, ...change } : p)) });

  const create = async () => {
    if (!review) return;
    const id = uniqueId(
      `vl-${slugOf(review.title)}`,
      study.questionnaires.map((q) => q.id),
    );
    const questionnaire = questionnaireFromProposals(review.proposals, {
      id,
      title: review.title.trim() || review.fileName,
    });
    if (questionnaire.questions.length === 0) {
      reportError(t('studyDesign.csv.nothingIncluded'));
      return;
    }
    const respondentTypes = study.respondentTypes.map((type) =>
      type.id === review.typeId ? { ...type, questionnaireId: id } : type,
    );
    if (await saveDesign({ ...study, questionnaires: [...study.questionnaires, questionnaire], respondentTypes })) {
      reportInfo(t('studyDesign.csv.created', { title: questionnaire.title, count: questionnaire.questions.length }));
      setReview(undefined);
    }
  };

  return (
    <div className="csv-questionnaire">
      <label className="file-button">
        <span>{t('studyDesign.csv.choose')}</span>
        <input
          type="file"
          accept=".csv,.zip,text/csv,application/zip"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void read(file);
          }}
        />
      </label>
      <p className="hint">{t('studyDesign.csv.hint')}</p>
      {review && (
        <section className="card" aria-label={t('studyDesign.csv.reviewTitle', { file: review.fileName })}>
          <h3>{t('studyDesign.csv.reviewTitle', { file: review.fileName })}</h3>
          <div className="form-grid">
            <label>
              <span>{t('studyDesign.csv.title')}</span>
              <input value={review.title} onChange={(e) => setReview({ ...review, title: e.target.value })} />
            </label>
            <label>
              <span>{t('studyDesign.csv.forType')}</span>
              <select value={review.typeId} onChange={(e) => setReview({ ...review, typeId: e.target.value })}>
                <option value="">{t('studyDesign.none')}</option>
                {study.respondentTypes.map((type) => (
                  <option key={type.id} value={type.id}>
                    {type.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="hint">{t('studyDesign.csv.confirmHint')}</p>
          <table className="plain">
            <thead>
              <tr>
                <th scope="col">{t('studyDesign.csv.include')}</th>
                <th scope="col">{t('studyDesign.csv.question')}</th>
                <th scope="col">{t('studyDesign.csv.kind')}</th>
                <th scope="col">{t('studyDesign.csv.options')}</th>
              </tr>
            </thead>
            <tbody>
              {review.proposals.map((p) => (
                <tr key={p.column}>
                  <td>
                    <input
                      type="checkbox"
                      checked={p.include}
                      disabled={p.role === 'timestamp'}
                      aria-label={t('studyDesign.csv.includeColumn', { title: p.text })}
                      onChange={(e) => setProposal(p.column, { include: e.target.checked })}
                    />
                  </td>
                  <td>
                    <input
                      className="wide-input"
                      value={p.text}
                      aria-label={t('studyDesign.csv.textOf', { n: p.column + 1 })}
                      onChange={(e) => setProposal(p.column, { text: e.target.value })}
                    />
                    {p.role && <span className="badge">{t(`studyDesign.csv.role.${p.role}`)}</span>}
                  </td>
                  <td>
                    {p.role ? (
                      <span className="muted">{t('studyDesign.page.kind.open')}</span>
                    ) : (
                      <select
                        value={p.kind}
                        aria-label={t('studyDesign.csv.kindOf', { title: p.text })}
                        onChange={(e) => setProposal(p.column, { kind: e.target.value as ProposedKind })}
                      >
                        {KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(`studyDesign.page.kind.${kind}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                  <td className="hint">{p.kind === 'open' || p.role ? '—' : p.options.join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void create()}>
              {t('studyDesign.csv.create')}
            </button>
            <button type="button" onClick={() => setReview(undefined)}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
