/**
 * The command tables: every chord means one thing wherever it works, every text they name
 * exists in both languages, and keys are announced as they are typed.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { nl } from '../../renderer/i18n/nl';
import {
  accelerator,
  APP_COMMANDS,
  ariaKeys,
  chordKey,
  COMMAND_CONTEXTS,
  commandById,
  commandIn,
  describeKeys,
  INTERVIEW_COMMANDS,
  MEMO_COMMANDS,
  PREPARATION_COMMANDS,
  TOPIC_LIST_COMMANDS,
  type CommandContext,
} from '../../renderer/ui/commands';
import { ACCELERATOR } from '../../shared/menu-model';

const press = (code: string, mods: { ctrl?: boolean; alt?: boolean; shift?: boolean } = {}) => ({
  code,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: false,
  altKey: Boolean(mods.alt),
  shiftKey: Boolean(mods.shift),
});

const contextById = (id: string) => COMMAND_CONTEXTS.find((c) => c.id === id)!;

/** The context and every context it sits within: all active at the same time. */
function activeTogether(context: CommandContext): CommandContext[] {
  return context.within ? [context, ...activeTogether(contextById(context.within))] : [context];
}

function text(messages: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('command tables', () => {
  it('bind no chord twice within a context or across contexts that are active together', () => {
    for (const context of COMMAND_CONTEXTS) {
      const seen = new Map<string, string>();
      for (const active of activeTogether(context)) {
        for (const command of active.commands) {
          // The inner context takes these over on purpose (the memo's Ctrl+Enter), and says so.
          if (active !== context && context.overrides?.includes(command.id)) continue;
          for (const chord of command.keys) {
            const key = chordKey(chord);
            expect(seen.get(key), `${key} in ${context.id}: ${command.id} and ${seen.get(key)}`).toBeUndefined();
            seen.set(key, command.id);
          }
        }
      }
    }
  });

  it('declare every override, and override only a command that really shares the chord', () => {
    for (const context of COMMAND_CONTEXTS) {
      for (const id of context.overrides ?? []) {
        const outer = activeTogether(context)
          .slice(1)
          .flatMap((c) => c.commands);
        const overridden = outer.find((c) => c.id === id);
        expect(overridden, id).toBeDefined();
        const own = new Set(context.commands.flatMap((c) => c.keys.map(chordKey)));
        expect(
          overridden!.keys.some((k) => own.has(chordKey(k))),
          id,
        ).toBe(true);
      }
    }
  });

  it('puts every table in the shortcut list, each command id once', () => {
    const tables = [APP_COMMANDS, INTERVIEW_COMMANDS, MEMO_COMMANDS, PREPARATION_COMMANDS, TOPIC_LIST_COMMANDS];
    expect(COMMAND_CONTEXTS.map((c) => c.commands)).toEqual(expect.arrayContaining(tables));
    const ids = COMMAND_CONTEXTS.flatMap((c) => c.commands.map((command) => command.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('name only texts that exist in Dutch and in English', () => {
    const keys = COMMAND_CONTEXTS.flatMap((context) => [
      context.label,
      ...context.commands.flatMap((command) => [command.label, ...Object.values(command.buttons ?? {})]),
    ]);
    for (const key of keys) {
      expect(typeof text(nl, key), `nl: ${key}`).toBe('string');
      expect(typeof text(en, key), `en: ${key}`).toBe('string');
    }
  });

  it('give every app-wide command an accelerator the menu accepts', () => {
    for (const command of APP_COMMANDS) expect(accelerator(command)).toMatch(ACCELERATOR);
    expect(accelerator(commandById(APP_COMMANDS, 'app.print'))).toBe('CmdOrCtrl+P');
    expect(accelerator(commandById(TOPIC_LIST_COMMANDS, 'node.moveUp'))).toBe('Alt+Up');
  });
});

describe('key matching', () => {
  it('ends the interview with Alt+Shift+E only, never with a plain Alt+E', () => {
    expect(commandIn(INTERVIEW_COMMANDS, press('KeyE', { alt: true, shift: true }))?.command.id).toBe('interview.end');
    expect(commandIn(INTERVIEW_COMMANDS, press('KeyE', { alt: true }))).toBeUndefined();
  });

  it('inserts the open follow-up with Alt+N and starts from the preparation with Alt+I', () => {
    expect(commandIn(INTERVIEW_COMMANDS, press('KeyN', { alt: true }))?.command.id).toBe('guide.insertFollowUp');
    expect(commandIn(PREPARATION_COMMANDS, press('KeyI', { alt: true }))?.command.id).toBe('interview.start');
    expect(commandIn(INTERVIEW_COMMANDS, press('KeyI', { alt: true }))).toBeUndefined();
  });

  it('tells the digit of a numbered command', () => {
    expect(commandIn(INTERVIEW_COMMANDS, press('Digit3', { alt: true }))).toMatchObject({
      command: { id: 'guide.insert' },
      digit: 3,
    });
  });

  it('redoes with Ctrl+Shift+Z and Ctrl+Y, undoes with Ctrl+Z, Cmd counting as Ctrl', () => {
    expect(commandIn(TOPIC_LIST_COMMANDS, press('KeyZ', { ctrl: true }))?.command.id).toBe('edit.undo');
    expect(commandIn(TOPIC_LIST_COMMANDS, press('KeyZ', { ctrl: true, shift: true }))?.command.id).toBe('edit.redo');
    expect(commandIn(TOPIC_LIST_COMMANDS, press('KeyY', { ctrl: true }))?.command.id).toBe('edit.redo');
    expect(commandIn(TOPIC_LIST_COMMANDS, { ...press('KeyZ'), metaKey: true })?.command.id).toBe('edit.undo');
  });
});

describe('key names', () => {
  it('names the keys for aria-keyshortcuts and for people', () => {
    const end = commandById(INTERVIEW_COMMANDS, 'interview.end');
    expect(ariaKeys(end)).toBe('Alt+Shift+E');
    expect(describeKeys(end)).toBe('Alt+Shift+E');
    expect(ariaKeys(commandById(APP_COMMANDS, 'help.shortcuts'))).toBe('Alt+/ F1');
    expect(describeKeys(commandById(APP_COMMANDS, 'help.shortcuts'))).toBe('Alt+/, F1');
    expect(ariaKeys(commandById(INTERVIEW_COMMANDS, 'turn.new'))).toBe('Control+Enter');
    expect(describeKeys(commandById(INTERVIEW_COMMANDS, 'guide.insert'))).toBe('Alt+1…9');
    expect(describeKeys(commandById(INTERVIEW_COMMANDS, 'section.next'))).toBe('Alt+PgDn / ]');
    expect(describeKeys(commandById(TOPIC_LIST_COMMANDS, 'edit.redo'))).toBe('Ctrl+Shift+Z, Ctrl+Y');
    expect(ariaKeys(commandById(TOPIC_LIST_COMMANDS, 'edit.redo'))).toBe('Control+Shift+Z Control+Y');
    expect(describeKeys(commandById(MEMO_COMMANDS, 'memo.back'))).toBe('Esc');
  });
});
