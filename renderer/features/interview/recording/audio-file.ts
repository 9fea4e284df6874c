/**
 * Checks a recording made elsewhere before it is attached: the platform must be able to
 * play it (a media element loads it, as the player will), and its length is measured on
 * the way. What cannot be played gets a reason the researcher can act on.
 */

/** Larger files are refused: 90 minutes of WAV is about 1 GB, of m4a or mp3 under 100 MB. */
export const MAX_ATTACH_BYTES = 2 * 1024 * 1024 * 1024;

export type AudioFileProblem = 'empty' | 'too-large' | 'format' | 'decode' | 'no-audio';

const TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  m4a: 'audio/mp4',
  mp4: 'audio/mp4',
  aac: 'audio/aac',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  webm: 'audio/webm',
  weba: 'audio/webm',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  flac: 'audio/flac',
};

/** The file's type as stored: what the system said, or else what its extension says. */
export function audioTypeOf(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return TYPE_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

const LOAD_LIMIT_MS = 30_000;

/** The length (ms) of a file the platform plays, or why it cannot. */
export function measureAudio(file: Blob): Promise<{ ok: true; durationMs: number } | { ok: false; problem: AudioFileProblem }> {
  if (file.size === 0) return Promise.resolve({ ok: false, problem: 'empty' });
  if (file.size > MAX_ATTACH_BYTES) return Promise.resolve({ ok: false, problem: 'too-large' });
  const url = URL.createObjectURL(file);
  const audio = new Audio();
  audio.preload = 'metadata';
  return new Promise<{ ok: true; durationMs: number } | { ok: false; problem: AudioFileProblem }>((resolve) => {
    const done = (result: { ok: true; durationMs: number } | { ok: false; problem: AudioFileProblem }) => {
      clearTimeout(limit);
      audio.removeAttribute('src');
      audio.load();
      URL.revokeObjectURL(url);
      resolve(result);
    };
    // A file that neither loads nor fails (a stalled demuxer) must not leave the screen waiting.
    const limit = setTimeout(() => done({ ok: false, problem: 'decode' }), LOAD_LIMIT_MS);
    const finish = () => {
      if (Number.isFinite(audio.duration) && audio.duration > 0) done({ ok: true, durationMs: Math.round(audio.duration * 1000) });
      else done({ ok: false, problem: 'no-audio' });
    };
    audio.addEventListener('error', () =>
      done({ ok: false, problem: audio.error?.code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED ? 'format' : 'decode' }),
    );
    audio.addEventListener('loadedmetadata', () => {
      // A streamed WebM has no length in its header: seeking far makes the element find it.
      if (audio.duration === Infinity) {
        audio.addEventListener('durationchange', () => Number.isFinite(audio.duration) && finish());
        audio.currentTime = Number.MAX_SAFE_INTEGER;
      } else finish();
    });
    audio.src = url;
  });
}
