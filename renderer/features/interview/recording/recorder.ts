/**
 * The interview recorder: the microphone through MediaRecorder (Opus), a chunk every
 * second written to IndexedDB at once and in order, paused with the interview clock, and
 * an AnalyserNode for the level meter. One recorder per window. Each start is a new part
 * of the interview's recording (data/recordings.ts), so a crash, a reload or leaving the
 * screen costs at most the last second, and starting again goes on where it was.
 *
 * The store says what the screen shows; the MediaRecorder, stream and audio graph live in
 * this module, outside React, so recording never re-renders the transcript.
 */
import { i18n } from '../../../i18n';
import { create } from 'zustand';
import {
  AUDIO_BITS_PER_SECOND,
  CHUNK_MS,
  microphoneProblem,
  pickMimeType,
  RecordedClock,
  type MicrophoneProblem,
} from '../../../../shared/recording/recorder-rules';
import { totalDurationMs } from '../../../../shared/recording/recording';
import { database } from '../../../data/instance';
import { appendChunk, beginPart, listParts, markRecorderStopped } from '../../../data/recordings';
import { getPlatform } from '../../../platform';
import { reportError, reportInfo } from '../../../ui/notices/notices';

export type RecorderStatus = 'off' | 'starting' | 'recording' | 'paused' | 'stopping';

export interface RecorderState {
  status: RecorderStatus;
  /** The interview being recorded, while status is not 'off'. */
  interviewId?: string;
  /** Why the last start failed or the recording stopped by itself. */
  problem?: MicrophoneProblem | 'write-failed' | 'device-lost';
  /** The microphone chosen ('' for the system's default). */
  deviceId: string;
}

export const useRecorder = create<RecorderState>(() => ({ status: 'off', deviceId: '' }));

interface Session {
  interviewId: string;
  recordingId: string;
  part: number;
  /** Where this part starts in the whole recording (ms). */
  offsetMs: number;
  clock: RecordedClock;
  recorder: MediaRecorder;
  stream: MediaStream;
  audio: AudioContext;
  analyser: AnalyserNode;
  samples: Float32Array<ArrayBuffer>;
  seq: number;
  /** Every chunk write, chained so they land in order. */
  writes: Promise<void>;
  writeFailed: boolean;
}

let session: Session | undefined;

/** Milliseconds into the interview's recording now, or undefined when it is not being recorded. */
export function recordingOffsetMs(interviewId: string): number | undefined {
  if (!session || session.interviewId !== interviewId) return undefined;
  return Math.round(session.offsetMs + session.clock.elapsed(performance.now()));
}

/** The input level now, 0 (silence) to 1 (full scale): the RMS of the last few ms. */
export function currentLevel(): number {
  if (!session) return 0;
  session.analyser.getFloatTimeDomainData(session.samples);
  let sum = 0;
  for (const sample of session.samples) sum += sample * sample;
  return Math.min(1, Math.sqrt(sum / session.samples.length) * 4);
}

const RETRY_MS = 2000;

/** Writes one chunk after the ones before it; a failed write is said once and retried until it lands. */
function queueChunk(current: Session, data: Blob): void {
  const seq = current.seq++;
  const endMs = Math.round(current.clock.elapsed(performance.now()));
  const write = async () => {
    const bytes = new Uint8Array(await data.arrayBuffer());
    for (;;) {
      try {
        await appendChunk(database(), { recordingId: current.recordingId, part: current.part, seq, bytes, endMs });
        if (current.writeFailed) {
          current.writeFailed = false;
          reportInfo(i18n.t('recording.writeRecovered'));
        }
        return;
      } catch (error) {
        if (!current.writeFailed) {
          current.writeFailed = true;
          reportError(i18n.t('recording.writeFailed'), [String((error as Error)?.message ?? error).slice(0, 200)]);
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  };
  current.writes = current.writes.then(write);
}

function release(current: Session): void {
  current.stream.getTracks().forEach((track) => track.stop());
  void current.audio.close().catch(() => undefined);
  void getPlatform()
    .setMicrophone(false)
    .catch(() => undefined);
}

/**
 * Starts recording the interview from the chosen microphone, as a new part of its
 * recording. `paused`: the interview clock is paused, so the recorder waits too.
 */
export async function startRecording(interviewId: string, options: { paused?: boolean } = {}): Promise<boolean> {
  if (session || useRecorder.getState().status !== 'off') return false;
  const { deviceId } = useRecorder.getState();
  useRecorder.setState({ status: 'starting', interviewId, problem: undefined });
  let stream: MediaStream | undefined;
  try {
    const mimeType = pickMimeType((type) => MediaRecorder.isTypeSupported(type));
    if (!mimeType) throw Object.assign(new Error('no Opus recorder'), { name: 'NotSupportedError' });
    await getPlatform().setMicrophone(true);
    stream = await navigator.mediaDevices.getUserMedia({
      // The raw voice, not a call's: echo cancellation and noise suppression blur speech for transcription.
      audio: { ...(deviceId ? { deviceId: { exact: deviceId } } : {}), echoCancellation: false, noiseSuppression: false },
      video: false,
    });
    void getPlatform().requestPersistentStorage();
    const db = database();
    const before = totalDurationMs((await listParts(db, interviewId)).filter((p) => p.chunks > 0));
    const { recordingId, part } = await beginPart(db, interviewId, mimeType);
    const audio = new AudioContext();
    const analyser = audio.createAnalyser();
    analyser.fftSize = 2048;
    audio.createMediaStreamSource(stream).connect(analyser);
    const recorder = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: AUDIO_BITS_PER_SECOND });
    const current: Session = {
      interviewId,
      recordingId,
      part,
      offsetMs: before,
      clock: new RecordedClock(),
      recorder,
      stream,
      audio,
      analyser,
      samples: new Float32Array(analyser.fftSize),
      seq: 0,
      writes: Promise.resolve(),
      writeFailed: false,
    };
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) queueChunk(current, event.data);
    });
    recorder.addEventListener('error', () => void endSession(current, 'device-lost'));
    // The microphone unplugged or taken away: what was recorded stays, the screen says so.
    stream.getAudioTracks()[0]?.addEventListener('ended', () => void endSession(current, 'device-lost'));
    session = current;
    recorder.start(CHUNK_MS);
    current.clock.start(performance.now());
    if (options.paused) pauseRecording();
    else useRecorder.setState({ status: 'recording' });
    return true;
  } catch (error) {
    stream?.getTracks().forEach((track) => track.stop());
    void getPlatform()
      .setMicrophone(false)
      .catch(() => undefined);
    session = undefined;
    useRecorder.setState({ status: 'off', interviewId: undefined, problem: microphoneProblem((error as Error)?.name) });
    return false;
  }
}

export function pauseRecording(): void {
  if (!session || session.recorder.state !== 'recording') return;
  session.recorder.pause();
  // The chunk recorded so far goes to the database now, not only when recording resumes.
  session.recorder.requestData();
  session.clock.pause(performance.now());
  useRecorder.setState({ status: 'paused' });
}

export function resumeRecording(): void {
  if (!session || session.recorder.state !== 'paused') return;
  session.recorder.resume();
  session.clock.start(performance.now());
  useRecorder.setState({ status: 'recording' });
}

/** Stops the recorder and waits until its last chunk is stored. */
async function endSession(current: Session, problem?: RecorderState['problem'], onPurpose = false): Promise<void> {
  if (session !== current) return;
  useRecorder.setState({ status: 'stopping' });
  const stopped = new Promise<void>((resolve) => current.recorder.addEventListener('stop', () => resolve(), { once: true }));
  if (current.recorder.state !== 'inactive') {
    current.recorder.stop();
    await stopped;
  }
  current.clock.pause(performance.now());
  await current.writes;
  if (onPurpose) await markRecorderStopped(database(), current.interviewId).catch(() => undefined);
  release(current);
  session = undefined;
  useRecorder.setState({ status: 'off', interviewId: undefined, ...(problem ? { problem } : {}) });
}

/** The researcher stops recording (or the interview ends): opening the interview later does not resume it. */
export function stopRecording(): Promise<void> {
  return session ? endSession(session, undefined, true) : Promise.resolve();
}

/**
 * Leaving the interview screen: the recorder stops but stays "on" for this interview,
 * so coming back resumes it as a new part, as after a crash.
 */
export function suspendRecording(): Promise<void> {
  return session ? endSession(session) : Promise.resolve();
}

export function chooseMicrophone(deviceId: string): void {
  useRecorder.setState({ deviceId });
}
