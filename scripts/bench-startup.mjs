// Times the app's cold start: a new page on the app until its first screen (the
// respondents list of the example study) is interactive, beside an empty page from the
// same server in the same run; and the JavaScript the first screen loaded, by source,
// with the libraries that must not be on the start path named.
// Figures beside their targets; noisy on a shared machine, so medians and p95 over
// repetitions. Exits non-zero only when something crashes.
//
// Usage: node scripts/bench-startup.mjs   (builds the renderer first; BENCH_NO_BUILD=1 skips that)
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bundleBreakdown, printBreakdown } from './bench-bundle.mjs';
import { buildRenderer, CHROMIUM_ARGS, passStartScreen, previewServer, printLoad, printTable, stats } from './bench-support.mjs';

const REPETITIONS = 15;

/** Sources that belong to screens or moments other than the first screen (see test/unit/app/start-bundle.test.ts). */
export const NOT_ON_START_PATH = [/^zod$/, /^@noble\//, /^fflate$/, /^docx$/, /^minisearch$/, /^papaparse$/, /renderer\/i18n\/en/];

/**
 * A new page until the first screen is interactive (ms since navigation start: the first
 * frame with the first screen's heading), and the script it loaded by then. A mutation
 * observer installed before the app's own script notes the scripts when the heading
 * appears, so that a late look (on a busy machine) does not count what loads after it
 * when idle (the full record check, the other screens' texts).
 */
export async function coldStartOnce(context, url) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.body?.dataset.ready !== 'true' || !document.querySelector('main h1')) return;
      observer.disconnect();
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => ({ name: e.name, bytes: e.decodedBodySize }));
      requestAnimationFrame(() => (window.firstScreen = { ms: performance.now(), scripts }));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.firstScreen, null, { timeout: 60_000 });
  const { ms, scripts } = await handle.jsonValue();
  await page.close();
  return { ms, scriptBytes: scripts.reduce((sum, s) => sum + s.bytes, 0), scriptFiles: scripts.map((s) => s.name) };
}

/** The floor: an empty page from the same server until its first frame. */
export async function emptyStartOnce(context, base) {
  const page = await context.newPage();
  await page.route(`${base}bench-empty.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><h1>leeg</h1>' }),
  );
  await page.goto(`${base}bench-empty.html`);
  const ms = await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
  await page.close();
  return ms;
}

/**
 * Cold start `repetitions` times on a database with only the example study (installed by
 * a first start that declines encryption), each beside an empty page.
 */
export async function measureColdStart(context, base, repetitions = REPETITIONS) {
  const first = await context.newPage();
  await first.goto(base);
  await passStartScreen(first);
  await first.close();
  const cold = [];
  const empty = [];
  let scriptBytes = 0;
  let scriptFiles = [];
  for (let i = 0; i < repetitions; i++) {
    empty.push(await emptyStartOnce(context, base));
    const run = await coldStartOnce(context, base);
    cold.push(run.ms);
    scriptBytes = run.scriptBytes;
    scriptFiles = run.scriptFiles;
  }
  return { cold: stats(cold), empty: stats(empty), kB: scriptBytes / 1000, scriptFiles };
}

export function printColdStart({ cold, empty, kB, scriptFiles }) {
  printTable('Cold start: navigation → first screen interactive (floor: an empty page from the same server)', [
    { figure: 'cold start p50', value: cold.p50, floor: empty.p50, target: '< 400 ms', holds: cold.p50 < 400 },
    { figure: 'cold start p95', value: cold.p95, floor: empty.p95, target: '< 400 ms', holds: cold.p95 < 400 },
    { figure: 'first screen JS', value: kB, unit: 'kB', target: '< 400 kB', holds: kB < 400 },
  ]);
  const breakdown = bundleBreakdown(scriptFiles);
  printBreakdown(`The first screen's JavaScript by source (${scriptFiles.length} files)`, breakdown, 16);
  const misplaced = breakdown.filter(([source]) => NOT_ON_START_PATH.some((re) => re.test(source)));
  console.log(
    misplaced.length === 0
      ? '  none of zod, @noble/*, fflate, docx, minisearch, papaparse, English texts on the start path'
      : `  MISPLACED on the start path: ${misplaced.map(([s, n]) => `${s} (${(n / 1000).toFixed(1)} kB)`).join(', ')}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printLoad('bench-startup');
  buildRenderer();
  const { base, stop } = await previewServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const result = await measureColdStart(context, base);
    console.log('');
    console.log(`Veldwerk cold start — headless Chromium ${browser.version()} (--disable-gpu)`);
    console.log(`${REPETITIONS} repetitions; medians (p50) and p95. A shared machine makes these noisy.`);
    printColdStart(result);
  } finally {
    await browser.close();
    stop();
  }
}
