/**
 * Security, in one place, imported first by main.ts so that it is armed before anything
 * else runs: the app:// scheme's privileges and the sandbox for every renderer (both
 * only possible before `ready`), guards on every web contents, permission handlers, and
 * the dev-server exception (unpackaged builds only, one loopback origin, its own CSP).
 * The rules themselves live in small files that are tested without Electron.
 */
import { app, protocol, session, shell } from 'electron';
import { APP_SCHEME, devServerOrigin, originOf, trustedOrigin as pickTrustedOrigin } from './app-origin';
import { devCsp } from './csp';
import { openExternalSafely } from './external-links';
import { createMicrophoneSwitch, installPermissionHandlers } from './permissions';
import { guardWebContents } from './web-contents-guard';

/** On only while the interview recorder runs (see permissions.ts); main.ts switches it. */
export const microphone = createMicrophoneSwitch();

export const APP_SCHEME_PRIVILEGES = {
  standard: true, // a real origin (app://veldwerk) with relative URLs, storage and IndexedDB
  secure: true, // a secure context, like https: (needed for storage.persist, crypto.subtle)
  supportFetchAPI: true,
  corsEnabled: false, // nothing outside the app may read its files
  stream: true,
  codeCache: true, // V8 keeps compiled scripts between starts, as it does for https:
} as const;

/** The vite dev server's origin when VELDWERK_DEV_URL is set in an unpackaged app, else null. */
export const devOrigin = devServerOrigin(process.env['VELDWERK_DEV_URL'], app.isPackaged);
/** The one origin that may hold the bridge and be navigated within. */
export const trustedOrigin = pickTrustedOrigin(devOrigin);

export function openExternal(url: unknown): Promise<boolean> {
  return openExternalSafely(url, shell);
}

/** webPreferences for every window Veldwerk creates. */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  } as const;
}

// ---------------------------------------------------------------- before ready

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

app.on('web-contents-created', (_event, contents) => {
  guardWebContents(contents, { trustedOrigin, openExternal });
});

// ---------------------------------------------------------------- once ready

void app.whenReady().then(() => {
  installPermissionHandlers(session.defaultSession, { trustedOrigin, allowMicrophone: microphone.isOn });

  // The dev server sends no CSP of its own; give its pages the dev variant of ours.
  if (devOrigin !== null) {
    const policy = devCsp(devOrigin);
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      if (originOf(details.url) !== devOrigin) return callback({});
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
    });
  }
});
