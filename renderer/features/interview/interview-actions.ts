/**
 * Everything the researcher does in an interview, applied to the store at once and
 * written to the database right after: text and structure are journalled and go through
 * the autosaver (text within SAVE_DELAY_MS, structure at once, both retried until they
 * land); clock, consent and memos immediately, each in one transaction. A failed write
 * is reported once; the screen keeps the input.
 */
import { i18n } from '../../i18n';
import { endPause, isPaused, startPause } from '../../../shared/interview/clock';
import type { Consent, Interview, Memo, StoredTurn } from '../../../shared/interview/interview';
import { otherSpeaker, type Speaker, type Turn } from '../../../shared/interview/turn';
import {
  insertTurnAfter,
  mergeWithNext,
  moveTurnBy,
  removeTurn,
  splitTurn,
  toggleSpeaker,
  type Turns,
} from '../../../shared/interview/turn-editing';
import { guarded, reportError } from '../../ui/notices/notices';
import { database } from '../../data/instance';
import {
  DamagedInterviewError,
  deleteMemo,
  loadInterview,
  saveMemo,
  saveTranscriptStructure,
  saveTurnTexts,
  updateInterview,
} from '../../data/interviews';
import { afterNextPaint } from '../../lib/after-paint';
import { newId } from '../../lib/ids';
import { createRegisteredAutosaver, type RegisteredAutosaver } from '../../data/autosave';
import {
  forgetSaved,
  forgetStructure,
  journalStructure,
  journalText,
  setAsideDamagedJournal,
  unsavedStructure,
  unsavedText,
  journalWins,
} from '../../data/interview-journal';
import { applyUnsavedStructure } from '../../../shared/interview/unsaved-structure';
import { saveNotices } from '../../ui/notices/save-notices';
import { recordingOffsetMs, stopRecording } from './recording/recorder';
import { emptyInterviewState, linkedNodesOf, orderedTurns, useInterview, type FocusRequest } from './interview-store';

/** Typed text reaches the database at most this long after the keystroke. */
export const SAVE_DELAY_MS = 300;

let focusSeq = 0;
const focusOn = (turnId: string, caret: FocusRequest['caret'] = 'end'): FocusRequest => ({
  turnId,
  caret,
  seq: ++focusSeq,
});

// What the saver writes, by key: a turn as it is now, a removed turn, the turn order.
const PUT = 'put:';
const REMOVE = 'remove:';
const ORDER = 'order';

/**
 * One autosaver per open interview: typed text is journalled just after its frame is
 * painted and structural edits synchronously, then both are written by it within
 * SAVE_DELAY_MS, retried until they land.
 */
function interviewSaver(interviewId: string) {
  const notify = saveNotices();
  return createRegisteredAutosaver<string>({
    delayMs: SAVE_DELAY_MS,
    write: async (keys) => {
      // The journal holds every text the database is about to get, so forgetSaved finds them.
      journalTypedText();
      const { turns, order, interview } = useInterview.getState();
      // Another interview is open: what is left of this one waits in its journal.
      if (interview?.id !== interviewId) return;
      const put = keys
        .filter((k) => k.startsWith(PUT))
        .map((k) => turns[k.slice(PUT.length)])
        .filter((t): t is StoredTurn => t !== undefined);
      const remove = keys
        .filter((k) => k.startsWith(REMOVE))
        .map((k) => k.slice(REMOVE.length))
        .filter((id) => turns[id] === undefined);
      const structural = keys.includes(ORDER) || remove.length > 0;
      const savedAt = interview.updatedAt;
      if (structural)
        await saveTranscriptStructure(database(), interviewId, { turnOrder: order, put, remove, updatedAt: savedAt });
      else await saveTurnTexts(database(), put);
      forgetSaved(interviewId, put);
      if (structural) forgetStructure(interviewId, savedAt);
    },
    onStateChange: (saveState, error) => {
      useInterview.setState({ saveState });
      notify(saveState, error);
    },
  });
}

let saver: RegisteredAutosaver<string> | undefined;

/** Writes pending text and structure now: before leaving, hiding or closing the page. */
export function flushPendingText(): Promise<void> {
  journalTypedText();
  return saver?.flush() ?? Promise.resolve();
}

export type OpenedInterview =
  { kind: 'found' } | { kind: 'missing' } | { kind: 'damaged'; problems: string[]; repaired: Interview | undefined };

export async function openInterview(id: string): Promise<OpenedInterview> {
  journalTypedText();
  await saver?.close();
  saver = undefined;
  let loaded;
  try {
    loaded = await loadInterview(database(), id);
  } catch (error) {
    if (!(error instanceof DamagedInterviewError)) throw error;
    useInterview.setState(emptyInterviewState, true);
    return { kind: 'damaged', problems: error.problems, repaired: error.repaired };
  }
  if (!loaded) {
    useInterview.setState(emptyInterviewState, true);
    return { kind: 'missing' };
  }
  saver = interviewSaver(id);
  if (setAsideDamagedJournal(id)) reportError(i18n.t('interview.damaged.journal'));
  // Structural edits and text typed just before a reload or crash may be only in the journals: put them back.
  const unsaved = unsavedStructure(id);
  const structure = applyUnsavedStructure(loaded.turns, loaded.interview.updatedAt, unsaved);
  const storedTurns = structure?.turns ?? loaded.turns;
  const storedOrder = structure?.order ?? loaded.interview.turnOrder;
  const journal = unsavedText(id);
  const recovered: string[] = [];
  const byId = Object.fromEntries(
    storedTurns.map((t) => {
      const entry = journal[t.id];
      if (journalWins(entry, t)) {
        recovered.push(t.id);
        return [t.id, { ...t, text: entry!.text, textAt: entry!.at }];
      }
      return [t.id, t];
    }),
  );
  // Turns the order does not know (should not happen; never hide text) go at the end.
  const known = new Set(storedOrder);
  const strays = storedTurns.filter((t) => !known.has(t.id)).sort((a, b) => a.startedAt - b.startedAt);
  const order = [...storedOrder.filter((tid) => byId[tid]), ...strays.map((t) => t.id)];
  const last = order.at(-1);
  const updatedAt = structure && unsaved ? unsaved.at : loaded.interview.updatedAt;
  useInterview.setState(
    {
      ...emptyInterviewState,
      interview: { ...loaded.interview, turnOrder: order, updatedAt },
      turns: byId,
      order,
      memos: loaded.memos,
      linkedNodes: linkedNodesOf(Object.values(byId)),
      ...(last ? { focus: focusOn(last) } : {}),
    },
    true,
  );
  recovered.forEach((turnId) => saver!.schedule(PUT + turnId));
  if (structure) {
    saver.schedule(ORDER);
    const current = new Set(order);
    structure.turns.forEach((t) => saver!.schedule(PUT + t.id));
    loaded.turns.filter((t) => !current.has(t.id)).forEach((t) => saver!.schedule(REMOVE + t.id));
  }
  return { kind: 'found' };
}

function interviewOrThrow(): Interview {
  const interview = useInterview.getState().interview;
  if (!interview) throw new Error('no interview open');
  return interview;
}

async function changeInterview(changes: Partial<Omit<Interview, 'id'>>): Promise<void> {
  const interview = interviewOrThrow();
  const next = { ...interview, ...changes, updatedAt: Date.now() };
  useInterview.setState({ interview: next });
  await guarded(
    () => updateInterview(database(), interview.id, { ...changes, updatedAt: next.updatedAt }),
    i18n.t('errors.saveFailed'),
  );
}

// ----------------------------------------------------------------- text

/**
 * Typed text not yet in the journal, the latest per turn. It is journalled just after the
 * keystroke's frame is painted (sealing and writing localStorage cost 0.3–0.8 ms a key,
 * which the researcher saw as a later letter), so a crash loses at most that one frame;
 * and at once before anything else touches the journal or the database: a save, a
 * structural edit, opening an interview, hiding or leaving the page (flushPendingText).
 */
const unjournalled = new Map<string, { interviewId: string; text: string; at: number }>();
let journalQueued = false;

function journalTypedText(): void {
  journalQueued = false;
  for (const [turnId, { interviewId, text, at }] of unjournalled) journalText(interviewId, turnId, text, at);
  unjournalled.clear();
}

export function typeText(turnId: string, text: string): void {
  const { turns, textRevision } = useInterview.getState();
  const turn = turns[turnId];
  if (!turn || turn.text === text) return;
  const at = Date.now();
  unjournalled.set(turnId, { interviewId: turn.interviewId, text, at });
  if (!journalQueued) {
    journalQueued = true;
    afterNextPaint(journalTypedText);
  }
  // In place, not a copy of every turn (see interview-store.ts): the row's selector sees the new turn object.
  turns[turnId] = { ...turn, text, textAt: at };
  useInterview.setState({ textRevision: textRevision + 1 });
  saver?.schedule(PUT + turnId);
}

// ------------------------------------------------------------ structure

/** Applies a structural edit from shared/interview/turn-editing and saves the difference. */
async function restructure(edit: (turns: Turns) => Turns, focus?: FocusRequest): Promise<void> {
  // Typed text first, so the journals hold the edits in the order they were made.
  journalTypedText();
  const interview = interviewOrThrow();
  const state = useInterview.getState();
  const before = orderedTurns(state);
  let after: Turns;
  try {
    after = edit(before);
  } catch (error) {
    reportError(i18n.t('interview.editFailed'), [String((error as Error).message)]);
    return;
  }
  if (after === before) return;
  const stored = after.map((t): StoredTurn =>
    'interviewId' in t ? (t as StoredTurn) : { ...t, interviewId: interview.id },
  );
  const previous = new Map(before.map((t) => [t.id, t]));
  const put = stored.filter((t) => previous.get(t.id) !== t);
  const keep = new Set(stored.map((t) => t.id));
  const remove = before.filter((t) => !keep.has(t.id)).map((t) => t.id);
  const order = stored.map((t) => t.id);
  const updatedAt = Date.now();
  useInterview.setState({
    turns: Object.fromEntries(stored.map((t) => [t.id, t])),
    order,
    linkedNodes: linkedNodesOf(stored),
    interview: { ...interview, turnOrder: order, updatedAt },
    ...(focus ? { focus } : {}),
  });
  // Journalled synchronously (typed text just before), so a crash right after cannot bring the old structure back.
  journalStructure(interview.id, { order, put, remove, at: updatedAt });
  if (!saver) return;
  saver.schedule(ORDER);
  put.forEach((t) => saver!.schedule(PUT + t.id));
  remove.forEach((id) => saver!.schedule(REMOVE + id));
  await saver.flush();
}

/** Where a new turn begins in the recording, while something knows (transcription mode: the playback position). */
let turnStartSource: (() => number | undefined) | undefined;

/** Sets where new turns take their startMs from; returns what unsets it. */
export function setTurnStartSource(source: () => number | undefined): () => void {
  turnStartSource = source;
  return () => {
    if (turnStartSource === source) turnStartSource = undefined;
  };
}

function makeTurn(speaker: Speaker, text = '', nodeId?: string): Turn {
  // Transcribing: where playback stands; while recording: where the recording is now. Either way
  // the turn keeps where it begins in the recording, to play it from there.
  const interviewId = useInterview.getState().interview?.id;
  const startMs = turnStartSource?.() ?? (interviewId ? recordingOffsetMs(interviewId) : undefined);
  return {
    id: newId(),
    speaker,
    text,
    startedAt: Date.now(),
    ...(nodeId ? { nodeId } : {}),
    ...(startMs !== undefined && Number.isFinite(startMs) ? { startMs: Math.max(0, Math.round(startMs)) } : {}),
  };
}

/** A new empty turn after `afterId` (or at the end), by default for the other speaker. */
export function newTurn(afterId?: string, speaker?: Speaker): Promise<void> {
  const { turns, order } = useInterview.getState();
  const after = afterId ?? order.at(-1) ?? null;
  const previous = after ? turns[after] : undefined;
  const turn = makeTurn(speaker ?? (previous ? otherSpeaker(previous.speaker) : 'interviewer'), '', previous?.nodeId);
  return restructure((all) => insertTurnAfter(all, after, turn), focusOn(turn.id));
}

/** Picks a guide question: an editable Onderzoeker turn with its wording, then a Respondent turn for the answer. */
export function insertQuestion(nodeId: string, text: string, afterId?: string): Promise<void> {
  const { order, turns } = useInterview.getState();
  let after = afterId ?? order.at(-1) ?? null;
  // An empty turn at the end was waiting for input: the question takes its place.
  const waiting = after ? turns[after] : undefined;
  const question = makeTurn('interviewer', text, nodeId);
  const answer = makeTurn('respondent', '', nodeId);
  return restructure((all) => {
    let next = all;
    if (waiting && waiting.text.trim() === '' && waiting.id === order.at(-1)) {
      next = removeTurn(next, waiting.id);
      after = next.at(-1)?.id ?? null;
    }
    next = insertTurnAfter(next, after, question);
    return insertTurnAfter(next, question.id, answer);
  }, focusOn(answer.id));
}

export function splitAt(turnId: string, offset: number): Promise<void> {
  const id = newId();
  return restructure((all) => splitTurn(all, turnId, offset, id), focusOn(id, 'start'));
}

export function mergeNext(turnId: string): Promise<void> {
  const text = useInterview.getState().turns[turnId]?.text ?? '';
  return restructure((all) => mergeWithNext(all, turnId), focusOn(turnId, text.length));
}

export function moveBy(turnId: string, delta: number): Promise<void> {
  return restructure((all) => moveTurnBy(all, turnId, delta), focusOn(turnId));
}

export function switchSpeaker(turnId: string): Promise<void> {
  return restructure((all) => toggleSpeaker(all, turnId), focusOn(turnId));
}

export function deleteTurn(turnId: string): Promise<void> {
  const { order } = useInterview.getState();
  const index = order.indexOf(turnId);
  const neighbour = order[index - 1] ?? order[index + 1];
  return restructure((all) => removeTurn(all, turnId), neighbour ? focusOn(neighbour) : undefined);
}

/** Replaces all turns at once (filler removal); one transaction. */
export function replaceTurns(edit: (turns: Turns) => Turns): Promise<void> {
  return restructure(edit);
}

export function focusTurn(turnId: string, caret: FocusRequest['caret'] = 'end', selectTo?: number): void {
  const focus = focusOn(turnId, caret);
  useInterview.setState({ focus: selectTo === undefined ? focus : { ...focus, selectTo } });
}

// ---------------------------------------------------------- the guide

export function setAsked(nodeId: string, asked: boolean): Promise<void> {
  const interview = interviewOrThrow();
  const askedByHand = interview.askedByHand.filter((id) => id !== nodeId);
  const notAskedByHand = interview.notAskedByHand.filter((id) => id !== nodeId);
  if (asked) askedByHand.push(nodeId);
  else notAskedByHand.push(nodeId);
  return changeInterview({ askedByHand, notAskedByHand });
}

export function goToSection(sectionId: string): Promise<void> {
  return changeInterview({ currentSectionId: sectionId });
}

export function stepSection(delta: number): Promise<void> {
  const interview = interviewOrThrow();
  const sections = interview.guide.sections;
  const index = Math.max(
    0,
    sections.findIndex((s) => s.id === interview.currentSectionId),
  );
  const next = sections[Math.min(sections.length - 1, Math.max(0, index + delta))];
  return next ? goToSection(next.id) : Promise.resolve();
}

// ------------------------------------------------------ consent, clock

export function giveConsent(consent: Omit<Consent, 'givenAt'>): Promise<void> {
  const now = Date.now();
  const interview = interviewOrThrow();
  return changeInterview({
    consent: { ...consent, givenAt: now },
    status: 'running',
    startedAt: now,
    currentSectionId: interview.currentSectionId ?? interview.guide.sections[0]?.id,
  });
}

export function togglePause(): Promise<void> {
  const interview = interviewOrThrow();
  if (interview.status !== 'running') return Promise.resolve();
  const now = Date.now();
  const pauses = isPaused(interview.pauses) ? endPause(interview.pauses, now) : startPause(interview.pauses, now);
  return changeInterview({ pauses: [...pauses] });
}

export async function endInterview(): Promise<void> {
  // The recording ends with the interview, its last second stored first.
  await stopRecording();
  await flushPendingText();
  const interview = interviewOrThrow();
  const now = Date.now();
  const pauses = isPaused(interview.pauses) ? endPause(interview.pauses, now) : interview.pauses;
  await changeInterview({ status: 'ended', endedAt: now, pauses: [...pauses] });
}

// --------------------------------------------------------------- memos

/** Whether the memo reached the database. */
export async function addMemo(text: string): Promise<boolean> {
  const interview = interviewOrThrow();
  const memo: Memo = {
    id: newId(),
    interviewId: interview.id,
    text,
    at: Date.now(),
    ...(interview.currentSectionId ? { sectionId: interview.currentSectionId } : {}),
  };
  useInterview.setState((s) => ({ memos: [...s.memos, memo] }));
  const saved = await guarded(() => saveMemo(database(), memo), i18n.t('errors.saveFailed'));
  if (!saved) useInterview.setState((s) => ({ memos: s.memos.filter((m) => m.id !== memo.id) }));
  return saved;
}

export async function removeMemo(id: string): Promise<void> {
  useInterview.setState((s) => ({ memos: s.memos.filter((m) => m.id !== id) }));
  await guarded(() => deleteMemo(database(), id), i18n.t('errors.saveFailed'));
}
