/** The transcription keys: oTranscribe's where free, and a chosen key refused when it types or is taken. */
import { describe, expect, it } from 'vitest';
import { chordOf, chordProblem, withCustomKeys } from '../../renderer/ui/commands/custom-keys';
import { commandIn, describeKeys, TRANSCRIPTION_COMMANDS } from '../../renderer/ui/commands';

const press = (code: string, mods: { ctrl?: boolean; alt?: boolean; shift?: boolean } = {}) => ({
  code,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: false,
  altKey: Boolean(mods.alt),
  shiftKey: Boolean(mods.shift),
});

describe('transcription keys', () => {
  it("follow oTranscribe where its keys are free: Esc, F3/F4, Ctrl+J", () => {
    const id = (event: ReturnType<typeof press>) => commandIn(TRANSCRIPTION_COMMANDS, event)?.command.id;
    expect(id(press('Escape'))).toBe('playback.toggle');
    expect(id(press('F3'))).toBe('playback.slower');
    expect(id(press('F4'))).toBe('playback.faster');
    expect(id(press('KeyJ', { ctrl: true }))).toBe('playback.timestamp');
    // F1 stays the shortcut list; back and forward sit beside each other instead.
    expect(id(press('F1'))).toBeUndefined();
    expect(id(press('ArrowLeft', { alt: true }))).toBe('playback.back');
    expect(id(press('ArrowRight', { alt: true }))).toBe('playback.forward');
  });

  it('take the keys the researcher chose, and show them', () => {
    const table = withCustomKeys(TRANSCRIPTION_COMMANDS, { 'playback.toggle': [{ code: 'F9' }] });
    expect(commandIn(table, press('F9'))?.command.id).toBe('playback.toggle');
    expect(commandIn(table, press('Escape'))).toBeUndefined();
    expect(describeKeys(table[0]!)).toBe('F9');
    // The others keep their defaults.
    expect(commandIn(table, press('F4'))?.command.id).toBe('playback.faster');
  });

  it('refuse a key that types or edits text, since they work while typing', () => {
    expect(chordProblem({ code: 'KeyA' }, 'playback.toggle', 'transcription', {})).toEqual({ kind: 'types' });
    expect(chordProblem({ code: 'Space', shift: true }, 'playback.toggle', 'transcription', {})).toEqual({
      kind: 'types',
    });
    expect(chordProblem({ code: 'KeyV', ctrl: true }, 'playback.toggle', 'transcription', {})).toEqual({
      kind: 'types',
    });
    expect(chordProblem({ code: 'F9' }, 'playback.toggle', 'transcription', {})).toBeUndefined();
    expect(chordProblem({ code: 'KeyK', ctrl: true }, 'playback.toggle', 'transcription', {})).toBeUndefined();
  });

  it('refuse a key already used in the interview, the app or by another transcription key', () => {
    const taken = (code: string, mods: { ctrl?: boolean; alt?: boolean } = {}, custom = {}) => {
      const problem = chordProblem({ code, ...mods }, 'playback.toggle', 'transcription', custom);
      return problem?.kind === 'taken' ? problem.by.id : problem?.kind;
    };
    expect(taken('F1')).toBe('help.shortcuts');
    expect(taken('KeyJ', { alt: true })).toBe('turn.mergeNext');
    expect(taken('F4')).toBe('playback.faster');
    // Free again once that command has another key.
    expect(taken('F4', {}, { 'playback.faster': [{ code: 'F8' }] })).toBeUndefined();
    // Its own current key is no clash.
    expect(taken('Escape')).toBeUndefined();
  });

  it('read a chord from a key press, waiting while only a modifier is down', () => {
    expect(chordOf(press('ControlLeft', { ctrl: true }))).toBeUndefined();
    expect(chordOf(press('KeyK', { ctrl: true, shift: true }))).toEqual({ code: 'KeyK', ctrl: true, shift: true });
  });
});
