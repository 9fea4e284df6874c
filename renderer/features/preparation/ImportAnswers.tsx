/**
 * Importing a respondent's answers from a spreadsheet export (Google Forms CSV or zip,
 * Google Sheets, Dutch Excel). The file is read in a worker with progress and a stop
 * button; the researcher sees which row was proposed, what matched and what did not,
 * before anything is saved; a bad file gets a message and changes nothing.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answersFromRow,
  clip,
  ImportError,
  requireSize,
  type AnswersFile,
} from '../../../shared/import';
import type { Questionnaire, Study } from '../../../shared/study/schema';
import { reportError, reportInfo } from '../../app/notices';
import { replaceResponse } from './answer-actions';
import { readAnswersInWorker, ReadStopped } from './read-answers';
import { RowPicker } from './RowPicker';
import type { PreparationData } from './use-preparation';

interface Props {
  study: Study;
  data: PreparationData;
  questionnaire: Questionnaire;
}

interface Reading {
  fileName: string;
  /** Share of the file read, 0–1. */
  share: number;
  stop: AbortController;
}

export function ImportAnswers({ data, questionnaire }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<AnswersFile>();
  const [reading, setReading] = useState<Reading>();
  const [rowIndex, setRowIndex] = useState<number>();
  // Each file read gets a fresh row picker.
  const [reads, setReads] = useState(0);
  const stopRef = useRef<AbortController>(undefined);
  const table = file?.table;
  const proposed = file?.proposed ?? null;

  const preview = useMemo(
    () => (table && rowIndex !== undefined ? answersFromRow(table, questionnaire, rowIndex) : undefined),
    [table, questionnaire, rowIndex],
  );
  // Leaving the page stops a reading under way.
  useEffect(() => () => stopRef.current?.abort(), []);

  const readFile = async (chosen: File) => {
    stopRef.current?.abort();
    const stop = new AbortController();
    stopRef.current = stop;
    setFile(undefined);
    setReading({ fileName: chosen.name, share: 0, stop });
    try {
      requireSize(chosen.name, chosen.size);
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      const read = await readAnswersInWorker(
        { fileName: chosen.name, bytes, questionnaire, respondentName: data.respondent.name },
        (share) => {
          if (!stop.signal.aborted) setReading({ fileName: chosen.name, share, stop });
        },
        stop.signal,
      );
      setFile(read);
      setReads((count) => count + 1);
      setRowIndex(read.proposed ?? (read.table.rows.length === 1 ? 0 : undefined));
    } catch (error) {
      if (error instanceof ReadStopped) return;
      if (error instanceof ImportError) {
        const params: Record<string, unknown> = { ...error.params };
        reportError(t('import.failed', { file: clip(chosen.name) }), [String(t(`import.errors.${error.code}`, { ...params, defaultValue: error.message }))]);
      } else {
        const message = clip(String((error as Error)?.message ?? error), 400);
        reportError(t('import.failed', { file: clip(chosen.name) }), message ? [message] : undefined);
      }
    } finally {
      if (stopRef.current === stop) {
        stopRef.current = undefined;
        setReading(undefined);
      }
    }
  };

  const stopReading = () => {
    if (!reading) return;
    reading.stop.abort();
    reportInfo(t('import.stopped', { file: clip(reading.fileName) }));
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
      setFile(undefined);
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

      {reading && (
        <section className="card import-progress" aria-label={t('import.reading', { file: reading.fileName })}>
          <p>{t('import.reading', { file: reading.fileName })}</p>
          <progress aria-label={t('import.readingProgress')} max={100} value={Math.round(reading.share * 100)} />
          <span aria-hidden="true">{Math.round(reading.share * 100)}%</span>
          <button type="button" onClick={stopReading}>
            {t('import.stop')}
          </button>
        </section>
      )}

      {table && file && (
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
          <RowPicker key={reads} rows={file.summaries} selected={rowIndex} onSelect={setRowIndex} />
          <p role="status">
            {proposed !== null
              ? t('import.proposed', { name: data.respondent.name, row: table.rowNumbers[proposed] })
              : t('import.noProposal', { name: data.respondent.name })}
          </p>
          {preview && (
            <>
              <p>{t('import.matched', { answers: Object.keys(preview.answers).length, questions: questionnaire.questions.length })}</p>
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
            <button type="button" onClick={() => setFile(undefined)}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
