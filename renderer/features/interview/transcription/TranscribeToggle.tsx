/**
 * The interview bar's "Transcriberen" button, over a held interview or one whose recording
 * was made elsewhere; never over one still being recorded. Its own component, so that the
 * recording's live summary (which changes with every chunk written while recording)
 * re-renders this button only, not the workspace the researcher is typing in.
 */
import { useTranslation } from '../../../i18n/react';
import { useInterviewRecording } from '../../../data/recordings';
import { closeTranscription, openTranscription, usePlayer } from './player';

export function useCanTranscribe(interviewId: string, held: boolean): boolean {
  const origin = useInterviewRecording(interviewId)?.origin;
  return held || origin === 'attached';
}

export function TranscribeToggle({ interviewId, held }: { interviewId: string; held: boolean }) {
  const { t } = useTranslation();
  const transcribing = usePlayer((s) => s.open);
  if (!useCanTranscribe(interviewId, held)) return null;
  return (
    <button
      type="button"
      aria-pressed={transcribing}
      onClick={() => (transcribing ? closeTranscription() : openTranscription())}
    >
      {t('transcription.open')}
    </button>
  );
}
