/**
 * The transcript as turns (Onderzoeker / Respondent), typed live. A three-hour
 * interview has a thousand turns; only the rows near the viewport are in the DOM
 * (windowed by @tanstack/react-virtual), plus the turn being typed in and the one an
 * action wants focused, so a keystroke costs the same in a long interview as in an
 * empty one. Each row subscribes to its own turn only, and typing re-renders none (the
 * text field is uncontrolled, see TurnRow) while the interview runs.
 */
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type RefObject,
} from 'react';
import { useTranslation } from '../../i18n/react';
import {
  automaticCodeTree,
  automaticCodings,
  automaticFamily,
  type AutomaticFamily,
} from '../../../shared/coding/automatic';
import { flattenCodes } from '../../../shared/coding/matrix';
import type { Coding } from '../../../shared/coding/schema';
import { elapsedMs, formatClock } from '../../../shared/interview/clock';
import type { Pause } from '../../../shared/interview/clock';
import type { Interview } from '../../../shared/interview/interview';
import type { Study } from '../../../shared/study/schema';
import { formatTimestamp } from '../../../shared/transcription/time';
import { commandById, INTERVIEW_COMMANDS } from '../../ui/commands';
import { CommandButton } from '../../ui/commands/CommandButton';
import { useCodingsOfInterview } from '../../data/codings';
import { useAutomaticFamilies } from '../../data/settings';
import { deleteTurn, mergeNext, moveBy, newTurn, splitAt, switchSpeaker, typeText } from './interview-actions';
import { useInterview, type FocusRequest } from './interview-store';
import { AutomaticCodesSetting, CodedBackdrop, TurnCodes } from './TurnCodes';
import { clearMarks, markedTarget, markRangeTo, toggleMark } from './turn-marks';
import type { CodingTarget } from './use-interview-keys';

const NEW_TURN = commandById(INTERVIEW_COMMANDS, 'turn.new');
import { FindBar } from './FindBar';
import { useFind, type FindState } from './find-store';

interface Labels {
  interviewer: string;
  respondent: string;
}

/** A one-line turn; rows are measured once rendered, this only places the rest. */
const ESTIMATED_ROW_PX = 46;
/** Rows rendered beyond each edge of the viewport, so fast scrolling shows text, not gaps. */
const OVERSCAN_ROWS = 12;

/** What the rows of a held interview show of its coding; one object for all rows, rebuilt only when codings change. */
interface RowCoding {
  byTurn: ReadonlyMap<string, Coding[]>;
  names: ReadonlyMap<string, string>;
  families: readonly AutomaticFamily[];
  guide: Interview['guide'];
  study: Study;
}

const NO_CODINGS: Coding[] = [];

interface RowProps {
  id: string;
  index: number;
  labels: Labels;
  startedAt?: number;
  pauses: readonly Pause[];
  coding?: RowCoding;
  /** The find bar's current hit is in this turn. */
  isHit: boolean;
  /** Transcription mode: the turn's time in the recording is a button that plays from there. */
  onSeek?: (ms: number) => void;
}

// Typing does not re-render the row: the text field is uncontrolled (the DOM holds what is
// typed, onChange writes the store) and the row subscribes to what it shows besides the text.
// Text changed from elsewhere (filler removal, a merge, a timestamp, recovery) is put into
// the field by a store subscription. A held interview's row shows its coding of the text, so
// it re-renders on every change as before. Focus and pauses are handled by the list.
const TurnRow = memo(function TurnRow({ id, index, labels, startedAt, pauses, coding, isHit, onSeek }: RowProps) {
  const { t } = useTranslation();
  const speaker = useInterview((s) => s.turns[id]?.speaker);
  const turnStartedAt = useInterview((s) => s.turns[id]?.startedAt);
  const startMs = useInterview((s) => s.turns[id]?.startMs);
  const heldTurn = useInterview((s) => (coding ? s.turns[id] : undefined));
  const isMarked = useInterview((s) => s.marked.includes(id));
  const [fieldRef, onTextChange] = useTextOfTurn(id);
  const label = speaker ? labels[speaker] : '';
  // Worded once per speaker and place, not on every keystroke (each wording took about 0.05 ms).
  const names = useMemo(
    () => ({
      field: t('interview.turnLabel', { speaker: label, number: index + 1 }),
      speaker: t('interview.speakerButton', { speaker: label, number: index + 1 }),
      switchSpeaker: t('interview.switchSpeaker'),
      time: t('interview.turnTime'),
    }),
    [t, label, index],
  );
  if (!speaker || turnStartedAt === undefined) return null;
  const offset = startedAt !== undefined ? formatClock(elapsedMs(startedAt, pauses, turnStartedAt)) : undefined;
  const codings = coding?.byTurn.get(id) ?? NO_CODINGS;
  const field = (
    <textarea
      ref={fieldRef}
      // The text as the field's default, read when the row renders (never on a keystroke while
      // the interview runs): a field not typed in shows it, with the cursor at its start on
      // focus; React writes it again whenever the row renders, and without it would write "".
      defaultValue={useInterview.getState().turns[id]?.text}
      rows={1}
      spellCheck
      aria-label={names.field}
      aria-description={isHit ? t('interview.findHit') : undefined}
      onChange={onTextChange}
      onFocus={() => useInterview.setState({ activeTurnId: id })}
    />
  );
  const speakerButton = (
    <button
      type="button"
      className="speaker"
      onClick={() => void switchSpeaker(id)}
      title={names.switchSpeaker}
      aria-label={names.speaker}
    >
      {label}:
    </button>
  );
  return (
    <div
      className={`turn turn-${speaker}${coding ? ' is-held' : ''}${isHit ? ' find-current' : ''}${isMarked ? ' is-marked' : ''}`}
      data-turn-id={id}
    >
      {coding ? (
        <div className="turn-head">
          <input
            type="checkbox"
            className="turn-mark"
            checked={isMarked}
            aria-label={t('analysis.marks.mark', { number: index + 1 })}
            title={t('analysis.marks.markHint')}
            // A click with Shift marks the range from the last turn marked; Space toggles one.
            onChange={() => undefined}
            onClick={(e) => (e.shiftKey ? markRangeTo(id) : toggleMark(id))}
          />
          {speakerButton}
        </div>
      ) : (
        speakerButton
      )}
      {coding ? (
        <div className="coded-text">
          <CodedBackdrop text={heldTurn?.text ?? ''} codings={codings} />
          {field}
        </div>
      ) : (
        field
      )}
      {onSeek && startMs !== undefined ? (
        <button
          type="button"
          className="turn-time seek"
          aria-label={t('transcription.seekTurn', { number: index + 1, time: formatTimestamp(startMs) })}
          onClick={() => onSeek(startMs)}
        >
          {formatTimestamp(startMs)}
        </button>
      ) : offset ? (
        <span className="turn-time" title={names.time}>
          {offset}
        </span>
      ) : (
        coding && <span />
      )}
      {coding && heldTurn && (
        <TurnCodes
          number={index + 1}
          text={heldTurn.text}
          codings={codings}
          automatic={automaticCodings({ guide: coding.guide }, [heldTurn])
            .map((c) => c.codeId)
            .filter((codeId) => coding.families.includes(automaticFamily(codeId)!))}
          names={coding.names}
          study={coding.study}
        />
      )}
    </div>
  );
});

/**
 * Keeps a turn's text field equal to the store's text without rendering: the field mounts
 * with the text (TurnRow's defaultValue), and afterwards only a text changed elsewhere is
 * written into it. What was typed is in the field already, so typing neither writes nor
 * reads the field (reading a textarea's value cost about 0.2 ms a key).
 */
function useTextOfTurn(id: string) {
  const area = useRef<HTMLTextAreaElement | null>(null);
  const shown = useRef<string | undefined>(undefined);
  const show = useCallback((text: string | undefined) => {
    const field = area.current;
    if (text === shown.current || text === undefined || !field) return;
    shown.current = text;
    if (field.value !== text) field.value = text;
  }, []);
  useLayoutEffect(() => {
    show(useInterview.getState().turns[id]?.text);
    return useInterview.subscribe((state) => show(state.turns[id]?.text));
  }, [id, show]);
  const ref = useCallback(
    (field: HTMLTextAreaElement | null) => {
      area.current = field;
      shown.current = undefined;
      // The field mounted with the text as its default (see TurnRow).
      if (field) shown.current = useInterview.getState().turns[id]?.text;
    },
    [id],
  );
  const onChange = useCallback(
    (event: ChangeEvent<HTMLTextAreaElement>) => {
      const text = event.target.value;
      shown.current = text;
      typeText(id, text);
    },
    [id],
  );
  return [ref, onChange] as const;
}

function TurnToolbar({ onCode }: { onCode?: (target: CodingTarget) => void }) {
  const { t } = useTranslation();
  const active = useInterview((s) => (s.activeTurnId && s.turns[s.activeTurnId] ? s.activeTurnId : undefined));
  const marked = useInterview((s) => s.marked);
  if (onCode && marked.length > 0) {
    return (
      <div className="turn-toolbar" role="toolbar" aria-label={t('interview.turnTools')}>
        <span role="status">{t('analysis.marks.count', { count: marked.length })}</span>
        <button type="button" className="primary" onClick={() => onCode(markedTarget(marked))}>
          {t('analysis.marks.code', { count: marked.length })}
        </button>
        <button type="button" onClick={clearMarks}>
          {t('analysis.marks.clear')}
        </button>
      </div>
    );
  }
  if (!active) return null;
  const area = () => document.querySelector<HTMLTextAreaElement>(`[data-turn-id="${CSS.escape(active)}"] textarea`);
  const caret = () => area()?.selectionStart ?? 0;
  return (
    <div className="turn-toolbar" role="toolbar" aria-label={t('interview.turnTools')}>
      {onCode && (
        <button
          type="button"
          className="primary"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onCode({ turnId: active, start: caret(), end: area()?.selectionEnd ?? caret() })}
        >
          {t('coding.codeButton')}
        </button>
      )}
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

/**
 * The document offset of the list, which the window virtualiser needs to place rows.
 * It moves when anything above the list changes height, which resizes the body too.
 */
function useDocumentTop(element: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const current = element.current;
    if (!current) return;
    const observer = new ResizeObserver(() => setTop(Math.round(current.getBoundingClientRect().top + window.scrollY)));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [element]);
  return top;
}

/** Everything the rows need to show a held interview's codes, or undefined while it is running. */
function useRowCoding(study: Study, interview: Interview): RowCoding | undefined {
  const { t } = useTranslation();
  const held = interview.status === 'ended';
  const codings = useCodingsOfInterview(interview.id);
  const families = useAutomaticFamilies(study.id);
  const byTurn = useMemo(() => {
    const map = new Map<string, Coding[]>();
    for (const c of [...(codings ?? [])].sort((a, b) => a.createdAt - b.createdAt)) {
      map.set(c.turnId, [...(map.get(c.turnId) ?? []), c]);
    }
    return map;
  }, [codings]);
  const names = useMemo(() => {
    const automatic = automaticCodeTree([interview.guide], {
      root: t('coding.auto.root'),
      speakers: t('coding.auto.speakers'),
      sections: t('coding.auto.sections'),
      topics: t('coding.auto.topics'),
      speaker: study.transcriptFormat.speakers,
    });
    const all = [automatic, ...study.codeTrees.flatMap((tree) => tree.nodes)];
    return new Map(flattenCodes(all).map((c) => [c.id, c.name]));
  }, [t, interview.guide, study.codeTrees, study.transcriptFormat.speakers]);
  return useMemo(
    () => (held && families ? { byTurn, names, families, guide: interview.guide, study } : undefined),
    [held, byTurn, names, families, interview.guide, study],
  );
}

export function TranscriptPane({
  study,
  interview,
  onCode,
  onSeek,
}: {
  study: Study;
  interview: Interview;
  /** Opens the code picker (held interviews only). */
  onCode?: (target: CodingTarget) => void;
  /** Plays the recording from a turn's time (transcription mode). */
  onSeek?: (ms: number) => void;
}) {
  const { t } = useTranslation();
  const coding = useRowCoding(study, interview);
  const order = useInterview((s) => s.order);
  const focus = useInterview((s) => s.focus);
  const activeTurnId = useInterview((s) => s.activeTurnId);
  const list = useRef<HTMLOListElement>(null);
  const labels = study.transcriptFormat.speakers;
  const scrollMargin = useDocumentTop(list);
  const hit = useFind((s: FindState) => (s.open ? s.current : undefined));

  // The turn being typed in, and the one an action is about to focus, stay rendered
  // wherever the researcher scrolls: unmounting a focused textarea would drop keystrokes.
  const activeIndex = activeTurnId ? order.indexOf(activeTurnId) : -1;
  const focusIndex = focus ? order.indexOf(focus.turnId) : -1;
  const hitIndex = hit ? order.indexOf(hit.turnId) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      for (const index of [activeIndex, focusIndex, hitIndex])
        if (index >= 0 && index < range.count) indexes.add(index);
      return [...indexes].sort((a, b) => a - b);
    },
    [activeIndex, focusIndex, hitIndex],
  );
  const virtualizer = useWindowVirtualizer({
    count: order.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    getItemKey: (index) => order[index] ?? index,
    rangeExtractor,
  });

  // Puts the cursor where an action asked for it (a new turn, a split, reopening). The
  // row may render a frame later than the request (the window is measured first), so
  // this runs after every render until the request is done.
  const focused = useRef<FocusRequest>(undefined);
  useEffect(() => {
    if (!focus || focused.current === focus) return;
    // A held interview's rows take their coded shape once its coding settings have loaded,
    // which remounts the text fields: a search hit selected before that would be dropped.
    if (focus.selectTo !== undefined && interview.status === 'ended' && !coding) return;
    const area = list.current?.querySelector<HTMLTextAreaElement>(
      `[data-turn-id="${CSS.escape(focus.turnId)}"] textarea`,
    );
    if (!area) return;
    focused.current = focus;
    area.focus();
    const at = focus.caret === 'start' ? 0 : focus.caret === 'end' ? area.value.length : focus.caret;
    area.setSelectionRange(at, Math.max(at, focus.selectTo ?? at));
    if (focus.selectTo === undefined) {
      area.scrollIntoView({ block: 'nearest' });
    } else {
      // Opened from a search hit: the turn in the middle of the window, once measured.
      virtualizer.scrollToIndex(focusIndex, { align: 'center' });
      requestAnimationFrame(() => area.isConnected && area.scrollIntoView({ block: 'center' }));
    }
  });

  // Brings the find bar's hit into view: the virtualiser scrolls near it (its row is always
  // rendered, see rangeExtractor), then the row itself is centred once measured.
  const shownHit = useRef<number>(undefined);
  useEffect(() => {
    if (!hit || hitIndex < 0 || shownHit.current === hit.seq) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-turn-id="${CSS.escape(hit.turnId)}"]`);
    if (!row) return;
    shownHit.current = hit.seq;
    virtualizer.scrollToIndex(hitIndex, { align: 'center' });
    requestAnimationFrame(() => row.isConnected && row.scrollIntoView({ block: 'center' }));
    const area = row.querySelector('textarea');
    area?.setSelectionRange(hit.start, hit.end);
  });

  return (
    <section className="transcript-pane" aria-labelledby="transcript-title">
      <div className="pane-head">
        <h2 id="transcript-title">{t('interview.transcript')}</h2>
        <TurnToolbar onCode={coding ? onCode : undefined} />
      </div>
      {coding && <AutomaticCodesSetting studyId={study.id} families={coding.families} />}
      <FindBar />
      {order.length === 0 && <p className="muted">{t('interview.noTurns')}</p>}
      <ol className="turns" ref={list} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const id = order[item.index];
          if (!id) return null;
          return (
            <li
              key={id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-posinset={item.index + 1}
              aria-setsize={order.length}
              style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              <TurnRow
                id={id}
                index={item.index}
                labels={labels}
                startedAt={interview.startedAt}
                pauses={interview.pauses}
                coding={coding}
                isHit={hitIndex === item.index}
                onSeek={onSeek}
              />
            </li>
          );
        })}
      </ol>
      <CommandButton command={NEW_TURN} variant="add" icon="+" onClick={() => void newTurn()} />
    </section>
  );
}
