/**
 * A Chromium we start ourselves, on a profile folder that outlives it, so a test can
 * kill it the hard way (SIGKILL: no beforeunload, no pagehide, no clean shutdown) and
 * start it again on the same data, as after a crash or a power cut.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium-flags';

export interface RunningChromium {
  browser: Browser;
  kill(): Promise<void>;
}

/** `extraArgs`: more Chromium flags, e.g. a fake microphone. */
export async function startChromium(userDataDir: string, extraArgs: readonly string[] = []): Promise<RunningChromium> {
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    ['--headless', ...CHROMIUM_FLAGS, ...extraArgs, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return {
    browser,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        // The whole process group: browser, renderers and helpers die at once.
        process.kill(-child.pid!, 'SIGKILL');
      }),
  };
}
