/**
 * Where the renderer lives. Production always serves it from `app://veldwerk/`; IndexedDB
 * (all of a researcher's data) belongs to that origin, so these constants must never
 * change once released. A development build may point at the vite dev server instead.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'veldwerk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server's origin from `VELDWERK_DEV_URL`, or null. Only honoured in an unpackaged
 * app and only for http(s) on a loopback host: a packaged app that loaded a URL from the
 * environment would hand the bridge to whatever page that URL serves.
 */
export function devServerOrigin(devUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !devUrl) return null;
  let url: URL;
  try {
    url = new URL(devUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.origin;
}

/**
 * The origin of a URL as the renderer sees it. Node's URL gives 'null' as the origin of
 * non-special schemes such as app:, so that one is built by hand.
 */
export function originOf(rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host ? `${APP_SCHEME}://${url.host}` : null;
  return url.origin === 'null' ? null : url.origin;
}

/**
 * The one origin allowed to hold the bridge and to be navigated within: the app's, or in
 * development the dev server's instead (never both, never anything else).
 */
export function trustedOrigin(devOrigin: string | null): string {
  return devOrigin ?? APP_ORIGIN;
}
