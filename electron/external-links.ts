/**
 * The one way Veldwerk opens anything outside itself: a validated link handed to the
 * operating system. Only https: web pages and mailto: addresses pass; everything that
 * could run code or reach the file system (javascript:, file:, data:, vbscript:, UNC
 * paths, custom schemes) is refused, however it is spelled.
 */

export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

/** The normalised URL if it is safe to give to the OS, otherwise null. */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) return null;
  // Backslashes (UNC paths such as \\server\share, or https:\\host tricks), whitespace and
  // control characters are never part of a link we mean to open; the URL parser would
  // silently strip or reinterpret them, so refuse them before parsing.
  if (/[\\\s\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null; // relative or malformed: nothing to open
  }
  // URL lower-cases the scheme, so JaVaScRiPt: is caught here too.
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'https:' && (!url.hostname || url.username || url.password)) return null;
  if (url.protocol === 'mailto:' && url.pathname.length === 0) return null;
  return url.href;
}

/** Opens the link if it is safe; returns whether it was opened. Never throws. */
export async function openExternalSafely(raw: unknown, shell: ShellLike): Promise<boolean> {
  const url = safeExternalUrl(raw);
  if (url === null) return false;
  try {
    await shell.openExternal(url);
    return true;
  } catch {
    return false; // no handler for the scheme on this OS: nothing more we can do
  }
}
