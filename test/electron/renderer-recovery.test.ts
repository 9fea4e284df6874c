/** A crashed renderer is loaded again with a mark for its message; a crash loop is stopped. */
import { describe, expect, it } from 'vitest';
import { reloadAfterCrash, type RenderProcessGoneDetails } from '../../electron/renderer-recovery';

function fakeContents() {
  let listener: ((event: unknown, details: RenderProcessGoneDetails) => void) | undefined;
  const loaded: string[] = [];
  return {
    loaded,
    on(_event: 'render-process-gone', l: (event: unknown, details: RenderProcessGoneDetails) => void) {
      listener = l;
    },
    async loadURL(url: string) {
      loaded.push(url);
    },
    crash(reason: string) {
      listener?.({}, { reason, exitCode: 9 });
    },
  };
}

describe('reloadAfterCrash', () => {
  it('reloads the start page marked as recovered after a crash or a kill', () => {
    const contents = fakeContents();
    const gaveUp: string[] = [];
    reloadAfterCrash(contents, { startUrl: 'app://veldwerk/index.html', onGiveUp: (d) => gaveUp.push(d.reason) });
    contents.crash('crashed');
    contents.crash('killed');
    expect(contents.loaded).toEqual([
      'app://veldwerk/index.html?recovered=crashed',
      'app://veldwerk/index.html?recovered=killed',
    ]);
    expect(gaveUp).toEqual([]);
  });

  it('does nothing when the renderer exits normally', () => {
    const contents = fakeContents();
    reloadAfterCrash(contents, { startUrl: 'app://veldwerk/index.html', onGiveUp: () => {} });
    contents.crash('clean-exit');
    expect(contents.loaded).toEqual([]);
  });

  it('stops reloading a renderer that crashes again and again, and reloads once a minute has passed', () => {
    const contents = fakeContents();
    let time = 0;
    const gaveUp: string[] = [];
    reloadAfterCrash(contents, {
      startUrl: 'app://veldwerk/index.html',
      now: () => time,
      onGiveUp: (d) => gaveUp.push(d.reason),
    });
    for (let i = 0; i < 4; i++) {
      contents.crash('oom');
      time += 1000;
    }
    expect(contents.loaded).toHaveLength(3);
    expect(gaveUp).toEqual(['oom']);
    time += 60_000;
    contents.crash('oom');
    expect(contents.loaded).toHaveLength(4);
  });
});
