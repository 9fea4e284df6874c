/**
 * The command model: a command is an id, a label (an interface text key), its keys and,
 * where it does not always apply, when it does. What it does is bound by the screen that
 * runs it (a map from id to action), so the tables stay plain data that the key handlers,
 * the buttons, the shortcut list and the Electron menu are all generated from.
 * Keys are matched by physical key (`code`), so Alt-combinations also work on layouts
 * where Alt types a special character.
 */
import type { TextKey } from '../../i18n/keys';

export interface KeyChord {
  code: string;
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
}

export interface Command<Id extends string = string, When extends string = never> {
  id: Id;
  /** What it does, as the shortcut list and the menu say it. */
  label: TextKey;
  keys: readonly KeyChord[];
  /** A condition of its context (e.g. only while the interview runs); absent: always. */
  when?: When;
  /**
   * The texts of the buttons that run it, when a button says it shorter than the label or
   * differently per state (pause / resume).
   */
  buttons?: Readonly<Record<string, TextKey>>;
}

export interface KeyEventLike {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

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
export function commandIn<C extends Command<string, string>>(
  table: readonly C[],
  event: KeyEventLike,
): { command: C; digit?: number } | undefined {
  for (const command of table) {
    const chord = command.keys.find((k) => matches(k, event));
    if (chord) {
      const digit = /^Digit(\d)$/.exec(chord.code)?.[1];
      return { command, ...(digit ? { digit: Number(digit) } : {}) };
    }
  }
  return undefined;
}

/** The command with this id; the tables are constants, so a missing one is a programming error. */
export function commandById<C extends Command<string, string>>(table: readonly C[], id: C['id']): C {
  const command = table.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

/** The same chord written the same way, to compare bindings. */
export function chordKey(chord: KeyChord): string {
  return [chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', chord.code].filter(Boolean).join('+');
}

const KEY_NAMES: Record<string, string> = {
  Enter: 'Enter',
  Escape: 'Esc',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  PageUp: 'PgUp',
  PageDown: 'PgDn',
  BracketLeft: '[',
  BracketRight: ']',
  Slash: '/',
};

const keyName = (code: string) => KEY_NAMES[code] ?? code.replace(/^Key|^Digit/, '');

export function describeChord(chord: KeyChord, key = keyName(chord.code)): string {
  return [chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** "Ctrl+Enter", "Alt+1…9", "Alt+PgDn / ]", "Ctrl+Shift+Z, Ctrl+Y": how a command's keys are shown. */
export function describeKeys(command: Command<string, string>): string {
  const chords = command.keys;
  const first = chords[0];
  if (!first) return '';
  if (chords.length === 9 && chords.every((c) => c.code.startsWith('Digit'))) return describeChord(first, '1…9');
  const sameModifiers = chords.every(
    (c) =>
      Boolean(c.ctrl) === Boolean(first.ctrl) &&
      Boolean(c.alt) === Boolean(first.alt) &&
      Boolean(c.shift) === Boolean(first.shift),
  );
  if (sameModifiers) return describeChord(first, chords.map((c) => keyName(c.code)).join(' / '));
  return chords.map((c) => describeChord(c)).join(', ');
}

const ARIA_KEY_NAMES: Record<string, string> = { BracketLeft: '[', BracketRight: ']', Slash: '/' };

/** The chords as `aria-keyshortcuts` wants them ("Alt+Shift+E", "Alt+/ F1"), so screen readers announce them. */
export function ariaKeys(command: Command<string, string>): string {
  return command.keys.map(ariaChord).join(' ');
}

export function ariaChord(chord: KeyChord): string {
  const key = ARIA_KEY_NAMES[chord.code] ?? chord.code.replace(/^Key|^Digit/, '');
  return [chord.ctrl && 'Control', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

const ACCELERATOR_KEYS: Record<string, string> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  BracketLeft: '[',
  BracketRight: ']',
  Slash: '/',
};

/** The first chord as an Electron accelerator ("CmdOrCtrl+Shift+Z"): a menu item shows one. */
export function accelerator(command: Command<string, string>): string | undefined {
  const chord = command.keys[0];
  if (!chord) return undefined;
  const key = ACCELERATOR_KEYS[chord.code] ?? chord.code.replace(/^Key|^Digit/, '');
  return [chord.ctrl && 'CmdOrCtrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}
