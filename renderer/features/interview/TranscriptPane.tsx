/**
 * The transcript as turns (Onderzoeker / Respondent), typed live. Each row subscribes
 * to its own turn only, so a keystroke re-renders one row even in a 1,000-turn
 * interview; rows off screen are skipped by the browser (content-visibility).
 */
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsedMs, formatClock } from '../../../shared/interview/clock';
import type { Pause } from '../../../shared/interview/clock';
import type { Interview } from '../../../shared/interview/interview';
import type { Study } from '../../../shared/study/schema';
import { deleteTurn, mergeNext, moveBy, newTurn, splitAt, switchSpeaker, typeText } from './interview-actions';
import { useInterview } from './interview-store';

interface Labels {
  interviewer: string;
  respondent: string;
}

interface RowProps {
  id: string;
  index: number;
  labels: Labels;
  startedAt?: number;
  pauses: readonly Pause[];
}

// One store subscription per row (its own turn): with 1,000 rows every selector runs on
// every keystroke, so focus and pauses are handled by the list instead.
const TurnRow = memo(function TurnRow({ id, index, labels, startedAt, pauses }: RowProps) {
  const { t } = useTranslation();
  const turn = useInterview((s) => s.turns[id]);
  if (!turn) return null;
  const label = labels[turn.speaker];
  const offset = startedAt !== undefined ? formatClock(elapsedMs(startedAt, pauses, turn.startedAt)) : undefined;
  return (
    <li className={`turn turn-${turn.speaker}`} data-turn-id={id}>
      <button
        type="button"
        className="speaker"
        onClick={() => void switchSpeaker(id)}
        title={t('interview.switchSpeaker')}
        aria-label={t('interview.speakerButton', { speaker: label, number: index + 1 })}
      >
        {label}:
      </button>
      <textarea
        value={turn.text}
        rows={1}
        spellCheck
        aria-label={t('interview.turnLabel', { speaker: label, number: index + 1 })}
        onChange={(e) => typeText(id, e.target.value)}
        onFocus={() => useInterview.setState({ activeTurnId: id })}
      />
      {offset && (
        <span className="turn-time" title={t('interview.turnTime')}>
          {offset}
        </span>
      )}
    </li>
  );
});

function TurnToolbar() {
  const { t } = useTranslation();
  const active = useInterview((s) => (s.activeTurnId && s.turns[s.activeTurnId] ? s.activeTurnId : undefined));
  if (!active) return null;
  const caret = () => {
    const area = document.querySelector<HTMLTextAreaElement>(`[data-turn-id="${CSS.escape(active)}"] textarea`);
    return area?.selectionStart ?? 0;
  };
  return (
    <div className="turn-toolbar" role="toolbar" aria-label={t('interview.turnTools')}>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void splitAt(active, caret())}>
        {t('interview.split')}
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void mergeNext(active)}>
        {t('interview.mergeNext')}
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void moveBy(active, -1)}>
        {t('interview.moveUp')}
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => void moveBy(active, 1)}>
        {t('interview.moveDown')}
      </button>
      <button
        type="button"
        className="danger"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          if (window.confirm(t('interview.confirmDeleteTurn'))) void deleteTurn(active);
        }}
      >
        {t('interview.deleteTurn')}
      </button>
    </div>
  );
}

export function TranscriptPane({ study, interview }: { study: Study; interview: Interview }) {
  const { t } = useTranslation();
  const order = useInterview((s) => s.order);
  const focus = useInterview((s) => s.focus);
  const list = useRef<HTMLOListElement>(null);
  const labels = study.transcriptFormat.speakers;

  // Puts the cursor where an action asked for it (a new turn, a split, reopening).
  useEffect(() => {
    const area =
      focus &&
      list.current?.querySelector<HTMLTextAreaElement>(`[data-turn-id="${CSS.escape(focus.turnId)}"] textarea`);
    if (!focus || !area) return;
    area.focus();
    const at = focus.caret === 'start' ? 0 : focus.caret === 'end' ? area.value.length : focus.caret;
    area.setSelectionRange(at, at);
    area.scrollIntoView({ block: 'nearest' });
  }, [focus]);
  return (
    <section className="transcript-pane" aria-labelledby="transcript-title">
      <div className="pane-head">
        <h2 id="transcript-title">{t('interview.transcript')}</h2>
        <TurnToolbar />
      </div>
      {order.length === 0 && <p className="muted">{t('interview.noTurns')}</p>}
      <ol className="turns" ref={list}>
        {order.map((id, index) => (
          <TurnRow
            key={id}
            id={id}
            index={index}
            labels={labels}
            startedAt={interview.startedAt}
            pauses={interview.pauses}
          />
        ))}
      </ol>
      <button type="button" onClick={() => void newTurn()}>
        + {t('interview.newTurn')}
      </button>
    </section>
  );
}
