/**
 * electron/security.ts is the thin Electron-facing glue; here it runs against a fake
 * `electron` module to check what it arms on import and once the app is ready.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_CSP } from '../../electron/csp';

type Handler = (...args: never[]) => unknown;

function fakeElectron(isPackaged: boolean) {
  const appListeners = new Map<string, Handler>();
  let headersHook: Handler | undefined;
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn((hook: Handler) => (headersHook = hook)) },
  };
  return {
    module: {
      app: {
        isPackaged,
        enableSandbox: vi.fn(),
        on: vi.fn((event: string, listener: Handler) => appListeners.set(event, listener)),
        whenReady: () => Promise.resolve(),
      },
      protocol: { registerSchemesAsPrivileged: vi.fn() },
      session: { defaultSession },
      shell: { openExternal: vi.fn(async () => undefined) },
    },
    appListeners,
    defaultSession,
    headersHook: () => headersHook,
  };
}

let fake: ReturnType<typeof fakeElectron>;

async function loadSecurity(options: { isPackaged: boolean; devUrl?: string }) {
  vi.resetModules();
  if (options.devUrl === undefined) delete process.env['VELDWERK_DEV_URL'];
  else process.env['VELDWERK_DEV_URL'] = options.devUrl;
  fake = fakeElectron(options.isPackaged);
  vi.doMock('electron', () => fake.module);
  const security = await import('../../electron/security');
  await Promise.resolve(); // let the whenReady callback run
  return security;
}

beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => {
  vi.doUnmock('electron');
  delete process.env['VELDWERK_DEV_URL'];
  vi.restoreAllMocks();
});

describe('electron/security.ts', () => {
  it('registers app:// as a privileged standard, secure scheme and enables the sandbox on import', async () => {
    await loadSecurity({ isPackaged: true });
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: false,
          stream: true,
          codeCache: true,
        },
      },
    ]);
    expect(fake.module.app.enableSandbox).toHaveBeenCalledOnce();
  });

  it('guards every new web contents', async () => {
    await loadSecurity({ isPackaged: true });
    const created = fake.appListeners.get('web-contents-created');
    expect(created).toBeDefined();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    (created as (event: unknown, contents: unknown) => void)({}, contents);
    expect(contents.on.mock.calls.map(([event]) => event).sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    );
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
    expect(openHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(fake.module.shell.openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('installs the permission handlers once ready, and no dev CSP in production', async () => {
    const security = await loadSecurity({ isPackaged: true, devUrl: 'http://localhost:5173' });
    expect(security.devOrigin).toBeNull(); // a packaged app ignores VELDWERK_DEV_URL
    expect(security.trustedOrigin).toBe('app://veldwerk');
    expect(fake.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.defaultSession.setDevicePermissionHandler).toHaveBeenCalledOnce();
    expect(fake.defaultSession.webRequest.onHeadersReceived).not.toHaveBeenCalled();
  });

  it('in development trusts exactly the dev server origin and gives only its pages the dev CSP', async () => {
    const security = await loadSecurity({ isPackaged: false, devUrl: 'http://localhost:5173/' });
    expect(security.devOrigin).toBe('http://localhost:5173');
    expect(security.trustedOrigin).toBe('http://localhost:5173');

    const hook = fake.headersHook() as (details: object, callback: (response: object) => void) => void;
    const answer = (url: string) => {
      let response: object | undefined;
      hook({ url, responseHeaders: { 'X-Test': ['1'] } }, (r) => (response = r));
      return response as { responseHeaders?: Record<string, string[]> };
    };
    const dev = answer('http://localhost:5173/src/main.tsx');
    expect(dev.responseHeaders?.['X-Test']).toEqual(['1']);
    expect(dev.responseHeaders?.['Content-Security-Policy']?.[0]).toContain('ws://localhost:5173');
    expect(answer('https://example.org/').responseHeaders).toBeUndefined();
  });

  it('ignores a dev URL that is not on a loopback host', async () => {
    const security = await loadSecurity({ isPackaged: false, devUrl: 'http://evil.example:5173' });
    expect(security.devOrigin).toBeNull();
  });

  it('builds webPreferences with sandbox and isolation on and Node off', async () => {
    const { secureWebPreferences } = await loadSecurity({ isPackaged: true });
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('lets the app start workers from its own files only: no blob: or data: workers', () => {
    const directive = (name: string) => APP_CSP.split('; ').find((d) => d.startsWith(`${name} `));
    expect(directive('worker-src')).toBe("worker-src 'self'");
    expect(directive('script-src')).toBe("script-src 'self'");
  });
});

describe('CSP', () => {
  it('is the strict policy, exactly', () => {
    expect(APP_CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; media-src 'self' blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; " +
        "frame-ancestors 'none'",
    );
  });

  it('lets the app start workers from its own files only: no blob: or data: workers', () => {
    const directive = (name: string) => APP_CSP.split('; ').find((d) => d.startsWith(`${name} `));
    expect(directive('worker-src')).toBe("worker-src 'self'");
    expect(directive('script-src')).toBe("script-src 'self'");
  });
});
