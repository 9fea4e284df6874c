/**
 * Importing a respondent's answers from a spreadsheet export (Google Forms CSV or zip,
 * Google Sheets, Dutch Excel). The researcher sees which row was proposed, what matched
 * and what did not, before anything is saved; a bad file gets a message and changes nothing.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answersFromRow,
  identifyQuestionnaire,
  ImportError,
  matchColumns,
  proposeRow,
  readSpreadsheet,
  requireMatchingColumns,
  type FileVerdict,
  type SpreadsheetTable,
} from '../../../shared/import';
import type { Questionnaire, Study } from '../../../shared/study/schema';
import { reportError, reportInfo } from '../../ui/notices/notices';
import { replaceResponse } from './answer-actions';
import type { PreparationData } from './use-preparation';

interface Props {
  study: Study;
  data: PreparationData;
  questionnaire: Questionnaire;
}

function rowLabel(table: SpreadsheetTable, nameColumn: number | undefined, index: number): string {
  const name = nameColumn === undefined ? '' : table.rows[index]?.[nameColumn]?.trim();
  return `${table.rowNumbers[index] ?? index + 2}${name ? ` — ${name}` : ''}`;
}

/** Why a file of another questionnaire is refused, naming that questionnaire when the study has it. */
function ForeignFileWarning({
  verdict,
  questionnaire,
  respondent,
  override,
  onOverride,
}: {
  verdict: Exclude<FileVerdict, { kind: 'fits' }>;
  questionnaire: Questionnaire;
  respondent: string;
  override: boolean;
  onOverride: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const other = verdict.kind === 'otherQuestionnaire' ? verdict.other : undefined;
  return (
    <div className="card warning" role="alert">
      <p>
        {other
          ? t('import.otherQuestionnaire', {
              other: other.source ? `${other.title} (${other.source})` : other.title,
              own: questionnaire.title,
              otherMatched: verdict.kind === 'otherQuestionnaire' ? verdict.otherMatched : 0,
              matched: verdict.matched,
              columns: verdict.columns,
            })
          : t('import.unknownQuestionnaire', { own: questionnaire.title, matched: verdict.matched, columns: verdict.columns })}
      </p>
      <p>{t('import.refusedByDefault', { name: respondent })}</p>
      <label className="option">
        <input type="checkbox" checked={override} onChange={(e) => onOverride(e.target.checked)} />
        <span>{t('import.override', { own: questionnaire.title })}</span>
      </label>
    </div>
  );
}

export function ImportAnswers({ study, data, questionnaire }: Props) {
  const { t } = useTranslation();
  const [table, setTable] = useState<SpreadsheetTable>();
  const [rowIndex, setRowIndex] = useState<number>();
  const [proposed, setProposed] = useState<number | null>(null);
  const [override, setOverride] = useState(false);

  const columns = useMemo(() => (table ? matchColumns(table.headers, questionnaire) : []), [table, questionnaire]);
  const nameQuestion = questionnaire.questions.find((q) => q.purpose === 'name')?.id;
  const nameColumn = columns.find((c) => c.questionId === nameQuestion)?.column;
  const verdict = useMemo(
    () => (table ? identifyQuestionnaire(table, questionnaire, study.questionnaires) : undefined),
    [table, questionnaire, study.questionnaires],
  );
  const refused = verdict !== undefined && verdict.kind !== 'fits' && !override;
  const preview = useMemo(
    () => (table && rowIndex !== undefined ? answersFromRow(table, questionnaire, rowIndex) : undefined),
    [table, questionnaire, rowIndex],
  );

  const readFile = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = readSpreadsheet(file.name, bytes);
      const identified = identifyQuestionnaire(read, questionnaire, study.questionnaires);
      if (identified.kind === 'otherQuestionnaire' && identified.matched === 0) {
        // Nothing of this questionnaire in it: no review to show, only whose file it is.
        setTable(undefined);
        reportError(t('import.failed', { file: file.name }), [
          t('import.onlyOtherQuestionnaire', { other: identified.other.title, own: questionnaire.title }),
        ]);
        return;
      }
      requireMatchingColumns(read, questionnaire); // the wrong questionnaire's export fails here, not at saving
      const row = proposeRow(read, questionnaire, data.respondent.name);
      setOverride(false);
      setTable(read);
      setProposed(row);
      setRowIndex(row ?? (read.rows.length === 1 ? 0 : undefined));
    } catch (error) {
      setTable(undefined);
      if (error instanceof ImportError) {
        const params: Record<string, unknown> = { ...error.params };
        reportError(t('import.failed', { file: file.name }), [
          String(t(`import.errors.${error.code}`, { ...params, defaultValue: error.message })),
        ]);
      } else {
        reportError(t('import.failed', { file: file.name }), [String((error as Error)?.message ?? error)]);
      }
    }
  };

  const confirm = async () => {
    if (!table || !preview || refused) return;
    const saved = await replaceResponse({
      id: data.respondent.id,
      studyId: data.respondent.studyId,
      questionnaireId: questionnaire.id,
      source: 'file',
      fileName: table.entryName ? `${table.fileName} › ${table.entryName}` : table.fileName,
      ...(preview.submittedAt ? { submittedAt: preview.submittedAt } : {}),
      answers: preview.answers,
      unmatchedColumns: preview.unmatchedColumns.map(({ title, value }) => ({ title, value })),
      unknownAnswers: preview.unknownAnswers,
      updatedAt: Date.now(),
    });
    if (saved) {
      reportInfo(t('import.done', { count: Object.keys(preview.answers).length }));
      setTable(undefined);
    }
  };

  return (
    <div className="import">
      <label className="file-button">
        <span>{data.response ? t('import.replace') : t('import.choose')}</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,.zip,text/csv,application/zip"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readFile(file);
          }}
        />
      </label>
      <p className="hint">{t('import.hint')}</p>

      {table && (
        <section className="card import-review" aria-labelledby="import-review-title">
          <h3 id="import-review-title">{t('import.reviewTitle', { file: table.entryName ?? table.fileName })}</h3>
          <p className="muted">
            {t('import.fileFacts', {
              rows: table.rows.length,
              columns: table.headers.length,
              encoding: table.encoding,
              delimiter: table.delimiter === '\t' ? 'tab' : table.delimiter,
            })}
          </p>
          <label>
            <span>{t('import.row')}</span>
            <select
              value={rowIndex ?? ''}
              onChange={(e) => setRowIndex(e.target.value === '' ? undefined : Number(e.target.value))}
            >
              <option value="">{t('import.pickRow')}</option>
              {table.rows.map((_, i) => (
                <option key={i} value={i}>
                  {t('import.rowOption', { label: rowLabel(table, nameColumn, i) })}
                </option>
              ))}
            </select>
          </label>
          <p role="status">
            {proposed !== null
              ? t('import.proposed', { name: data.respondent.name, row: table.rowNumbers[proposed] })
              : t('import.noProposal', { name: data.respondent.name })}
          </p>
          {verdict && verdict.kind !== 'fits' && (
            <ForeignFileWarning
              verdict={verdict}
              questionnaire={questionnaire}
              respondent={data.respondent.name}
              override={override}
              onOverride={setOverride}
            />
          )}
          {preview && (
            <>
              <p>
                {t('import.matched', {
                  answers: Object.keys(preview.answers).length,
                  questions: questionnaire.questions.length,
                })}
              </p>
              {preview.missingQuestions.length > 0 && (
                <p>{t('import.missing', { list: preview.missingQuestions.join(', ') })}</p>
              )}
              {preview.unmatchedColumns.length > 0 && (
                <div>
                  <p>{t('import.unmatched', { count: preview.unmatchedColumns.length })}</p>
                  <ul className="compact">
                    {preview.unmatchedColumns.map((c) => (
                      <li key={c.column}>
                        <q>{c.title}</q>: {c.value || t('questionnaire.emptyValue')}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {preview.unknownAnswers.length > 0 && (
                <div>
                  <p>{t('import.unknown', { count: preview.unknownAnswers.length })}</p>
                  <ul className="compact">
                    {preview.unknownAnswers.map((a, i) => (
                      <li key={i}>
                        {a.questionId}: <q>{a.value}</q>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
          <div className="form-actions">
            <button type="button" className="primary" disabled={!preview || refused} onClick={() => void confirm()}>
              {t('import.confirm')}
            </button>
            <button type="button" onClick={() => setTable(undefined)}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
