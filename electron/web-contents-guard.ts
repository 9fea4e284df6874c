/**
 * Hardening applied to every web contents Electron creates (windows, and anything a
 * compromised page might try to open): no <webview>, no navigation away from the trusted
 * origin, no new windows. Links to the outside world leave through openExternalSafely.
 */
import { originOf } from './app-origin';

/** True only for URLs on the trusted origin (app://veldwerk, or the dev server in dev). */
export function isNavigationAllowed(url: string, trustedOrigin: string): boolean {
  return originOf(url) === trustedOrigin;
}

interface PreventableEvent {
  preventDefault(): void;
  /** Set by Electron on will-navigate, will-frame-navigate and will-redirect. */
  url?: string;
}

/** The part of Electron's WebContents this module uses. */
export interface GuardedContents {
  on(event: string, listener: (event: PreventableEvent, ...args: never[]) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardOptions {
  trustedOrigin: string;
  /** Called for every new-window attempt; decides itself whether the URL may leave (external-links.ts). */
  openExternal: (url: string) => unknown;
}

export function guardWebContents(contents: GuardedContents, options: GuardOptions): void {
  // <webview> would embed a second, less controlled renderer; the app never needs one.
  contents.on('will-attach-webview', (event) => event.preventDefault());

  // will-navigate covers the main frame, will-frame-navigate every frame, will-redirect
  // server redirects. A plain <a href="https://…"> is refused rather than opened: opening
  // the browser is reserved for deliberate new-window links (target="_blank").
  const denyForeign = (event: PreventableEvent) => {
    if (!isNavigationAllowed(event.url ?? '', options.trustedOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-frame-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);

  // Never a second Electron window; safe links go to the user's browser or mail program.
  contents.setWindowOpenHandler(({ url }) => {
    void options.openExternal(url);
    return { action: 'deny' };
  });
}
