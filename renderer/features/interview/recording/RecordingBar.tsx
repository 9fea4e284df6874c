/**
 * The recording strip of the interview screen, shown when the respondent consented to a
 * recording: microphone, start and stop, a level meter, what is recorded so far and its
 * size, a warning when storage runs low, and attaching a recording made elsewhere. The
 * recorder pauses with the interview clock and resumes by itself after a crash.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { formatClock } from '../../../../shared/interview/clock';
import type { Interview } from '../../../../shared/interview/interview';
import { formatBytes, storageState } from '../../../../shared/recording/recorder-rules';
import { database } from '../../../data/instance';
import { attachRecording, RecordingExistsError, useInterviewRecording } from '../../../data/recordings';
import { reportError, reportInfo } from '../../../ui/notices/notices';
import { audioTypeOf, measureAudio, MAX_ATTACH_BYTES } from './audio-file';
import {
  chooseMicrophone,
  currentLevel,
  pauseRecording,
  recordingOffsetMs,
  resumeRecording,
  startRecording,
  stopRecording,
  suspendRecording,
  useRecorder,
} from './recorder';

function useMicrophones(refreshKey: unknown): MediaDeviceInfo[] {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  useEffect(() => {
    const media = navigator.mediaDevices;
    if (!media?.enumerateDevices) return;
    let live = true;
    const load = () =>
      void media
        .enumerateDevices()
        .then((all) => live && setDevices(all.filter((d) => d.kind === 'audioinput' && d.deviceId && d.deviceId !== 'default')))
        .catch(() => undefined);
    load();
    media.addEventListener('devicechange', load);
    return () => {
      live = false;
      media.removeEventListener('devicechange', load);
    };
  }, [refreshKey]);
  return devices;
}

/** The meter's value is set from outside React (10 times a second), so the page does not re-render for it. */
function LevelMeter({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const meter = useRef<HTMLMeterElement>(null);
  useEffect(() => {
    if (!active) {
      if (meter.current) meter.current.value = 0;
      return;
    }
    const timer = setInterval(() => {
      if (meter.current) meter.current.value = currentLevel();
    }, 100);
    return () => clearInterval(timer);
  }, [active]);
  return <meter ref={meter} className="level-meter" min={0} max={1} low={0.05} high={0.9} optimum={0.4} value={0} aria-label={t('recording.level')} />;
}

/** Recorded time, ticking once a second while recording. */
function RecordedTime({ interviewId, storedMs, running }: { interviewId: string; storedMs: number; running: boolean }) {
  const { t } = useTranslation();
  const [, tick] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const ms = recordingOffsetMs(interviewId) ?? storedMs;
  return <span className="recording-time">{t('recording.length', { time: formatClock(ms) })}</span>;
}

function useStorageWarning(active: boolean): ReturnType<typeof storageState> {
  const [state, setState] = useState<ReturnType<typeof storageState>>();
  useEffect(() => {
    const check = () =>
      void navigator.storage
        ?.estimate?.()
        .then((estimate) => setState(storageState(estimate)))
        .catch(() => undefined);
    check();
    if (!active) return;
    const timer = setInterval(check, 30_000);
    return () => clearInterval(timer);
  }, [active]);
  return state;
}

function AttachButton({ interviewId, onAttaching }: { interviewId: string; onAttaching: (busy: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const attach = async (file: File) => {
    onAttaching(true);
    try {
      const typed = new File([file], file.name, { type: audioTypeOf(file) });
      const measured = await measureAudio(typed);
      if (!measured.ok) {
        reportError(
          t('recording.cannotPlay', {
            name: file.name.slice(0, 120),
            reason: t(`recording.fileProblem.${measured.problem}`, { max: formatBytes(MAX_ATTACH_BYTES, language) }),
          }),
        );
        return;
      }
      await attachRecording(database(), interviewId, typed, measured.durationMs);
      reportInfo(t('recording.attached', { name: file.name.slice(0, 120), time: formatClock(measured.durationMs) }));
    } catch (error) {
      reportError(error instanceof RecordingExistsError ? t('recording.exists') : t('recording.attachFailed'), [
        String((error as Error)?.message ?? error).slice(0, 200),
      ]);
    } finally {
      onAttaching(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('recording.attach')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('recording.attachFile')}
        accept="audio/*,.m4a,.mp3,.wav,.webm,.ogg,.opus,.aac"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void attach(file);
        }}
      />
    </>
  );
}

export function RecordingBar({ interview }: { interview: Interview }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const recording = useInterviewRecording(interview.id);
  const { status, interviewId: recordingFor, problem, deviceId } = useRecorder();
  const mine = recordingFor === interview.id;
  const active = mine && status !== 'off';
  const running = interview.status === 'running';
  const paused = running && interview.pauses.some((p) => p.end === undefined);
  const microphones = useMicrophones(status);
  const storage = useStorageWarning(active);
  const [attaching, setAttaching] = useState(false);
  const [interrupted, setInterrupted] = useState(false);

  // The recorder follows the interview clock.
  useEffect(() => {
    if (!mine) return;
    if (paused) pauseRecording();
    else resumeRecording();
  }, [mine, paused, status]);

  // A recorder left running (a crash, a killed app, the screen left) goes on as a new part.
  const resumeTried = useRef(false);
  useEffect(() => {
    if (resumeTried.current || !recording || !running) return;
    resumeTried.current = true;
    if (!recording.recorderOn || recording.origin !== 'recorded') return;
    void startRecording(interview.id, { paused }).then((started) => {
      if (started) reportInfo(t('recording.resumed'));
      else setInterrupted(true);
    });
  }, [recording, running, paused, interview.id, t]);

  // Leaving the screen stops the recorder without switching it off for good.
  useEffect(() => () => void suspendRecording(), []);

  if (interview.consent?.recording !== 'given' && !recording?.parts.length) return null;
  const hasAudio = (recording?.parts.length ?? 0) > 0;
  const attached = recording?.origin === 'attached';
  const statusText = active ? t(`recording.status.${status}`) : hasAudio ? t('recording.status.stored') : t('recording.status.none');

  return (
    <section className={`recording-bar${active && status === 'recording' ? ' is-recording' : ''}`} aria-label={t('recording.region')}>
      <span className="recording-status" role="status">
        {active && status === 'recording' && <span className="recording-dot" aria-hidden="true" />}
        {statusText}
      </span>
      {running && !attached && (
        <label className="recording-mic">
          {t('recording.microphone')}
          <select value={deviceId} disabled={active} onChange={(event) => chooseMicrophone(event.target.value)}>
            <option value="">{t('recording.defaultMicrophone')}</option>
            {microphones.map((device, index) => (
              <option key={device.deviceId} value={device.deviceId}>
                {device.label || t('recording.microphoneN', { n: index + 1 })}
              </option>
            ))}
          </select>
        </label>
      )}
      {running && !attached && !active && (
        <button
          type="button"
          onClick={() => {
            setInterrupted(false);
            void startRecording(interview.id, { paused });
          }}
        >
          {hasAudio ? t('recording.continue') : t('recording.start')}
        </button>
      )}
      {active && (
        <button type="button" onClick={() => void stopRecording()} disabled={status === 'stopping' || status === 'starting'}>
          {t('recording.stop')}
        </button>
      )}
      {active && <LevelMeter active={status === 'recording'} />}
      {(hasAudio || active) && (
        <>
          <RecordedTime interviewId={interview.id} storedMs={recording?.durationMs ?? 0} running={active && status === 'recording'} />
          <span className="recording-size">{formatBytes(recording?.bytes ?? 0, language)}</span>
        </>
      )}
      {attached && <span className="muted">{t('recording.attachedFile', { name: recording.parts[0]?.fileName ?? '' })}</span>}
      {recording && !hasAudio && !active && (
        attaching ? <span role="status">{t('recording.checking')}</span> : <AttachButton interviewId={interview.id} onAttaching={setAttaching} />
      )}
      {problem && !active && (
        <p className="recording-problem" role="alert">
          {t(`recording.problem.${problem}`)}
        </p>
      )}
      {interrupted && !active && (
        <p className="recording-problem" role="alert">
          {t('recording.interrupted')}
        </p>
      )}
      {storage?.low && (
        <p className="recording-problem" role="alert">
          {t('recording.lowStorage', { free: formatBytes(storage.free, language), hours: storage.hoursLeft.toFixed(1) })}
        </p>
      )}
    </section>
  );
}
