/**
 * The Content-Security-Policy of the renderer: nothing but the app's own files, no
 * remote content of any kind. The Electron protocol sends it as a header and the
 * built index.html carries it as a meta tag, so both builds obey the same rules.
 * (frame-ancestors only works as a header; the meta tag ignores it harmlessly.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The interview's recording plays from a blob: URL of the audio stored in IndexedDB.
  "media-src 'self' blob:",
  "connect-src 'self'",
  // The export's search runs in a module worker loaded from the app's own files (never a blob:).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
