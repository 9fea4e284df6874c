/**
 * Importing a respondent's answers from a spreadsheet export (Google Forms CSV or zip,
 * Google Sheets, Dutch Excel). The researcher sees which row was proposed, what matched
 * and what did not, before anything is saved; a bad file gets a message and changes nothing.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answersFromRow,
  ImportError,
  matchColumns,
  proposeRow,
  readSpreadsheet,
  requireMatchingColumns,
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

export function ImportAnswers({ data, questionnaire }: Props) {
  const { t } = useTranslation();
  const [table, setTable] = useState<SpreadsheetTable>();
  const [rowIndex, setRowIndex] = useState<number>();
  const [proposed, setProposed] = useState<number | null>(null);

  const columns = useMemo(() => (table ? matchColumns(table.headers, questionnaire) : []), [table, questionnaire]);
  const nameQuestion = questionnaire.questions.find((q) => q.purpose === 'name')?.id;
  const nameColumn = columns.find((c) => c.questionId === nameQuestion)?.column;
  const preview = useMemo(
    () => (table && rowIndex !== undefined ? answersFromRow(table, questionnaire, rowIndex) : undefined),
    [table, questionnaire, rowIndex],
  );

  const readFile = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = readSpreadsheet(file.name, bytes);
      requireMatchingColumns(read, questionnaire); // the wrong questionnaire's export fails here, not at saving
      const row = proposeRow(read, questionnaire, data.respondent.name);
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
    if (!table || !preview) return;
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
            <button type="button" className="primary" disabled={!preview} onClick={() => void confirm()}>
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
