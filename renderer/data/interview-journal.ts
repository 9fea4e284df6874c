/**
 * A synchronous journal of typed text that has not reached IndexedDB yet. IndexedDB
 * writes are asynchronous, and a navigation, reload or crash can cut off the last
 * one; localStorage hands each keystroke to the browser at once. When the interview
 * opens again, journal entries newer than the database are put back and saved.
 */
import { z } from 'zod';

const journalSchema = z.record(z.string(), z.object({ text: z.string(), at: z.number() }));

export type JournalEntry = z.infer<typeof journalSchema>[string];

type Journal = z.infer<typeof journalSchema>;

const key = (interviewId: string) => `veldwerk:unsaved-text:${interviewId}`;
/** Where an unreadable journal is kept aside: never deleted, in case someone can read it. */
const damagedKey = (interviewId: string) => `veldwerk:unsaved-text-damaged:${interviewId}`;

function parsed(raw: string): Journal | undefined {
  try {
    const result = journalSchema.safeParse(JSON.parse(raw));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

function read(interviewId: string): Journal {
  try {
    const raw = localStorage.getItem(key(interviewId));
    return (raw && parsed(raw)) || {};
  } catch {
    return {};
  }
}

/**
 * A journal that does not read as one ("null", half a write, garbage) is moved aside so
 * the interview opens from the database; says whether that happened.
 */
export function setAsideDamagedJournal(interviewId: string): boolean {
  try {
    const raw = localStorage.getItem(key(interviewId));
    if (raw === null || parsed(raw)) return false;
    localStorage.setItem(damagedKey(interviewId), raw);
    localStorage.removeItem(key(interviewId));
    return true;
  } catch {
    return false;
  }
}

function write(interviewId: string, journal: Journal): void {
  try {
    if (Object.keys(journal).length === 0) localStorage.removeItem(key(interviewId));
    else localStorage.setItem(key(interviewId), JSON.stringify(journal));
  } catch {
    // Storage full or unavailable: IndexedDB remains the record; nothing else to do here.
  }
}

export function journalText(interviewId: string, turnId: string, text: string, at: number): void {
  const journal = read(interviewId);
  journal[turnId] = { text, at };
  write(interviewId, journal);
}

/** Forgets entries that are now in the database (unless typed again since). */
export function forgetSaved(interviewId: string, saved: readonly { id: string; text: string }[]): void {
  const journal = read(interviewId);
  for (const turn of saved) if (journal[turn.id]?.text === turn.text) delete journal[turn.id];
  write(interviewId, journal);
}

export function unsavedText(interviewId: string): Journal {
  return read(interviewId);
}

// A memo being written is the interviewer's own observation and as hard to recall as
// a turn, so its draft is journalled the same way until it is kept.
const memoDraftKey = (interviewId: string) => `veldwerk:memo-draft:${interviewId}`;

export function journalMemoDraft(interviewId: string, text: string): void {
  try {
    if (text) localStorage.setItem(memoDraftKey(interviewId), text);
    else localStorage.removeItem(memoDraftKey(interviewId));
  } catch {
    // Storage full or unavailable: the draft stays on screen; nothing else to do here.
  }
}

export function memoDraft(interviewId: string): string {
  try {
    return localStorage.getItem(memoDraftKey(interviewId)) ?? '';
  } catch {
    return '';
  }
}
