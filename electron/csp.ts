/**
 * The Content-Security-Policy sent with every app:// response. The policy itself lives in
 * shared/csp.ts, which the vite build also writes into index.html as a meta tag, so the
 * desktop and browser builds obey the same rules. It fits Vite's build output: scripts and
 * styles are files on the same origin (no inline script, no eval); React sets inline
 * `style` attributes, hence 'unsafe-inline' for styles only.
 */
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

export const APP_CSP = CONTENT_SECURITY_POLICY;

/**
 * Development only, for the vite dev server's origin: the React refresh preamble is an
 * inline script and hot reload talks over a websocket to the same host and port.
 */
export function devCsp(devOrigin: string): string {
  const socket = devOrigin.replace(/^http/, 'ws');
  return APP_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${socket}`,
  );
}
