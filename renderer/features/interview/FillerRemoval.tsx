/**
 * Removing filler words ("uh", "ehm") in one step, as the transcript format asks, with
 * a preview of every change: each turn's text before (fillers marked) and after. The
 * researcher can leave out any change before applying.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { applyFillerRemoval, planFillerRemoval, type FillerChange } from '../../../shared/interview/fillers';
import type { Study } from '../../../shared/study/schema';
import { reportInfo } from '../../ui/notices/notices';
import { flushPendingText, replaceTurns } from './interview-actions';
import { orderedTurns, useInterview } from './interview-store';

function Marked({ change }: { change: FillerChange }) {
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const { word, index } of [...change.removed].sort((a, b) => a.index - b.index)) {
    if (index < at) continue;
    parts.push(change.before.slice(at, index), { mark: change.before.slice(index, index + word.length) });
    at = index + word.length;
  }
  parts.push(change.before.slice(at));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? <span key={i}>{part}</span> : <mark key={i}>{part.mark}</mark>,
      )}
    </>
  );
}

export function FillerRemoval({ study, onClose }: { study: Study; onClose: () => void }) {
  const { t } = useTranslation();
  const turns = useInterview((s) => s.turns);
  const textRevision = useInterview((s) => s.textRevision);
  const order = useInterview((s) => s.order);
  const changes = useMemo(
    () => planFillerRemoval(orderedTurns({ turns, order }), study.transcriptFormat.fillerWords),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- textRevision: a turn's text changed in `turns`
    [turns, textRevision, order, study.transcriptFormat.fillerWords],
  );
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const labels = study.transcriptFormat.speakers;

  const apply = async () => {
    await flushPendingText();
    const accepted = changes.filter((c) => !skipped.has(c.turnId));
    const acceptedIds = accepted.map((c) => c.turnId);
    await replaceTurns((all) => applyFillerRemoval(all, changes, acceptedIds));
    reportInfo(t('fillers.applied', { count: accepted.length }));
    onClose();
  };

  return (
    <section className="card filler-review" aria-labelledby="filler-title">
      <div className="pane-head">
        <h2 id="filler-title">{t('fillers.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
      <p className="hint">{t('fillers.hint', { words: study.transcriptFormat.fillerWords.join(', ') })}</p>
      {changes.length === 0 ? (
        <p role="status">{t('fillers.none')}</p>
      ) : (
        <>
          <p role="status">{t('fillers.found', { count: changes.length })}</p>
          <ol className="filler-changes">
            {changes.map((change) => {
              const turn = turns[change.turnId];
              const number = order.indexOf(change.turnId) + 1;
              return (
                <li key={change.turnId}>
                  <label className="option">
                    <input
                      type="checkbox"
                      checked={!skipped.has(change.turnId)}
                      onChange={(e) =>
                        setSkipped((s) => {
                          const next = new Set(s);
                          if (e.target.checked) next.delete(change.turnId);
                          else next.add(change.turnId);
                          return next;
                        })
                      }
                      aria-label={t('fillers.acceptTurn', { number })}
                    />
                    <span>
                      {turn ? labels[turn.speaker] : ''} ({t('fillers.turn', { number })})
                    </span>
                  </label>
                  <p className="before">
                    <Marked change={change} />
                  </p>
                  <p className="after">{change.after || <em>{t('fillers.emptied')}</em>}</p>
                </li>
              );
            })}
          </ol>
          <button type="button" className="primary" onClick={() => void apply()}>
            {t('fillers.apply', { count: changes.length - skipped.size })}
          </button>
        </>
      )}
    </section>
  );
}
