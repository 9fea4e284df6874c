/**
 * Importing a respondent's answers from a spreadsheet export (Google Forms CSV or zip,
 * Google Sheets, Dutch Excel). The file is read in a worker with progress and a stop
 * button; the researcher sees which row was proposed, what matched and what did not,
 * before anything is saved; a bad file gets a message and changes nothing. A file of
 * another questionnaire is refused unless the researcher explicitly takes it anyway.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { clip, ImportError, requireSize, type FileVerdict, type ImportErrorCode, type RowImport } from '../../../shared/import';
import type { Questionnaire, Study } from '../../../shared/study/schema';
import { reportError, reportInfo } from '../../ui/notices/notices';
import { replaceResponse } from './answer-actions';
import { openAnswersReader, ReadStopped, type AnswersReader } from './read-answers';
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
  const [reader, setReader] = useState<AnswersReader>();
  const [reading, setReading] = useState<Reading>();
  const [rowIndex, setRowIndex] = useState<number>();
  const [preview, setPreview] = useState<{ reader: AnswersReader; index: number; row: RowImport }>();
  const [override, setOverride] = useState(false);
  // Each file read gets a fresh row picker.
  const [reads, setReads] = useState(0);
  const stopRef = useRef<AbortController>(undefined);
  const readerRef = useRef<AnswersReader>(undefined);
  const facts = reader?.facts;
  const proposed = reader?.proposed ?? null;
  const verdict = reader?.verdict;
  const refused = verdict !== undefined && verdict.kind !== 'fits' && !override;
  // Only the chosen row's answers of this file, never a previous choice's.
  const shown = preview && preview.reader === reader && preview.index === rowIndex ? preview.row : undefined;

  const showError = (fileName: string, error: unknown) => {
    if (error instanceof ImportError) {
      const params: Record<string, unknown> = { ...error.params };
      reportError(t('import.failed', { file: clip(fileName) }), [String(t(`import.errors.${error.code as ImportErrorCode}`, { ...params, defaultValue: error.message }))]);
    } else {
      const message = clip(String((error as Error)?.message ?? error), 400);
      reportError(t('import.failed', { file: clip(fileName) }), message ? [message] : undefined);
    }
  };

  const closeReader = () => {
    readerRef.current?.close();
    readerRef.current = undefined;
    setReader(undefined);
  };

  useEffect(() => {
    if (!reader || rowIndex === undefined) return;
    let current = true;
    reader.row(rowIndex).then(
      (row) => {
        if (current) setPreview({ reader, index: rowIndex, row });
      },
      (error: unknown) => {
        if (current && !(error instanceof ReadStopped)) showError(reader.facts.fileName, error);
      },
    );
    return () => {
      current = false;
    };
    // showError only reads `t`, which the language switch re-renders anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reader, rowIndex]);
  // Leaving the page stops a reading under way and lets the table go.
  useEffect(
    () => () => {
      stopRef.current?.abort();
      readerRef.current?.close();
    },
    [],
  );

  const readFile = async (chosen: File) => {
    stopRef.current?.abort();
    closeReader();
    const stop = new AbortController();
    stopRef.current = stop;
    setReading({ fileName: chosen.name, share: 0, stop });
    try {
      requireSize(chosen.name, chosen.size);
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      const opened = await openAnswersReader(
        { fileName: chosen.name, bytes, questionnaire, questionnaires: study.questionnaires, respondentName: data.respondent.name },
        (share) => {
          if (!stop.signal.aborted) setReading({ fileName: chosen.name, share, stop });
        },
        stop.signal,
      );
      if (stop.signal.aborted) return opened.close();
      readerRef.current = opened;
      setOverride(false);
      setReader(opened);
      setReads((count) => count + 1);
      setRowIndex(opened.proposed ?? (opened.facts.rowCount === 1 ? 0 : undefined));
    } catch (error) {
      if (!(error instanceof ReadStopped)) showError(chosen.name, error);
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
    if (!facts || !shown || refused) return;
    const saved = await replaceResponse({
      id: data.respondent.id,
      studyId: data.respondent.studyId,
      questionnaireId: questionnaire.id,
      source: 'file',
      fileName: facts.entryName ? `${facts.fileName} › ${facts.entryName}` : facts.fileName,
      ...(shown.submittedAt ? { submittedAt: shown.submittedAt } : {}),
      answers: shown.answers,
      unmatchedColumns: shown.unmatchedColumns.map(({ title, value }) => ({ title, value })),
      unknownAnswers: shown.unknownAnswers,
      updatedAt: Date.now(),
    });
    if (saved) {
      reportInfo(t('import.done', { count: Object.keys(shown.answers).length }));
      closeReader();
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

      {reader && facts && (
        <section className="card import-review" aria-labelledby="import-review-title">
          <h3 id="import-review-title">{t('import.reviewTitle', { file: facts.entryName ?? facts.fileName })}</h3>
          <p className="muted">
            {t('import.fileFacts', {
              rows: facts.rowCount,
              columns: facts.headers.length,
              encoding: facts.encoding,
              delimiter: facts.delimiter === '\t' ? 'tab' : facts.delimiter,
            })}
          </p>
          <RowPicker key={reads} rows={reader.summaries} selected={rowIndex} onSelect={setRowIndex} />
          <p role="status">
            {proposed !== null
              ? t('import.proposed', { name: data.respondent.name, row: reader.summaries[proposed]?.rowNumber })
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
          {shown && (
            <>
              <p>{t('import.matched', { answers: Object.keys(shown.answers).length, questions: questionnaire.questions.length })}</p>
              {shown.missingQuestions.length > 0 && (
                <p>{t('import.missing', { list: shown.missingQuestions.join(', ') })}</p>
              )}
              {shown.unmatchedColumns.length > 0 && (
                <div>
                  <p>{t('import.unmatched', { count: shown.unmatchedColumns.length })}</p>
                  <ul className="compact">
                    {shown.unmatchedColumns.map((c) => (
                      <li key={c.column}>
                        <q>{c.title}</q>: {c.value || t('questionnaire.emptyValue')}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {shown.unknownAnswers.length > 0 && (
                <div>
                  <p>{t('import.unknown', { count: shown.unknownAnswers.length })}</p>
                  <ul className="compact">
                    {shown.unknownAnswers.map((a, i) => (
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
            <button type="button" className="primary" disabled={!shown || refused} onClick={() => void confirm()}>
              {t('import.confirm')}
            </button>
            <button type="button" onClick={closeReader}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
