/**
 * The transcript as turns (Onderzoeker / Respondent), typed live. Each row subscribes
 * to its own turn only, so a keystroke re-renders one row even in a 1,000-turn
 * interview; rows off screen are skipped by the browser (content-visibility).
 */
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsedMs, formatClock } from '../../../shared/interview/clock';
import type { Interview } from '../../../shared/interview/interview';
import type { Study } from '../../../shared/study/schema';
import { deleteTurn, mergeNext, moveBy, newTurn, splitAt, switchSpeaker, typeText } from './interview-actions';
import { useInterview } from './interview-store';

interface Labels {
  interviewer: string;
  respondent: string;
}

const TurnRow = memo(function TurnRow({ id, index, labels, startedAt }: { id: string; index: number; labels: Labels; startedAt?: number }) {
  const { t } = useTranslation();
  const turn = useInterview((s) => s.turns[id]);
  const focus = useInterview((s) => (s.focus?.turnId === id ? s.focus : undefined));
  const pauses = useInterview((s) => s.interview?.pauses);
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const area = ref.current;
    if (!focus || !area) return;
    area.focus();
    const at = focus.caret === 'start' ? 0 : focus.caret === 'end' ? area.value.length : focus.caret;
    area.setSelectionRange(at, at);
    area.scrollIntoView({ block: 'nearest' });
  }, [focus]);

  if (!turn) return null;
  const label = labels[turn.speaker];
  const offset = startedAt !== undefined ? formatClock(elapsedMs(startedAt, pauses ?? [], turn.startedAt)) : undefined;
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
        ref={ref}
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
  const labels = study.transcriptFormat.speakers;
  return (
    <section className="transcript-pane" aria-labelledby="transcript-title">
      <div className="pane-head">
        <h2 id="transcript-title">{t('interview.transcript')}</h2>
        <TurnToolbar />
      </div>
      {order.length === 0 && <p className="muted">{t('interview.noTurns')}</p>}
      <ol className="turns">
        {order.map((id, index) => (
          <TurnRow key={id} id={id} index={index} labels={labels} startedAt={interview.startedAt} />
        ))}
      </ol>
      <button type="button" onClick={() => void newTurn()}>
        + {t('interview.newTurn')}
      </button>
    </section>
  );
}
