/**
 * Ctrl+F in the interview: searches every turn of the transcript (not only the rows the
 * windowed list has drawn). Enter / Shift+Enter step through the hits, the transcript
 * scrolls to each; Esc closes and puts the cursor back in the turn of the hit.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import { findInTurns, type FindHit } from '../../../shared/search/find';
import { focusTurn } from './interview-actions';
import { useInterview } from './interview-store';
import { useFind } from './find-store';

let seq = 0;
const show = (hit: FindHit | undefined) => useFind.setState({ current: hit ? { ...hit, seq: ++seq } : undefined });

function OpenFindBar() {
  const { t } = useTranslation();
  const query = useFind((s) => s.query);
  const current = useFind((s) => s.current);
  const openSeq = useFind((s) => s.openSeq);
  const order = useInterview((s) => s.order);
  const turns = useInterview((s) => s.turns);
  const textRevision = useInterview((s) => s.textRevision);
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(
    () =>
      findInTurns(
        order.map((id) => ({ id, text: turns[id]?.text ?? '' })),
        query,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- textRevision: a turn's text changed in `turns`
    [order, turns, textRevision, query],
  );
  const index = current ? hits.findIndex((h) => h.turnId === current.turnId && h.start === current.start) : -1;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [openSeq]);

  const step = (delta: number) => {
    if (hits.length === 0) return;
    const next = index < 0 ? (delta > 0 ? 0 : hits.length - 1) : (index + delta + hits.length) % hits.length;
    show(hits[next]);
  };
  const close = () => {
    const { current: hit } = useFind.getState();
    useFind.setState({ open: false, current: undefined });
    const back = hit?.turnId ?? useInterview.getState().activeTurnId;
    if (back) focusTurn(back, hit ? hit.start : 'end');
  };

  return (
    <div className="find-bar" role="search" aria-label={t('interview.findBar')}>
      <input
        ref={input}
        type="search"
        value={query}
        aria-label={t('interview.findQuery')}
        placeholder={t('interview.findQuery')}
        onChange={(e) => {
          const value = e.target.value;
          useFind.setState({ query: value });
          show(
            findInTurns(
              order.map((id) => ({ id, text: turns[id]?.text ?? '' })),
              value,
            )[0],
          );
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.ctrlKey && !e.altKey && !e.metaKey) {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <span className="find-count" role="status" aria-live="polite">
        {query.trim() === ''
          ? ''
          : hits.length === 0
            ? t('interview.findNone')
            : t('interview.findCount', { current: Math.max(index, 0) + 1, total: hits.length })}
      </span>
      <button
        type="button"
        onClick={() => step(-1)}
        disabled={hits.length === 0}
        aria-label={t('interview.findPrevious')}
        title={`${t('interview.findPrevious')} (Shift+Enter)`}
        aria-keyshortcuts="Shift+Enter"
      >
        ↑
      </button>
      <button
        type="button"
        onClick={() => step(1)}
        disabled={hits.length === 0}
        aria-label={t('interview.findNext')}
        title={`${t('interview.findNext')} (Enter)`}
        aria-keyshortcuts="Enter"
      >
        ↓
      </button>
      <button
        type="button"
        onClick={close}
        aria-label={t('interview.findClose')}
        title={`${t('interview.findClose')} (Esc)`}
        aria-keyshortcuts="Escape"
      >
        ✕
      </button>
    </div>
  );
}

export function FindBar() {
  const open = useFind((s) => s.open);
  return open ? <OpenFindBar /> : null;
}
