/** The fixed origin and the (development-only) dev server exception. */
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, APP_START_URL, devServerOrigin, originOf, trustedOrigin } from '../../electron/app-origin';
import { devCsp } from '../../electron/csp';

describe('app origin', () => {
  it('is app://veldwerk and never changes (IndexedDB belongs to it)', () => {
    expect(APP_ORIGIN).toBe('app://veldwerk');
    expect(APP_START_URL).toBe('app://veldwerk/index.html');
  });

  it('derives origins, also for the non-special app: scheme', () => {
    expect(originOf('app://veldwerk/index.html')).toBe('app://veldwerk');
    expect(originOf('app://veldwerk')).toBe('app://veldwerk');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });

  it('accepts a dev server URL only unpackaged, over http(s), on a loopback host', () => {
    expect(devServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:4000', false)).toBe('http://127.0.0.1:4000');
    expect(devServerOrigin('http://[::1]:5173', false)).toBe('http://[::1]:5173');
    expect(devServerOrigin('http://localhost:5173/', true)).toBeNull();
    expect(devServerOrigin('https://example.org', false)).toBeNull();
    expect(devServerOrigin('file:///tmp/index.html', false)).toBeNull();
    expect(devServerOrigin('javascript:alert(1)', false)).toBeNull();
    expect(devServerOrigin('', false)).toBeNull();
    expect(devServerOrigin(undefined, false)).toBeNull();
  });

  it('trusts one origin: the app, or in development the dev server instead', () => {
    expect(trustedOrigin(null)).toBe('app://veldwerk');
    expect(trustedOrigin('http://localhost:5173')).toBe('http://localhost:5173');
  });

  it('loosens the dev CSP only for inline scripts and the dev websocket', () => {
    const csp = devCsp('http://localhost:5173');
    expect(csp).toContain("script-src 'self' 'unsafe-inline';");
    expect(csp).toContain("connect-src 'self' ws://localhost:5173;");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
  });
});
