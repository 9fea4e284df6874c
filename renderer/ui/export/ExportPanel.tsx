/**
 * Exporting transcripts to Word, for one interview or every interview of the study:
 * anonymised (the default, through the review) or identified for the researcher's own
 * archive (clearly labelled), one file each or one zip. After an anonymised export the
 * study's replacement book is stored, so the next export numbers the same people alike.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import {
  keepDecisions,
  LabelConflictError,
  recordReplacements,
  type Decisions,
  type EntryKind,
  type Finding,
} from '../../../shared/anonymise';
import type { InterviewForExport } from '../../../shared/export';
import type { Study } from '../../../shared/study/schema';
import { guarded, reportError, reportInfo } from '../notices/notices';
import { database } from '../../data/instance';
import { loadReplacementBook, storeReplacementBook } from '../../data/replacement-books';
import { flushPendingWrites } from '../../data/pending-writes';
import { failureReason } from '../../platform';
import { useRespondents } from '../use-respondents';
import {
  loadExportItems,
  saveQuotes,
  saveTranscripts,
  searchForExport,
  type ExportSearch,
  type Packaging,
  type SaveOutcome,
} from './export-actions';
import { ExportReview } from './ExportReview';
import { saveQdpx } from './refi-actions';
import { addStudyIdentifier } from './identifier-actions';

/**
 * Quotes of the code matrix instead of transcripts: export items whose turns are the
 * quotes, so the review searches exactly the text that goes into the file.
 */
export interface QuotesToExport {
  title: string;
  items: InterviewForExport[];
}

interface Props {
  study: Study;
  /** One interview; every interview of the study when absent. */
  interviewId?: string;
  quotes?: QuotesToExport;
  onClose: () => void;
}

const sameBook = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function ExportPanel({ study, interviewId, quotes, onClose }: Props) {
  const { t } = useTranslation();
  const { respondents, codes } = useRespondents(study);
  const [anonymised, setAnonymised] = useState(true);
  const [packaging, setPackaging] = useState<Packaging>('zip');
  const [format, setFormat] = useState<'docx' | 'qdpx'>('docx');
  const [turnTimes, setTurnTimes] = useState(false);
  const [search, setSearch] = useState<ExportSearch>();
  const [decisions, setDecisions] = useState<Decisions>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const single = interviewId !== undefined || quotes !== undefined;

  const items = async (current: Study) => {
    await flushPendingWrites();
    return quotes ? quotes.items : loadExportItems(current, respondents ?? [], codes, interviewId);
  };

  const report = (outcome: SaveOutcome) => {
    if (outcome.status !== 'saved') return;
    reportInfo(
      outcome.count === 1
        ? t('exportTranscripts.saved', { location: outcome.location })
        : t('exportTranscripts.savedCount', { count: outcome.count }),
    );
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      reportError(t('exportTranscripts.failed'), [failureReason(error, t)]);
    } finally {
      setProgress(undefined);
      setBusy(false);
    }
  };

  const startReview = (current: Study = study) =>
    run(async () => {
      const found = await searchForExport(current, respondents ?? [], codes, await items(current), (done, total) =>
        setProgress({ done, total }),
      );
      setProgress(undefined);
      setSearch(found);
      setDecisions((d) => keepDecisions(d, found.findings));
    });

  /** Quotes, Word transcripts, or the whole study as one REFI-QDA project, from the same reviewed texts. */
  const save = (
    loaded: readonly InterviewForExport[],
    options: { anonymised: boolean; findings?: Finding[]; decisions?: Decisions },
  ) =>
    quotes
      ? saveQuotes(study, quotes.title, loaded, options)
      : format === 'qdpx' && !single
        ? saveQdpx(study, loaded, respondents ?? [], codes, {
            ...options,
            researcher: study.transcriptFormat.speakers.interviewer,
            automaticNames: {
              root: t('refi.automatic.root'),
              speakers: t('refi.automatic.speakers'),
              sections: t('refi.automatic.sections'),
              topics: t('refi.automatic.topics'),
              speaker: {
                interviewer: study.transcriptFormat.speakers.interviewer,
                respondent: study.transcriptFormat.speakers.respondent,
              },
            },
          })
        : saveTranscripts(study, loaded, { ...options, turnTimes, packaging: single ? 'each' : packaging });

  const exportIdentified = () =>
    run(async () => {
      const loaded = await items(study);
      if (loaded.length === 0) return reportError(t('exportTranscripts.noneAll'));
      report(await save(loaded, { anonymised: false }));
    });

  const exportAnonymised = () =>
    run(async () => {
      if (!search) return;
      const stored = await loadReplacementBook(database(), study.id);
      let next;
      try {
        if (!sameBook(stored, search.book)) throw new LabelConflictError('book');
        next = recordReplacements(search.book, search.findings, decisions);
      } catch (error) {
        if (!(error instanceof LabelConflictError)) throw error;
        reportError(t('exportTranscripts.bookChanged'));
        setSearch(await searchForExport(study, respondents ?? [], codes, search.items));
        return;
      }
      const outcome = await save(search.items, { anonymised: true, findings: search.findings, decisions });
      if (outcome.status !== 'saved') return;
      const book = next;
      await guarded(() => storeReplacementBook(database(), study.id, search.book, book), t('errors.saveFailed'));
      report(outcome);
      onClose();
    });

  const addByHand = async (input: { text: string; kind: EntryKind }): Promise<boolean> => {
    let outcome: Awaited<ReturnType<typeof addStudyIdentifier>> | undefined;
    const ok = await guarded(async () => {
      outcome = await addStudyIdentifier(study.id, input);
    }, t('errors.saveFailed'));
    if (!ok || !outcome) return false;
    if (outcome.status === 'empty') {
      reportError(t('identifiers.emptyText'));
      return false;
    }
    if (outcome.status === 'duplicate') reportError(t('identifiers.duplicate', { text: input.text.trim() }));
    else reportInfo(t('identifiers.added', { text: input.text.trim() }));
    await startReview(outcome.study);
    return outcome.status === 'added';
  };

  const titleId = quotes ? 'export-title-quotes' : single ? 'export-title-one' : 'export-title-all';
  const title = quotes
    ? t('coding.quotes.exportTitle')
    : single
      ? t('exportTranscripts.titleOne')
      : t('exportTranscripts.titleAll');
  return (
    <section className="card export-panel" aria-labelledby={titleId}>
      <div className="pane-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={onClose}>
          {t('exportTranscripts.close')}
        </button>
      </div>
      <fieldset>
        <legend>{t('exportTranscripts.mode')}</legend>
        <label className="option">
          <input
            type="radio"
            name={`${titleId}-mode`}
            checked={anonymised}
            onChange={() => {
              setAnonymised(true);
            }}
          />
          <span>{t('exportTranscripts.anonymised')}</span>
        </label>
        <label className="option">
          <input
            type="radio"
            name={`${titleId}-mode`}
            checked={!anonymised}
            onChange={() => {
              setAnonymised(false);
              setSearch(undefined);
            }}
          />
          <span>{t('exportTranscripts.identified')}</span>
        </label>
      </fieldset>
      {!single && (
        <fieldset>
          <legend>{t('exportTranscripts.format')}</legend>
          <label className="option">
            <input
              type="radio"
              name={`${titleId}-format`}
              checked={format === 'docx'}
              onChange={() => setFormat('docx')}
            />
            <span>{t('exportTranscripts.formatWord')}</span>
          </label>
          <label className="option">
            <input
              type="radio"
              name={`${titleId}-format`}
              checked={format === 'qdpx'}
              onChange={() => setFormat('qdpx')}
            />
            <span>{t('exportTranscripts.formatQdpx')}</span>
          </label>
          {format === 'qdpx' && <p className="hint">{t('exportTranscripts.qdpxHint')}</p>}
          {format === 'qdpx' && (
            <p className="hint">
              {anonymised ? t('transcription.qdpxNoRecordings') : t('transcription.qdpxRecordings')}
            </p>
          )}
        </fieldset>
      )}
      {!single && format === 'docx' && (
        <fieldset>
          <legend>{t('exportTranscripts.packaging')}</legend>
          <label className="option">
            <input
              type="radio"
              name={`${titleId}-pack`}
              checked={packaging === 'zip'}
              onChange={() => setPackaging('zip')}
            />
            <span>{t('exportTranscripts.zip')}</span>
          </label>
          <label className="option">
            <input
              type="radio"
              name={`${titleId}-pack`}
              checked={packaging === 'each'}
              onChange={() => setPackaging('each')}
            />
            <span>{t('exportTranscripts.each')}</span>
          </label>
        </fieldset>
      )}
      {!quotes && (single || format === 'docx') && (
        <label className="option">
          <input type="checkbox" checked={turnTimes} onChange={(e) => setTurnTimes(e.target.checked)} />
          <span>{t('transcription.exportTurnTimes')}</span>
        </label>
      )}
      {!anonymised && (
        <p className="card warning" role="note">
          {t('exportTranscripts.identifiedWarning')}
        </p>
      )}
      {anonymised && !search && (
        <button type="button" className="primary" disabled={busy || !respondents} onClick={() => void startReview()}>
          {t('exportTranscripts.review')}
        </button>
      )}
      {!anonymised && (
        <button
          type="button"
          className="danger"
          disabled={busy || !respondents}
          onClick={() => void exportIdentified()}
        >
          {quotes ? t('analysis.quotesExport.identified') : t('exportTranscripts.exportIdentified')}
        </button>
      )}
      {progress && (
        <p role="status">{t('exportTranscripts.searching', { done: progress.done + 1, total: progress.total })}</p>
      )}
      {anonymised && search && search.items.length === 0 && <p role="status">{t('exportTranscripts.noneAll')}</p>}
      {anonymised && search && search.items.length > 0 && (
        <ExportReview
          search={search}
          decisions={decisions}
          onDecisions={setDecisions}
          onAdd={addByHand}
          onExport={() => void exportAnonymised()}
          busy={busy}
          contents={quotes ? 'quotes' : 'transcripts'}
        />
      )}
    </section>
  );
}
