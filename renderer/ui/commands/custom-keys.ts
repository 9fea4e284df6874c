/**
 * Keys the researcher chose instead of a table's defaults (the transcription keys): the
 * table as it applies with them, and whether a chord can be taken at all. A chord is
 * refused when it would type or edit text (the keys work while typing in a turn) or when
 * something that is active at the same time already uses it.
 */
import { chordKey, type Command, type KeyChord, type KeyEventLike } from './model';
import { COMMAND_CONTEXTS, type CommandContextId } from './tables';

/** Per command id, the chords chosen instead of its default ones. */
export type CustomKeys = Readonly<Record<string, readonly KeyChord[]>>;

export function withCustomKeys<C extends Command<string, string>>(table: readonly C[], custom: CustomKeys | undefined): C[] {
  return table.map((command) => {
    const keys = custom?.[command.id];
    return keys && keys.length > 0 ? { ...command, keys } : command;
  });
}

/** Keys that do something of their own without Ctrl or Alt, never text: these may stand alone. */
const LONE_KEY = /^(F([1-9]|1[0-9]|2[0-4])|Escape|Pause|Media[A-Za-z]+|Audio[A-Za-z]+)$/;
/** With Ctrl alone these edit text (copy, paste, undo, select all, move by word…). */
const EDITING_WITH_CTRL = /^(Key[ACVXZY]|Arrow\w+|Home|End|Backspace|Delete|Insert)$/;
const MODIFIER = /^(Shift|Control|Alt|Meta|OS)(Left|Right)?$|^(CapsLock|NumLock|ScrollLock|Fn|FnLock)$/;

/** The chord a key press makes; undefined for a modifier pressed on its own (the chord is not complete yet). */
export function chordOf(event: KeyEventLike): KeyChord | undefined {
  if (MODIFIER.test(event.code) || event.code === '') return undefined;
  return {
    code: event.code,
    ...(event.ctrlKey || event.metaKey ? { ctrl: true } : {}),
    ...(event.altKey ? { alt: true } : {}),
    ...(event.shiftKey ? { shift: true } : {}),
  };
}

export type ChordProblem = { kind: 'types' } | { kind: 'taken'; by: Command<string, string> };

function activeWith(id: CommandContextId): CommandContextId[] {
  const context = COMMAND_CONTEXTS.find((c) => c.id === id);
  return context?.within ? [id, ...activeWith(context.within)] : [id];
}

/**
 * Why `chord` cannot run `commandId` of context `contextId` (with the other commands of
 * that context on `custom` keys), or undefined when it can.
 */
export function chordProblem(
  chord: KeyChord,
  commandId: string,
  contextId: CommandContextId,
  custom: CustomKeys | undefined,
): ChordProblem | undefined {
  if (!chord.ctrl && !chord.alt && !LONE_KEY.test(chord.code)) return { kind: 'types' };
  if (chord.ctrl && !chord.alt && EDITING_WITH_CTRL.test(chord.code)) return { kind: 'types' };
  const wanted = chordKey(chord);
  for (const id of activeWith(contextId)) {
    const context = COMMAND_CONTEXTS.find((c) => c.id === id)!;
    const commands = id === contextId ? withCustomKeys(context.commands, custom) : context.commands;
    for (const command of commands) {
      if (command.id === commandId) continue;
      if (command.keys.some((k) => chordKey(k) === wanted)) return { kind: 'taken', by: command };
    }
  }
  return undefined;
}
