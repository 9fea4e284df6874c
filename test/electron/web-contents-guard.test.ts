/** Navigation guard, <webview> refusal and the new-window handler, on a fake WebContents. */
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../electron/app-origin';
import { guardWebContents, isNavigationAllowed } from '../../electron/web-contents-guard';

type Listener = (event: { preventDefault(): void; url?: string }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  return {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
    /** Emits like Electron does; returns whether a listener prevented it. */
    emit(event: string, url?: string) {
      let prevented = false;
      for (const listener of listeners.get(event) ?? []) listener({ url, preventDefault: () => (prevented = true) });
      return prevented;
    },
    openWindow(url: string) {
      return openHandler?.({ url });
    },
  };
}

describe('isNavigationAllowed', () => {
  it.each([
    ['app://veldwerk/index.html', true],
    ['app://veldwerk/', true],
    ['app://veldwerk/index.html#/studie/3', true],
    ['app://other/index.html', false],
    ['app://veldwerk.evil/', false],
    ['https://veldwerk/', false],
    ['https://example.org/', false],
    ['file:///etc/passwd', false],
    ['http://localhost:5173/', false],
    ['javascript:alert(1)', false],
    ['about:blank', false],
    ['', false],
  ])('%s → %s', (url, allowed) => {
    expect(isNavigationAllowed(url, APP_ORIGIN)).toBe(allowed);
  });

  it('in development allows exactly the dev server origin and nothing else', () => {
    const dev = 'http://localhost:5173';
    expect(isNavigationAllowed('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isNavigationAllowed('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isNavigationAllowed('https://localhost:5173/', dev)).toBe(false);
    expect(isNavigationAllowed('app://veldwerk/index.html', dev)).toBe(false);
  });
});

describe('guardWebContents', () => {
  const setup = () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(contents, { trustedOrigin: APP_ORIGIN, openExternal });
    return { contents, openExternal };
  };

  it('prevents attaching a <webview>', () => {
    expect(setup().contents.emit('will-attach-webview')).toBe(true);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: stays within app://veldwerk, refuses everything else',
    (event) => {
      const { contents, openExternal } = setup();
      expect(contents.emit(event, 'app://veldwerk/index.html')).toBe(false);
      expect(contents.emit(event, 'https://example.org/')).toBe(true);
      expect(contents.emit(event, 'file:///etc/passwd')).toBe(true);
      expect(contents.emit(event, undefined)).toBe(true);
      // Navigation is only refused; opening the browser is for target=_blank links.
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('denies every new window and passes its URL to the external-link helper', () => {
    const { contents, openExternal } = setup();
    expect(contents.openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://veldwerk/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://example.org/',
      'javascript:alert(1)',
      'app://veldwerk/index.html',
    ]);
  });
});
