// Where the time of opening the study overview goes (issue 14): the bench's seeded study
// (200 interviews × 300 turns), the overview opened warm, then a few openings under
// Chromium's CPU profiler and trace. Prints the main thread's work by kind (script, GC,
// style, layout, paint, IndexedDB waits) and the script's self time by function, named by
// its original source through the build's source maps; with PROFILE_ENCRYPTED=1 the same
// after encryption at rest was set up; with PROFILE_AWAY_MS=3500 each opening comes after
// that long away (Dexie's cache of the query emptied: everything read and decrypted again);
// PROFILE_RIGHT_AFTER=1 profiles the encrypted openings from the first after the migration;
// PROFILE_TRACE_DIR=dir keeps each trace there.
//
// Usage: npx vite build && node scripts/profile-overview.mjs   (a diagnostic, not part of npm run bench)
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  encryptSeeded,
  loadFixture,
  passStartScreen,
  previewServer,
  printLoad,
} from './bench-support.mjs';
import { overviewOnce, putRaw, ready, seedBatches } from './bench-overview-seed.mjs';
import { originalPosition } from './source-maps.mjs';

const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const AWAY_MS = Number(process.env.PROFILE_AWAY_MS ?? 0);

/** A CPU profile's position (lines and columns from 0) as its source, or `source:line`. */
function original(url, line, column, withLine = false) {
  if (line < 0) return undefined;
  const pos = originalPosition(url, line + 1, column);
  return pos && (withLine ? `${pos.source}:${pos.line}` : pos.source);
}

/** Self time per original source file and per function, from a CDP CPU profile. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dts = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const ms = (dts[i + 1] ?? 0) / 1000;
    const f = node.callFrame;
    const src =
      original(f.url, f.lineNumber, f.columnNumber) ?? (f.url ? basename(f.url) : `(${f.functionName || 'native'})`);
    const fn = `${f.functionName || '(anonymous)'} ${original(f.url, f.lineNumber, f.columnNumber, true) ?? src}`;
    const bySrc = self.get(src) ?? { ms: 0, fns: new Map() };
    bySrc.ms += ms;
    bySrc.fns.set(fn, (bySrc.fns.get(fn) ?? 0) + ms);
    self.set(src, bySrc);
  }
  return [...self.entries()].sort((a, b) => b[1].ms - a[1].ms);
}

const KINDS = {
  GC: /GC|Scavenge|MarkCompact/i,
  style: /^UpdateLayoutTree$|RecalculateStyles/,
  layout: /^Layout$/,
  paint: /^(Paint|PrePaint|Layerize|Commit|RasterTask)$/,
  script: /^(FunctionCall|EvaluateScript|RunMicrotasks|V8.RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch)$/,
};

function traceSummary(events, windows) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = new Map();
  let tasks = 0;
  let cpu = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid) continue;
    const inside = windows.some(([from, to]) => e.ts >= from && e.ts < to);
    if (!inside) continue;
    if (e.name === 'RunTask') {
      tasks += (e.dur ?? 0) / 1000;
      cpu += (e.tdur ?? 0) / 1000;
    }
    for (const [kind, re] of Object.entries(KINDS)) {
      if (re.test(e.name))
        totals.set(`${kind} (${e.name})`, (totals.get(`${kind} (${e.name})`) ?? 0) + (e.dur ?? 0) / 1000);
    }
  }
  return { tasks, cpu, totals: [...totals.entries()].sort((a, b) => b[1] - a[1]) };
}

async function profiled(page, label) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'v8',
        'blink.user_timing',
        'disabled-by-default-devtools.timeline',
        // The browser process's IndexedDB and LevelDB work, to tell a slow read of ours
        // from the store's own (a compaction).
        'IndexedDB',
        'leveldb',
      ],
      excludedCategories: ['*'],
    },
  });
  const figures = [];
  const marks = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => {
      window.location.hash = '#/respondenten';
    });
    await page.waitForFunction(
      () => document.querySelector('#overview-title') === null && document.querySelector('main h1'),
    );
    if (AWAY_MS > 0) await page.waitForTimeout(AWAY_MS);
    await cdp.send('Profiler.start');
    await page.evaluate((i) => performance.mark(`profile-open-${i}`), i);
    figures.push(await overviewOnce(page));
    await page.evaluate((i) => performance.mark(`profile-shown-${i}`), i);
    const { profile } = await cdp.send('Profiler.stop');
    marks.push(profile);
  }
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  // PROFILE_TRACE_DIR=dir: the trace kept as a file (open it in Chromium's Performance panel).
  if (process.env.PROFILE_TRACE_DIR)
    writeFileSync(
      join(process.env.PROFILE_TRACE_DIR, `overview-${label.replace(/\W+/g, '-')}.json`),
      JSON.stringify({ traceEvents: events }),
    );
  const dom = await page.evaluate(() =>
    [...document.querySelectorAll('main section[aria-labelledby]')].map(
      (s) => `${s.getAttribute('aria-labelledby')}: ${s.querySelectorAll('*').length} elements`,
    ),
  );
  const windows = [];
  for (let i = 0; i < RUNS; i++) {
    const from = events.find((e) => e.name === `profile-open-${i}`)?.ts;
    const to = events.find((e) => e.name === `profile-shown-${i}`)?.ts;
    if (from && to) windows.push([from, to]);
  }
  // The slowest opening as a timeline: each main-thread task of 1 ms or more, from the hash change.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const slowest = windows.reduce((a, w) => (w[1] - w[0] > a[1] - a[0] ? w : a), [0, 0]);
  const [from, to] = slowest;
  const onMain = events.filter(
    (e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid && e.ts >= from && e.ts < to,
  );
  const timeline = [];
  for (const task of onMain.filter((e) => e.name === 'RunTask' && e.dur >= 1000)) {
    const inside = onMain.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e.name !== 'RunTask',
    );
    const kinds = new Map();
    for (const e of inside) {
      const d = e.args?.data ?? {};
      const name =
        e.name === 'FunctionCall'
          ? `script ${original(d.url, (d.lineNumber ?? 1) - 1, Math.max(0, (d.columnNumber ?? 1) - 1)) ?? d.functionName}`
          : e.name;
      if (
        !/GC|Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|Commit|FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks/.test(
          e.name,
        )
      )
        continue;
      kinds.set(name, (kinds.get(name) ?? 0) + e.dur / 1000);
    }
    const top = [...kinds.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`);
    timeline.push(
      `    +${((task.ts - from) / 1000).toFixed(0).padStart(4)} ms  ${(task.dur / 1000).toFixed(1).padStart(6)} ms  ${top.join(' · ')}`,
    );
  }
  console.log(`\n== ${label}: ${figures.map((f) => f.toFixed(0)).join(', ')} ms (open → painted, under the profiler)`);
  console.log('  slowest opening, main-thread tasks ≥ 1 ms:');
  for (const line of timeline) console.log(line);
  // Outside the page's main thread in that opening: the browser's IndexedDB and LevelDB
  // work and any other thread's long events, by name.
  const elsewhere = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || (main && e.pid === main.pid && e.tid === main.tid) || e.ts < from || e.ts >= to) continue;
    if (!/IndexedDB|LevelDB|leveldb|Compact/i.test(`${e.cat} ${e.name}`) && (e.dur ?? 0) < 20_000) continue;
    const key = `${e.cat}: ${e.name}`;
    const m = elsewhere.get(key) ?? { ms: 0, n: 0 };
    m.ms += (e.dur ?? 0) / 1000;
    m.n++;
    elsewhere.set(key, m);
  }
  console.log('  in that opening elsewhere (IndexedDB/LevelDB, or ≥ 20 ms):');
  for (const [k, { ms, n }] of [...elsewhere.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12))
    console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${n}×  ${k}`);
  console.log(`  in the page: ${dom.join('; ')}`);
  const { tasks, cpu, totals } = traceSummary(events, windows);
  console.log(
    `  main thread in tasks: ${(tasks / RUNS).toFixed(1)} ms wall, ${(cpu / RUNS).toFixed(1)} ms CPU (thread time, less hurt by load) per opening; by kind (wall, per opening):`,
  );
  for (const [kind, ms] of totals.slice(0, 14))
    if (ms / RUNS >= 0.5) console.log(`    ${(ms / RUNS).toFixed(1).padStart(7)} ms  ${kind}`);
  const merged = new Map();
  for (const profile of marks) {
    for (const [src, { ms, fns }] of selfTimes(profile)) {
      const m = merged.get(src) ?? { ms: 0, fns: new Map() };
      m.ms += ms;
      for (const [fn, v] of fns) m.fns.set(fn, (m.fns.get(fn) ?? 0) + v);
      merged.set(src, m);
    }
  }
  console.log('  script self time by source (per opening, ≥ 1 ms), top functions:');
  for (const [src, { ms, fns }] of [...merged.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
    if (ms / RUNS < 1) continue;
    console.log(`    ${(ms / RUNS).toFixed(1).padStart(7)} ms  ${src}`);
    for (const [fn, v] of [...fns.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4)) {
      if (v / RUNS >= 0.5) console.log(`      ${(v / RUNS).toFixed(1).padStart(7)} ms  ${fn}`);
    }
  }
}

printLoad('profile-overview');
const fx = await loadFixture();
const { base, stop } = await previewServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(base);
  await passStartScreen(page);
  await page.waitForFunction(ready, null, { timeout: 60_000 });
  for (const batch of seedBatches(fx)) await putRaw(page, batch);
  await page.reload();
  await page.waitForFunction(ready, null, { timeout: 60_000 });
  // An experiment: a stylesheet added to the page before profiling (PROFILE_STYLE='css').
  if (process.env.PROFILE_STYLE) await page.addStyleTag({ content: process.env.PROFILE_STYLE });
  await overviewOnce(page);
  await overviewOnce(page);
  await profiled(page, 'plain');
  if (process.env.PROFILE_ENCRYPTED) {
    await encryptSeeded(page, base);
    await page.waitForFunction(ready, null, { timeout: 60_000 });
    // PROFILE_RIGHT_AFTER=1: the openings right after the migration profiled too (the
    // bench's one slow encrypted opening came there).
    if (!process.env.PROFILE_RIGHT_AFTER) {
      await overviewOnce(page);
      await overviewOnce(page);
    }
    await profiled(page, 'encrypted at rest');
  }
} finally {
  await browser.close();
  stop();
}
