/**
 * Attaching a recording made elsewhere (a phone's m4a, an mp3, wav, webm or ogg) from
 * transcription mode, when the interview has none. The file is first played far enough
 * to know its length, which also proves this platform can decode it; one it cannot is
 * refused with that said, and nothing is stored.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { database } from '../../../data/instance';
import { attachRecording, RecordingExistsError } from '../../../data/recordings';
import { guarded } from '../../../ui/notices/notices';

/** The file's length in ms as this platform decodes it; rejects when it cannot. */
function measureDuration(file: Blob): Promise<number> {
  const url = URL.createObjectURL(file);
  const probe = new Audio();
  probe.preload = 'metadata';
  return new Promise<number>((resolve, reject) => {
    const done = () => {
      if (Number.isFinite(probe.duration) && probe.duration > 0) resolve(probe.duration * 1000);
    };
    probe.addEventListener('loadedmetadata', () => {
      done();
      // A file whose header has no length (a WebM straight from a recorder): reading to the end finds it.
      if (!Number.isFinite(probe.duration)) probe.currentTime = Number.MAX_SAFE_INTEGER;
    });
    probe.addEventListener('durationchange', done);
    probe.addEventListener('error', () => reject(new Error(probe.error?.message || `code ${probe.error?.code}`)));
    probe.src = url;
  }).finally(() => {
    probe.removeAttribute('src');
    probe.load();
    URL.revokeObjectURL(url);
  });
}

export function AttachRecording({ interviewId, onAttached }: { interviewId: string; onAttached: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const attach = async (file: File) => {
    setBusy(true);
    setMessage(t('transcription.attach.checking', { name: file.name }));
    try {
      let durationMs: number;
      try {
        durationMs = await measureDuration(file);
      } catch {
        setMessage(t('transcription.attach.cannotDecode', { name: file.name }));
        return;
      }
      const ok = await guarded(async () => {
        try {
          await attachRecording(database(), interviewId, file, durationMs);
        } catch (error) {
          if (error instanceof RecordingExistsError) setMessage(t('transcription.attach.exists'));
          else throw error;
        }
      }, t('errors.saveFailed'));
      if (ok) onAttached();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="attach-recording">
      <label htmlFor={id}>{t('transcription.attach.label')}</label>
      <input
        id={id}
        type="file"
        accept="audio/*,.m4a,.mp3,.wav,.webm,.ogg,.opus"
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void attach(file);
        }}
      />
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
