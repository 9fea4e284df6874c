// Recording an interview for ten minutes (BENCH_RECORDING_MINUTES overrides) from a fake
// microphone playing a sox tone, in Chromium against the built app: the page's JS heap
// and the browser's resident memory sampled every 10 s (flat means the audio is not kept
// in memory; the trend is extrapolated to a 90-minute interview), the time each chunk
// takes from the put into IndexedDB to its committed transaction, the stored size
// (extrapolated to 90 minutes), and keystroke-to-paint latency while typing a turn with
// the recorder off and on. Figures only; it exits non-zero only when something crashes.
//
// Usage: node scripts/bench-recording.mjs   (builds the renderer with vite first)
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildRenderer, CHROMIUM_ARGS, passStartScreen, previewServer, printLoad, stats } from './bench-support.mjs';

const MINUTES = Number(process.env.BENCH_RECORDING_MINUTES ?? 10);
const SAMPLE_MS = 10_000;
const KEYSTROKES = 300;
const folder = mkdtempSync(join(tmpdir(), 'veldwerk-bench-recording-'));
const wav = join(folder, 'microphone.wav');
execFileSync('sox', ['-n', '-r', '48000', '-b', '16', '-c', '1', wav, 'synth', '60', 'sine', '220-880', 'vol', '0.5']);

// Times every write into the recordingChunks store: put → transaction complete (strict durability, as the app asks).
function installProbes() {
  window.__chunkWrites = [];
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const request = put.apply(this, args);
    if (this.name === 'recordingChunks') {
      const t0 = performance.now();
      this.transaction.addEventListener('complete', () => window.__chunkWrites.push(performance.now() - t0));
    }
    return request;
  };
  window.__lat = [];
  document.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__lat.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    },
    true,
  );
}

/** Resident memory (MB) of the browser and every process it started. */
function browserRssMb(rootPid) {
  const out = execSync('ps -e -o pid=,ppid=,rss=').toString();
  const rows = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid, kb]));
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function typeTurn(page, text) {
  await page.evaluate(() => (window.__lat = []));
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForTimeout(300);
  return stats(await page.evaluate(() => window.__lat));
}

printLoad('bench-recording');
buildRenderer();
const server = await previewServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    ...CHROMIUM_ARGS,
    // Frames as soon as there is something to draw (as in bench-interview): the latency is
    // then what the page costs, not the wait for a 60 Hz tick.
    '--disable-frame-rate-limit',
    '--disable-gpu-vsync',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}`,
  ],
});
try {
  const browserPid = Number(execSync(`pgrep -o -f "${wav}" || true`).toString().trim()) || undefined;
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 900 } });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  await page.goto(server.base);
  await passStartScreen(page);
  await page.getByRole('button', { name: 'Respondent toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Nieuwe respondent' });
  await form.getByLabel('Naam').fill('Bench Respondent');
  await form.getByLabel('Type respondent').selectOption({ label: 'Manager' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('button', { name: 'Interview met Bench Respondent voorbereiden' }).click();
  await page.getByRole('button', { name: 'Interview starten' }).click();
  await page.getByRole('radio', { name: 'Gegeven' }).check();
  await page.getByRole('checkbox', { name: 'Anonimiteit uitgelegd' }).check();
  await page.getByRole('button', { name: 'Interview beginnen' }).click();
  const sentence = 'We beginnen maandag met een overleg en daarna werkt iedereen aan zijn dossiers. '
    .repeat(5)
    .slice(0, KEYSTROKES);
  const idle = await typeTurn(page, sentence);

  const strip = page.getByRole('region', { name: 'Opname' });
  await strip.getByRole('button', { name: 'Opname starten' }).click();
  await strip.getByRole('status').filter({ hasText: 'Opname loopt' }).waitFor();
  // Typing while the recorder runs, before the memory samples, so a new turn's allocations do not count as a trend.
  const recordingLatency = await typeTurn(page, sentence);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1024 / 1024;
  };
  const heapPoints = [];
  const rssPoints = [];
  const started = Date.now();
  console.log(`Recording for ${MINUTES} min (a sample every ${SAMPLE_MS / 1000} s)…`);
  while (Date.now() - started < MINUTES * 60_000) {
    await page.waitForTimeout(SAMPLE_MS);
    const minute = (Date.now() - started) / 60_000;
    heapPoints.push({ x: minute, y: await heap() });
    if (browserPid) rssPoints.push({ x: minute, y: browserRssMb(browserPid) });
  }
  const writes = stats(await page.evaluate(() => window.__chunkWrites));
  const sizeText = await strip.locator('.recording-size').textContent();
  await strip.getByRole('button', { name: 'Opname stoppen' }).click();
  await strip.getByRole('status').filter({ hasText: 'Opname bewaard' }).waitFor();
  const stored = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('veldwerk');
        open.onsuccess = () => {
          const req = open.result.transaction('recordings').objectStore('recordings').getAll();
          req.onsuccess = () => resolve(req.result[0].parts.reduce((s, p) => s + p.bytes, 0));
        };
      }),
  );

  const heapSlope = slope(heapPoints);
  const rssSlope = rssPoints.length > 2 ? slope(rssPoints) : undefined;
  const mb = (v) => `${v.toFixed(1)} MB`;
  console.log('');
  console.log(`Recording benchmark: ${MINUTES} min of Opus at 32 kbit/s, a chunk a second`);
  console.log(
    `  JS heap (after GC)      start ${mb(heapPoints[0].y)}  end ${mb(heapPoints.at(-1).y)}  trend ${(heapSlope * 1000).toFixed(0)} kB/min  → +${mb(heapSlope * (90 - MINUTES))} by 90 min   target: flat (< 1 MB growth by 90 min)  ${Math.abs(heapSlope * (90 - MINUTES)) < 1 ? 'holds' : 'MISSED'}`,
  );
  if (rssSlope !== undefined)
    console.log(
      `  browser resident memory start ${mb(rssPoints[0].y)}  end ${mb(rssPoints.at(-1).y)}  trend ${(rssSlope * 1000).toFixed(0)} kB/min  → +${mb(rssSlope * (90 - MINUTES))} by 90 min (whole browser: figures only)`,
    );
  console.log(
    `  chunk write (put → committed, strict)  n ${writes.n}  p50 ${writes.p50.toFixed(1)} ms  p95 ${writes.p95.toFixed(1)} ms  max ${writes.max.toFixed(1)} ms   target: p95 < 100 ms (well inside the 1 s between chunks)  ${writes.p95 < 100 ? 'holds' : 'MISSED'}`,
  );
  console.log(
    `  stored audio            ${mb(stored / 1024 / 1024)} (shown: ${sizeText})  → ${mb((stored / 1024 / 1024) * (90 / MINUTES))} for 90 min`,
  );
  const diff = recordingLatency.p50 - idle.p50;
  console.log(
    `  keystroke → paint, p50  not recording ${idle.p50.toFixed(1)} ms   recording ${recordingLatency.p50.toFixed(1)} ms   difference ${diff.toFixed(1)} ms   target: within 1 ms  ${Math.abs(diff) <= 1 ? 'holds' : 'MISSED'}`,
  );
  console.log(
    `  keystroke → paint, p95  not recording ${idle.p95.toFixed(1)} ms   recording ${recordingLatency.p95.toFixed(1)} ms`,
  );
} finally {
  await browser.close();
  server.stop();
  rmSync(folder, { recursive: true, force: true });
}
