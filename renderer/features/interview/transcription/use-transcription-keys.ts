/**
 * The transcription keys (ui/commands, TRANSCRIPTION_COMMANDS, on the keys the researcher
 * chose) anywhere in the interview while transcription mode is open, typing included.
 * A field that handles a key itself first (the memo's and the find bar's Esc) keeps it.
 */
import { useEffect, useMemo } from 'react';
import { commandIn, TRANSCRIPTION_COMMANDS, type TranscriptionCommandId } from '../../../ui/commands';
import { withCustomKeys } from '../../../ui/commands/custom-keys';
import { useTranscriptionKeys } from '../../../data/transcription-keys';
import { skipBy, stepSpeed, togglePlay, usePlayer } from './player';
import { insertTimestampAtCaret } from './timestamp';

/** The transcription commands on the keys in use now (the defaults until the researcher chooses). */
export function useTranscriptionCommands() {
  const custom = useTranscriptionKeys();
  return useMemo(() => withCustomKeys(TRANSCRIPTION_COMMANDS, custom), [custom]);
}

export function useTranscriptionKeyHandler(): void {
  const open = usePlayer((s) => s.open);
  const commands = useTranscriptionCommands();
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const found = commandIn(commands, event);
      if (!found) return;
      event.preventDefault();
      const run: Record<TranscriptionCommandId, () => void> = {
        'playback.toggle': togglePlay,
        'playback.back': () => skipBy(-1),
        'playback.forward': () => skipBy(1),
        'playback.slower': () => stepSpeed(-1),
        'playback.faster': () => stepSpeed(1),
        'playback.timestamp': () => insertTimestampAtCaret(event.target),
      };
      run[found.command.id]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, commands]);
}
