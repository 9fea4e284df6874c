/**
 * Serves the built renderer (dist/renderer) at app://veldwerk/. This fixed origin owns the
 * researchers' IndexedDB, so it never changes. Only that host is served, only files inside
 * the renderer folder, only GET/HEAD; there is no single-page fallback: an unknown path is
 * a 404. Every response carries the CSP.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { APP_CSP } from './csp';
import { mimeTypeFor } from './mime-types';

export interface AppProtocolOptions {
  /** Absolute path of dist/renderer. */
  rootDir: string;
  readFile?: (filePath: string) => Promise<Uint8Array>;
  csp?: string;
}

/** The only part of a Request this handler reads (a real Request fits). */
export interface AppRequest {
  url: string;
  method?: string;
}

type Resolved = { file: string } | { status: 400 | 403 };

// '..' as a path segment, written plainly or percent-encoded, with / or \ around it.
const DOT_DOT_SEGMENT = /(^|\/|\\|%2f|%5c)(\.|%2e){2}(\/|\\|%2f|%5c|$)/i;

/** Maps a request URL to a file under rootDir, or says why it is refused. */
export function resolveAppPath(rawUrl: string, rootDir: string): Resolved {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return { status: 403 };
  }
  // The URL parser already folds '..' away; check the raw text too so that an attempt is
  // refused outright instead of being quietly served from somewhere else.
  const rawPath = rawUrl.slice(rawUrl.indexOf(APP_HOST) + APP_HOST.length).split(/[?#]/, 1)[0] ?? '';
  if (DOT_DOT_SEGMENT.test(rawPath) || /\\|%5c/i.test(rawPath)) return { status: 403 };

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded === '/' || decoded === '') decoded = '/index.html';
  const segments = decoded.split('/').filter((segment) => segment !== '');
  // After decoding: no parent/self segments, no backslash, no NUL, no drive letters.
  if (segments.some((s) => s === '..' || s === '.' || /[\\\u0000:]/.test(s))) return { status: 403 };

  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(root + path.sep)) return { status: 403 };
  return { file };
}

export function createAppProtocolHandler(options: AppProtocolOptions) {
  const readFile = options.readFile ?? fsReadFile;
  const csp = options.csp ?? APP_CSP;

  const respond = (status: number, body: Uint8Array | string | null, contentType: string) =>
    new Response(body as ConstructorParameters<typeof Response>[0], {
      status,
      headers: {
        'Content-Type': contentType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });

  return async function handleAppRequest(request: AppRequest): Promise<Response> {
    const method = (request.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return respond(405, null, 'text/plain; charset=utf-8');

    const resolved = resolveAppPath(request.url, options.rootDir);
    if ('status' in resolved) return respond(resolved.status, null, 'text/plain; charset=utf-8');

    let bytes: Uint8Array;
    try {
      bytes = await readFile(resolved.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      const missing = code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
      return respond(missing ? 404 : 500, null, 'text/plain; charset=utf-8');
    }
    return respond(200, method === 'HEAD' ? null : bytes, mimeTypeFor(resolved.file));
  };
}
