/**
 * Transcription mode: the interview's recording in one player above the transcript,
 * worked from the keyboard while typing (use-transcription-keys), with a scrubber that
 * marks where each timed turn begins. The recording's parts come as one file with one
 * clock (data/recordings), so a turn's startMs is a position in it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { describeRate } from '../../../../shared/transcription/playback';
import { formatTimestamp } from '../../../../shared/transcription/time';
import { commandById } from '../../../ui/commands';
import { CommandButton } from '../../../ui/commands/CommandButton';
import { database } from '../../../data/instance';
import { recordingBlob, useInterviewRecording } from '../../../data/recordings';
import { setTurnStartSource } from '../interview-actions';
import { useInterview } from '../interview-store';
import { KeySettings } from './KeySettings';
import { useCanTranscribe } from './TranscribeToggle';
import {
  bindElement,
  closeTranscription,
  playbackMs,
  seekTo,
  skipBy,
  stepSpeed,
  togglePlay,
  usePlayer,
} from './player';
import { insertTimestampAtCaret } from './timestamp';
import { useTranscriptionCommands } from './use-transcription-keys';

type Loaded = { status: 'loading' } | { status: 'none' } | { status: 'ready'; url: string } | { status: 'failed'; reason: string };

/** Buttons leave the caret where it was: the transcriber goes on typing. */
const keepFocus = (event: { preventDefault: () => void }) => event.preventDefault();

/**
 * "12000,,63000": the turns' start times in order, which change with the structure, not with
 * typing; worked out again only when the structure changes (typing keeps `turns` and `order`),
 * not on every keystroke.
 */
function useMarkerKey(): string {
  const order = useInterview((s) => s.order);
  const turns = useInterview((s) => s.turns);
  return useMemo(() => order.map((id) => turns[id]?.startMs ?? '').join(','), [order, turns]);
}

function Markers({ durationMs }: { durationMs: number }) {
  const key = useMarkerKey();
  const markers = useMemo(
    () =>
      key
        .split(',')
        .map((value, index) => ({ index, ms: value === '' ? undefined : Number(value) }))
        .filter((m): m is { index: number; ms: number } => m.ms !== undefined && Number.isFinite(m.ms)),
    [key],
  );
  if (durationMs <= 0) return null;
  // To see where turns begin; a click goes through to the slider, and each turn's time in the transcript seeks.
  return (
    <div className="scrubber-markers" aria-hidden="true">
      {markers.map((m) => (
        <span
          key={m.index}
          className="scrubber-marker"
          style={{ left: `${Math.min(100, (m.ms / durationMs) * 100)}%` }}
        />
      ))}
    </div>
  );
}

export function TranscriptionPanel({ interviewId, held }: { interviewId: string; held: boolean }) {
  const { t, i18n } = useTranslation();
  const recording = useInterviewRecording(interviewId);
  const allowed = useCanTranscribe(interviewId, held);
  const commands = useTranscriptionCommands();
  const command = (id: Parameters<typeof commandById<(typeof commands)[number]>>[1]) => commandById(commands, id);
  const { playing, positionMs, durationMs, rate } = usePlayer();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [choosingKeys, setChoosingKeys] = useState(false);
  // Read once the summary says whether there is audio, and again once there is (attached while open).
  const hasAudio = recording === undefined ? undefined : recording.bytes > 0;
  const audio = useRef<HTMLAudioElement>(null);
  const parts = recording?.parts.filter((p) => p.chunks > 0).length ?? 0;
  const storedDuration = recording?.durationMs ?? 0;

  // The file is read once per opening: a recording is not re-read on every chunk written.
  useEffect(() => {
    if (hasAudio === undefined) return;
    let live = true;
    let url: string | undefined;
    recordingBlob(database(), interviewId).then(
      (blob) => {
        if (!live) return;
        if (!blob) return setLoaded({ status: 'none' });
        url = URL.createObjectURL(blob);
        setLoaded({ status: 'ready', url });
      },
      (error: unknown) => live && setLoaded({ status: 'failed', reason: String((error as Error)?.message ?? error) }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [interviewId, hasAudio]);

  useEffect(() => {
    const element = audio.current;
    if (loaded.status !== 'ready' || !element) return;
    return bindElement(element, storedDuration);
  }, [loaded, storedDuration]);

  // New turns begin where playback stands.
  useEffect(() => (loaded.status === 'ready' ? setTurnStartSource(playbackMs) : undefined), [loaded]);

  useEffect(() => () => closeTranscription(), []);

  // The find bar sticks just below the player rather than under it.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty('--transcription-offset', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty('--transcription-offset');
    };
  }, []);
  // A recording started after opening (the interview resumed) ends the mode: it plays only a finished recording.
  useEffect(() => {
    if (recording && !allowed) closeTranscription();
  }, [recording, allowed]);

  return (
    <section ref={panel} className="card transcription-panel" aria-labelledby="transcription-title">
      <div className="pane-head">
        <h2 id="transcription-title">{t('transcription.title')}</h2>
        <div className="actions">
          <button type="button" aria-expanded={choosingKeys} onClick={() => setChoosingKeys((v) => !v)}>
            {t('transcription.keys.open')}
          </button>
          <button type="button" onClick={closeTranscription}>
            {t('transcription.close')}
          </button>
        </div>
      </div>
      {loaded.status === 'loading' && <p className="muted">{t('transcription.loading')}</p>}
      {loaded.status === 'none' && <p role="status">{t('transcription.noRecording')}</p>}
      {loaded.status === 'failed' && (
        <p role="alert">{t('transcription.cannotPlay', { reason: loaded.reason.slice(0, 200) })}</p>
      )}
      {loaded.status === 'ready' && (
        <>
          <audio
            ref={audio}
            src={loaded.url}
            preload="auto"
            onError={() =>
              setLoaded({ status: 'failed', reason: audio.current?.error?.message || String(audio.current?.error?.code) })
            }
          />
          <div className="player-controls" role="group" aria-label={t('transcription.title')}>
            <CommandButton
              command={command('playback.toggle')}
              variant={playing ? 'pause' : 'play'}
              className="primary"
              onMouseDown={keepFocus}
              onClick={togglePlay}
            />
            <CommandButton command={command('playback.back')} variant="back" onMouseDown={keepFocus} onClick={() => skipBy(-1)} />
            <CommandButton
              command={command('playback.forward')}
              variant="forward"
              onMouseDown={keepFocus}
              onClick={() => skipBy(1)}
            />
            <CommandButton
              command={command('playback.slower')}
              variant="slower"
              onMouseDown={keepFocus}
              onClick={() => stepSpeed(-1)}
            />
            <output className="player-rate" aria-live="polite">
              {t('transcription.rate', { rate: describeRate(rate, i18n.language) })}
            </output>
            <CommandButton
              command={command('playback.faster')}
              variant="faster"
              onMouseDown={keepFocus}
              onClick={() => stepSpeed(1)}
            />
            <CommandButton
              command={command('playback.timestamp')}
              variant="insert"
              onMouseDown={keepFocus}
              onClick={() => insertTimestampAtCaret(null)}
            />
          </div>
          <div className="scrubber">
            <input
              type="range"
              min={0}
              max={Math.max(1, Math.round(durationMs / 1000))}
              step={1}
              value={Math.round(positionMs / 1000)}
              aria-label={t('transcription.position')}
              aria-valuetext={t('transcription.positionText', {
                position: formatTimestamp(positionMs),
                duration: formatTimestamp(durationMs),
              })}
              onChange={(e) => seekTo(Number(e.target.value) * 1000)}
            />
            <Markers durationMs={durationMs} />
          </div>
          <p className="player-time">
            <span>
              {t('transcription.positionText', {
                position: formatTimestamp(positionMs),
                duration: formatTimestamp(durationMs),
              })}
            </span>
            {parts > 1 && <span className="muted"> · {t('transcription.parts', { count: parts })}</span>}
          </p>
          <p className="hint">{t('transcription.hint')}</p>
        </>
      )}
      {choosingKeys && <KeySettings onClose={() => setChoosingKeys(false)} />}
    </section>
  );
}
