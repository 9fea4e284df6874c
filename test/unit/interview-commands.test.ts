/** The interview's key table: every chord means one thing, and is announced as typed. */
import { describe, expect, it } from 'vitest';
import {
  ariaKeys,
  commandById,
  commandFor,
  commandIn,
  describeKeys,
  INTERVIEW_COMMANDS,
  PREPARATION_COMMANDS,
} from '../../renderer/ui/commands';

const press = (code: string, mods: { ctrl?: boolean; alt?: boolean; shift?: boolean } = {}) => ({
  code,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: false,
  altKey: Boolean(mods.alt),
  shiftKey: Boolean(mods.shift),
});

describe('interview commands', () => {
  it('gives every chord one meaning, in the interview and on the preparation', () => {
    const chords = [...INTERVIEW_COMMANDS, ...PREPARATION_COMMANDS].flatMap((c) =>
      c.keys.map((k) => `${k.ctrl ? 'C' : ''}${k.alt ? 'A' : ''}${k.shift ? 'S' : ''}-${k.code}`),
    );
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('ends the interview with Alt+Shift+E only, never with a plain Alt+E', () => {
    expect(commandFor(press('KeyE', { alt: true, shift: true }))?.command.id).toBe('interview.end');
    expect(commandFor(press('KeyE', { alt: true }))).toBeUndefined();
  });

  it('inserts the open follow-up with Alt+N and starts from the preparation with Alt+I', () => {
    expect(commandFor(press('KeyN', { alt: true }))?.command.id).toBe('guide.insertFollowUp');
    expect(commandIn(PREPARATION_COMMANDS, press('KeyI', { alt: true }))?.command.id).toBe('interview.start');
    expect(commandFor(press('KeyI', { alt: true }))).toBeUndefined();
  });

  it('names the keys for aria-keyshortcuts and for people', () => {
    const end = commandById(INTERVIEW_COMMANDS, 'interview.end');
    expect(ariaKeys(end)).toBe('Alt+Shift+E');
    expect(describeKeys(end)).toBe('Alt+Shift+E');
    expect(ariaKeys(commandById(INTERVIEW_COMMANDS, 'help.shortcuts'))).toBe('Alt+/ F1');
    expect(ariaKeys(commandById(INTERVIEW_COMMANDS, 'turn.new'))).toBe('Control+Enter');
  });
});
