/**
 * Search across every held interview of the study: hits in their context, filtered by
 * respondent type, municipality, speaker and code; a hit opens its interview at that
 * turn with the word selected. The index lives in a worker and follows the study: a
 * turn typed or coded elsewhere is found as it is now.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { automaticCodeTree } from '../../../shared/coding/automatic';
import { flattenCodes } from '../../../shared/coding/matrix';
import type { Speaker } from '../../../shared/interview/turn';
import { normaliseOrganisation } from '../../../shared/respondents/schema';
import type { SearchFilters, SearchResult } from '../../../shared/search/study-search';
import type { Study } from '../../../shared/study/schema';
import { useCodingsOfStudy } from '../../data/codings';
import { useInterviewsWithTurns } from '../../data/interviews';
import { useRoute } from '../../ui/navigation/route-store';
import { useRespondents } from '../../ui/use-respondents';
import { startSearchEngine, type SearchEngine } from './search-engine';
import type { SearchReply } from './search-messages';

/** Results shown at once; the count says how many more there are. */
const SHOWN = 100;

type Found = { status: 'idle' } | { status: 'done'; total: number; results: SearchResult[] };

export function SearchPage({ study }: { study: Study }) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const held = useInterviewsWithTurns(study.id);
  const codings = useCodingsOfStudy(study.id);
  const { respondents, codes } = useRespondents(study);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [indexed, setIndexed] = useState(0);
  const [ready, setReady] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [found, setFound] = useState<Found>({ status: 'idle' });
  const engine = useRef<SearchEngine>(undefined);
  const asked = useRef(0);

  useEffect(() => {
    const onReply = (reply: SearchReply) => {
      if (reply.type === 'failed') return setFailure(reply.message);
      if (reply.type === 'updated') {
        setReady(true);
        setIndexed((n) => n + 1);
        return;
      }
      // Only the answer to the latest question counts; an older one arriving late is dropped.
      if (reply.seq === asked.current) setFound({ status: 'done', total: reply.total, results: reply.results });
    };
    engine.current = startSearchEngine(onReply);
    return () => engine.current?.stop();
  }, []);

  // The index follows the study: every change to turns, codings or respondents is sent,
  // and the worker re-indexes only the turns that changed.
  useEffect(() => {
    if (!held || !codings || !respondents) return;
    engine.current?.send({
      type: 'update',
      contents: {
        interviews: held.interviews,
        turns: held.turns,
        respondents: respondents.map(({ id, typeId, organisation }) => ({ id, typeId, organisation })),
        codings: codings.map(({ interviewId, turnId, codeId }) => ({ interviewId, turnId, codeId })),
      },
    });
  }, [held, codings, respondents]);

  useEffect(() => {
    if (!ready) return;
    const seq = ++asked.current;
    if (query.trim() === '') return;
    engine.current?.send({ type: 'search', seq, query, filters, limit: SHOWN });
  }, [ready, query, filters, indexed]);

  const typeName = useMemo(() => new Map(study.respondentTypes.map((type) => [type.id, type.name])), [study]);
  const municipalities = useMemo(
    () =>
      [...new Set((respondents ?? []).map((r) => normaliseOrganisation(r.organisation)))].sort((a, b) =>
        a.localeCompare(b, 'nl'),
      ),
    [respondents],
  );
  const codeOptions = useMemo(() => {
    const automatic = automaticCodeTree(
      (held?.interviews ?? []).map((i) => i.guide),
      {
        root: t('coding.auto.root'),
        speakers: t('coding.auto.speakers'),
        sections: t('coding.auto.sections'),
        topics: t('coding.auto.topics'),
        speaker: study.transcriptFormat.speakers,
      },
    );
    return flattenCodes([...study.codeTrees.flatMap((tree) => tree.nodes), automatic]);
  }, [held, study, t]);

  const setFilter = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K] | '') =>
    setFilters((current) => {
      const next = { ...current };
      if (value === '' || value === undefined) delete next[key];
      else next[key] = value;
      return next;
    });

  const speakers = study.transcriptFormat.speakers;
  return (
    <section className="page search-page" aria-labelledby="search-title">
      <div className="page-head">
        <h1 id="search-title">{t('analysis.search.title')}</h1>
      </div>
      <p className="hint">{t('analysis.search.hint')}</p>
      <div className="search-form" role="search">
        <label className="field search-query">
          <span>{t('analysis.search.query')}</span>
          <input type="search" value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />
        </label>
        <fieldset className="search-filters">
          <legend>{t('analysis.search.filters')}</legend>
          <label className="field">
            <span>{t('analysis.search.respondentType')}</span>
            <select value={filters.respondentType ?? ''} onChange={(e) => setFilter('respondentType', e.target.value)}>
              <option value="">{t('analysis.search.any')}</option>
              {study.respondentTypes.map((type) => (
                <option key={type.id} value={type.id}>
                  {type.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('analysis.search.municipality')}</span>
            <select value={filters.municipality ?? ''} onChange={(e) => setFilter('municipality', e.target.value)}>
              <option value="">{t('analysis.search.any')}</option>
              {municipalities.map((name) => (
                // An empty municipality cannot be an option value here: "" means all.
                <option key={name || '-'} value={name} disabled={name === ''}>
                  {name || t('analysis.search.noMunicipality')}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('analysis.search.speaker')}</span>
            <select
              value={filters.speaker ?? ''}
              onChange={(e) => setFilter('speaker', (e.target.value || '') as Speaker | '')}
            >
              <option value="">{t('analysis.search.any')}</option>
              <option value="interviewer">{speakers.interviewer}</option>
              <option value="respondent">{speakers.respondent}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('analysis.search.code')}</span>
            <select value={filters.codeId ?? ''} onChange={(e) => setFilter('codeId', e.target.value)}>
              <option value="">{t('analysis.search.any')}</option>
              {codeOptions.map((code) => (
                <option key={code.id} value={code.id}>
                  {`${'\u00a0\u00a0'.repeat(code.depth)}${code.name}`}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </div>
      {failure ? (
        <p role="alert">{t('analysis.search.failed', { reason: failure.slice(0, 300) })}</p>
      ) : !ready ? (
        <p role="status" className="muted">
          {t('analysis.search.indexing')}
        </p>
      ) : (
        <Results
          found={query.trim() === '' ? { status: 'idle' } : found}
          onOpen={(result) =>
            navigate({
              name: 'interview',
              interviewId: result.doc.interviewId,
              at: { turnId: result.doc.id, start: result.snippet.start, end: result.snippet.end },
            })
          }
          codeOf={(result) => codes.get(result.doc.respondentId) ?? '?'}
          detailOf={(result) =>
            [typeName.get(result.doc.respondentType), result.doc.municipality].filter(Boolean).join(', ')
          }
          speakerOf={(result) => speakers[result.doc.speaker]}
        />
      )}
    </section>
  );
}

function Results({
  found,
  onOpen,
  codeOf,
  detailOf,
  speakerOf,
}: {
  found: Found;
  onOpen: (result: SearchResult) => void;
  codeOf: (result: SearchResult) => string;
  detailOf: (result: SearchResult) => string;
  speakerOf: (result: SearchResult) => string;
}) {
  const { t } = useTranslation();
  if (found.status === 'idle') return null;
  const { total, results } = found;
  return (
    <>
      <p role="status">
        {total === 0
          ? t('analysis.search.none')
          : total > results.length
            ? t('analysis.search.countMore', { count: total, shown: results.length })
            : t('analysis.search.count', { count: total })}
      </p>
      {results.length > 0 && (
        <ol className="search-results" aria-label={t('analysis.search.results')}>
          {results.map((result) => {
            const number = (result.doc.position ?? 0) + 1;
            const code = codeOf(result);
            const speaker = speakerOf(result);
            return (
              <li key={result.doc.id} className="search-result">
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('analysis.search.open', { number, code, speaker })}
                  onClick={() => onOpen(result)}
                >
                  [{code}] {t('analysis.search.turn', { number })}
                </button>{' '}
                <span className="muted">
                  {speaker}
                  {detailOf(result) ? ` · ${detailOf(result)}` : ''}
                </span>
                <p className="search-snippet">
                  {result.snippet.before}
                  <mark>{result.snippet.hit}</mark>
                  {result.snippet.after}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
