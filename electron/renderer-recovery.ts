/**
 * A renderer that crashes or is killed leaves a dead window. It is loaded again, marked
 * so the renderer tells the researcher what happened; typed text the crash cut off comes
 * back from the journal when the interview opens. A renderer that keeps crashing is not
 * reloaded for ever: past a few crashes a minute the researcher is told instead.
 */

export interface RenderProcessGoneDetails {
  reason: string;
  exitCode: number;
}

/** The part of WebContents this needs; tests pass a fake. */
export interface CrashableContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
  loadURL(url: string): Promise<void>;
}

export interface RecoveryOptions {
  startUrl: string;
  now?: () => number;
  /** Called instead of a reload once the renderer crashed too often in a row. */
  onGiveUp: (details: RenderProcessGoneDetails) => void;
  maxCrashes?: number;
  windowMs?: number;
}

/** The query the renderer reads to say it was restarted (see renderer/main.tsx). */
export const RECOVERED_PARAM = 'recovered';

export function recoveryUrl(startUrl: string, reason: string): string {
  const url = new URL(startUrl);
  url.searchParams.set(RECOVERED_PARAM, reason);
  return url.toString();
}

export function reloadAfterCrash(contents: CrashableContents, options: RecoveryOptions): void {
  const now = options.now ?? Date.now;
  const maxCrashes = options.maxCrashes ?? 3;
  const windowMs = options.windowMs ?? 60_000;
  let crashes: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    // The window closing normally is not a crash.
    if (details.reason === 'clean-exit') return;
    const at = now();
    crashes = [...crashes.filter((time) => at - time < windowMs), at];
    if (crashes.length > maxCrashes) {
      options.onGiveUp(details);
      return;
    }
    void contents.loadURL(recoveryUrl(options.startUrl, details.reason)).catch(() => options.onGiveUp(details));
  });
}
