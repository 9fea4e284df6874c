/**
 * The interview's keyboard commands, declared once as data: the key handler, the
 * buttons' hints and the shortcut list in the UI are all generated from this table.
 * Keys are matched by physical key (`code`), so Alt-combinations also work on layouts
 * where Alt types a special character.
 */
import type { TextKey } from '../i18n/keys';

export interface KeyChord {
  code: string;
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
}

export type CommandId =
  | 'turn.new'
  | 'turn.switchSpeaker'
  | 'turn.split'
  | 'turn.mergeNext'
  | 'turn.moveUp'
  | 'turn.moveDown'
  | 'turn.previous'
  | 'turn.next'
  | 'section.next'
  | 'section.previous'
  | 'guide.insert'
  | 'guide.markAsked'
  | 'guide.insertFollowUp'
  | 'memo.new'
  | 'clock.pause'
  | 'interview.end'
  | 'coding.apply'
  | 'help.shortcuts';

export interface Command<Id extends string = CommandId> {
  id: Id;
  /** i18n key of its description. */
  label: TextKey;
  keys: KeyChord[];
  /** Only while the interview is running (not during consent or after the end). */
  runningOnly?: boolean;
  /** Only once the interview has ended (coding is analysis, not note-taking). */
  endedOnly?: boolean;
}

const digits = (extra: Omit<KeyChord, 'code'>): KeyChord[] =>
  Array.from({ length: 9 }, (_, i) => ({ code: `Digit${i + 1}`, ...extra }));

export const INTERVIEW_COMMANDS: readonly Command[] = [
  { id: 'turn.new', label: 'commands.turnNew', keys: [{ code: 'Enter', ctrl: true }] },
  { id: 'turn.switchSpeaker', label: 'commands.switchSpeaker', keys: [{ code: 'KeyS', alt: true }] },
  { id: 'turn.split', label: 'commands.split', keys: [{ code: 'Enter', alt: true }] },
  { id: 'turn.mergeNext', label: 'commands.mergeNext', keys: [{ code: 'KeyJ', alt: true }] },
  { id: 'turn.moveUp', label: 'commands.moveUp', keys: [{ code: 'ArrowUp', alt: true, shift: true }] },
  { id: 'turn.moveDown', label: 'commands.moveDown', keys: [{ code: 'ArrowDown', alt: true, shift: true }] },
  { id: 'turn.previous', label: 'commands.previousTurn', keys: [{ code: 'ArrowUp', alt: true }] },
  { id: 'turn.next', label: 'commands.nextTurn', keys: [{ code: 'ArrowDown', alt: true }] },
  {
    id: 'section.next',
    label: 'commands.nextSection',
    keys: [
      { code: 'PageDown', alt: true },
      { code: 'BracketRight', alt: true },
    ],
  },
  {
    id: 'section.previous',
    label: 'commands.previousSection',
    keys: [
      { code: 'PageUp', alt: true },
      { code: 'BracketLeft', alt: true },
    ],
  },
  { id: 'guide.insert', label: 'commands.insertQuestion', keys: digits({ alt: true }), runningOnly: true },
  { id: 'guide.markAsked', label: 'commands.markAsked', keys: digits({ alt: true, shift: true }) },
  // The follow-up the questionnaire called for, wherever it stands in the numbering.
  {
    id: 'guide.insertFollowUp',
    label: 'commands.insertFollowUp',
    keys: [{ code: 'KeyN', alt: true }],
    runningOnly: true,
  },
  { id: 'memo.new', label: 'commands.newMemo', keys: [{ code: 'KeyM', alt: true }] },
  { id: 'clock.pause', label: 'commands.pause', keys: [{ code: 'KeyP', alt: true }], runningOnly: true },
  // Shift, so that ending (which asks for confirmation) is never one slip away from Alt+E.
  {
    id: 'interview.end',
    label: 'commands.endInterview',
    keys: [{ code: 'KeyE', alt: true, shift: true }],
    runningOnly: true,
  },
  // The selection in a turn, or the whole turn when nothing is selected.
  { id: 'coding.apply', label: 'commands.applyCode', keys: [{ code: 'KeyC', alt: true }], endedOnly: true },
  { id: 'help.shortcuts', label: 'commands.shortcuts', keys: [{ code: 'Slash', alt: true }, { code: 'F1' }] },
];

export interface KeyEventLike {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Commands of the preparation page, outside the interview: starting (or resuming) the
 * interview. Not in the interview's shortcut list, which only holds what works there.
 */
export const PREPARATION_COMMANDS: readonly Command<'interview.start'>[] = [
  { id: 'interview.start', label: 'commands.startInterview', keys: [{ code: 'KeyI', alt: true }] },
];

function matches(chord: KeyChord, event: KeyEventLike): boolean {
  // Cmd counts as Ctrl, as macOS users expect.
  const ctrl = event.ctrlKey || event.metaKey;
  return (
    chord.code === event.code &&
    Boolean(chord.ctrl) === ctrl &&
    Boolean(chord.alt) === event.altKey &&
    Boolean(chord.shift) === event.shiftKey
  );
}

/** The command a key press means, with the 1-based digit for the numbered commands. */
export function commandIn<Id extends string>(
  table: readonly Command<Id>[],
  event: KeyEventLike,
): { command: Command<Id>; digit?: number } | undefined {
  for (const command of table) {
    const chord = command.keys.find((k) => matches(k, event));
    if (chord) {
      const digit = /^Digit(\d)$/.exec(chord.code)?.[1];
      return { command, ...(digit ? { digit: Number(digit) } : {}) };
    }
  }
  return undefined;
}

export function commandFor(event: KeyEventLike): { command: Command; digit?: number } | undefined {
  return commandIn(INTERVIEW_COMMANDS, event);
}

const KEY_NAMES: Record<string, string> = {
  Enter: 'Enter',
  ArrowUp: '↑',
  ArrowDown: '↓',
  PageUp: 'PgUp',
  PageDown: 'PgDn',
  BracketLeft: '[',
  BracketRight: ']',
  Slash: '/',
};

/** "Ctrl+Enter", "Alt+1…9": how a command's keys are shown. */
export function describeKeys(command: Command<string>): string {
  const chords = command.keys;
  const first = chords[0]!;
  const modifiers = [first.ctrl && 'Ctrl', first.alt && 'Alt', first.shift && 'Shift'].filter(Boolean).join('+');
  const name = (code: string) => KEY_NAMES[code] ?? code.replace(/^Key|^Digit/, '');
  const isDigits = chords.length === 9 && chords.every((c) => c.code.startsWith('Digit'));
  const key = isDigits ? '1…9' : chords.map((c) => name(c.code)).join(' / ');
  return modifiers ? `${modifiers}+${key}` : key;
}

const ARIA_KEY_NAMES: Record<string, string> = { BracketLeft: '[', BracketRight: ']', Slash: '/' };

/** The chords as `aria-keyshortcuts` wants them ("Alt+Shift+E", "Alt+/ F1"), so screen readers announce them. */
export function ariaKeys(command: Command<string>): string {
  return command.keys
    .map((chord) => {
      const key = ARIA_KEY_NAMES[chord.code] ?? chord.code.replace(/^Key|^Digit/, '');
      return [chord.ctrl && 'Control', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
    })
    .join(' ');
}

/** The command with this id; the tables are constants, so a missing one is a programming error. */
export function commandById<Id extends string>(table: readonly Command<Id>[], id: Id): Command<Id> {
  const command = table.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}
