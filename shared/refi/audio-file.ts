/**
 * The file extension a recording gets in a REFI-QDA project's sources/ folder: the one
 * its own name had (a phone's .m4a), else the one its media type means, so that the
 * importing program knows how to play it.
 */
const KNOWN = new Set(['m4a', 'mp3', 'wav', 'webm', 'ogg', 'opus', 'aac', 'flac', 'mp4']);

const BY_TYPE: readonly [RegExp, string][] = [
  [/^audio\/webm\b|^video\/webm\b/, 'webm'],
  [/^audio\/ogg\b|^application\/ogg\b/, 'ogg'],
  [/^audio\/(mp4|x-m4a|m4a|aac)\b/, 'm4a'],
  [/^audio\/(mpeg|mp3)\b/, 'mp3'],
  [/^audio\/(wav|x-wav|wave|vnd\.wave)\b/, 'wav'],
  [/^audio\/(flac|x-flac)\b/, 'flac'],
];

export function audioExtension(mimeType: string, fileName?: string): string {
  const own = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (own && KNOWN.has(own)) return own;
  const type = mimeType.toLowerCase().trim();
  return BY_TYPE.find(([pattern]) => pattern.test(type))?.[1] ?? 'bin';
}
