// Where the cold start's time goes (issue 14): a few new pages on the app (example study,
// encryption declined) from navigation to the first screen, under Chromium's trace and CPU
// profiler. Prints, per start, the main thread's time in tasks (wall and CPU: thread time is
// less hurt by a busy machine) against the time it waited (for a core, the network, IndexedDB),
// its self time by kind of work, the script's self time by original source (through the
// build's source maps), and for the last start a timeline of tasks and scripts loaded.
//
// Usage: npx vite build && node scripts/profile-startup.mjs   (a diagnostic, not part of npm run bench)
import { basename } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, contextAfterFirstStart, previewServer, printLoad } from './bench-support.mjs';
import { originalPosition } from './source-maps.mjs';

const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-devtools.timeline',
];

/** Self time of a CPU profile by original source file (packages as one), and by function within each. */
function selfBySource(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const f = byId.get(profile.samples[i]).callFrame;
    const pos = originalPosition(f.url, f.lineNumber + 1, f.columnNumber);
    const source = pos
      ? pos.source.replace(/^((?:@[^/]+\/)?[^/]+)\/.*$/, (whole, pkg) =>
          whole.includes('renderer/') || whole.includes('shared/') ? whole : pkg,
        )
      : f.url
        ? basename(f.url)
        : `(${f.functionName || 'native'})`;
    const fn = pos ? `${f.functionName || '(anonymous)'} ${pos.source}:${pos.line}` : f.functionName || '(anonymous)';
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const entry = self.get(source) ?? { ms: 0, fns: new Map() };
    entry.ms += ms;
    entry.fns.set(fn, (entry.fns.get(fn) ?? 0) + ms);
    self.set(source, entry);
  }
  return self;
}

/** Self time per event name (each event's time less that of the events inside it), of events sorted by start. */
function selfTimes(events) {
  const done = [];
  const open = [];
  for (const e of events) {
    while (open.length && open.at(-1).end <= e.ts) done.push(open.pop());
    if (open.length) open.at(-1).self -= e.dur;
    open.push({ name: e.name, self: e.dur, end: e.ts + e.dur });
  }
  done.push(...open);
  const self = new Map();
  for (const node of done) self.set(node.name, (self.get(node.name) ?? 0) + Math.max(0, node.self) / 1000);
  return self;
}

/** The main thread from navigation to the first screen: tasks, waits, self time per kind of work. */
function traceWindow(events) {
  const mark = events.find((e) => e.name === 'profile-first-screen');
  if (!mark) return undefined;
  const onMain = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid);
  const from = onMain.filter((e) => e.name === 'navigationStart' && e.ts <= mark.ts).at(-1)?.ts;
  if (from === undefined) return undefined;
  const to = mark.ts;
  const inside = onMain
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts < to)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let end = -Infinity;
  for (const e of inside) {
    if (e.ts >= end) {
      tasks.push(e);
      end = e.ts + e.dur;
    }
  }
  return {
    inside,
    self: selfTimes(inside),
    from,
    to,
    wall: (to - from) / 1000,
    inTasks: tasks.reduce((sum, t) => sum + t.dur, 0) / 1000,
    cpu: tasks.reduce((sum, t) => sum + (t.tdur ?? t.dur), 0) / 1000,
    tasks,
  };
}

async function profiledStart(context, base) {
  const page = await context.newPage();
  await page.route(`${base}profile-empty.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>leeg</title>' }),
  );
  // Same origin first, so that the app's page stays in the process the profiler watches.
  await page.goto(`${base}profile-empty.html`);
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.body?.dataset.ready !== 'true' || !document.querySelector('main h1')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        performance.mark('profile-first-screen');
        window.firstScreen = {
          ms: performance.now(),
          scripts: performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js'))
            .map((e) => ({ file: new URL(e.name).pathname.split('/').pop(), start: e.startTime, end: e.responseEnd })),
        };
      });
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  await cdp.send('Profiler.start');
  await page.goto(base);
  const shown = await (await page.waitForFunction(() => window.firstScreen, null, { timeout: 60_000 })).jsonValue();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traced;
  await cdp.detach();
  await page.close();
  return { shown, trace: traceWindow(events), bySource: selfBySource(profile) };
}

const fmt = (ms) => ms.toFixed(1).padStart(7);

printLoad('profile-startup');
const { base, stop } = await previewServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const { context, first } = await contextAfterFirstStart(browser, base);
  await first.close();
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await profiledStart(context, base));
  console.log(`\nVeldwerk cold start under the profiler — ${RUNS} starts, Chromium ${browser.version()}`);
  console.log('  start   shown   main thread in tasks (wall / CPU)   waiting');
  for (const [i, { shown, trace }] of runs.entries()) {
    if (!trace) {
      console.log(`  ${i + 1}  ${fmt(shown.ms)} ms  (no trace window)`);
      continue;
    }
    console.log(
      `  ${i + 1}  ${fmt(shown.ms)} ms  ${fmt(trace.inTasks)} / ${fmt(trace.cpu)} ms  ${fmt(trace.wall - trace.inTasks)} ms`,
    );
  }
  const traced = runs.filter((r) => r.trace);
  const mean = (values) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const merge = (maps) => {
    const sum = new Map();
    for (const m of maps) for (const [k, v] of m) sum.set(k, (sum.get(k) ?? 0) + v / maps.length);
    return [...sum.entries()].sort((a, b) => b[1] - a[1]);
  };
  console.log(
    `\n  main thread self time by kind of work (mean per start, ≥ 1 ms), of ${fmt(mean(traced.map((r) => r.trace.inTasks)))} ms in tasks:`,
  );
  for (const [name, ms] of merge(traced.map((r) => r.trace.self)))
    if (ms >= 1) console.log(`    ${fmt(ms)} ms  ${name}`);
  console.log('\n  script self time by source (CPU profile, mean per start, ≥ 1 ms), top functions:');
  const sources = new Map();
  for (const run of runs) {
    for (const [source, { ms, fns }] of run.bySource) {
      const entry = sources.get(source) ?? { ms: 0, fns: new Map() };
      entry.ms += ms / runs.length;
      for (const [fn, v] of fns) entry.fns.set(fn, (entry.fns.get(fn) ?? 0) + v / runs.length);
      sources.set(source, entry);
    }
  }
  for (const [source, { ms, fns }] of [...sources].sort((a, b) => b[1].ms - a[1].ms)) {
    if (ms < 1) continue;
    console.log(`    ${fmt(ms)} ms  ${source}`);
    if (source.startsWith('(')) continue;
    for (const [fn, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 4))
      if (v >= 0.5) console.log(`      ${fmt(v)} ms  ${fn}`);
  }
  const last = runs.at(-1);
  console.log('\n  last start: scripts loaded (ms from navigation: requested → arrived)');
  for (const s of last.shown.scripts) console.log(`    ${fmt(s.start)} → ${fmt(s.end)}  ${s.file}`);
  if (last.trace) {
    console.log('  last start: main-thread tasks ≥ 2 ms (ms from navigation, length, largest parts)');
    for (const task of last.trace.tasks.filter((t) => t.dur >= 2000)) {
      const within = last.trace.inside.filter(
        (e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task,
      );
      const parts = [...selfTimes(within)]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 3)
        .map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
      console.log(`    +${fmt((task.ts - last.trace.from) / 1000)}  ${fmt(task.dur / 1000)} ms  ${parts.join(' · ')}`);
    }
  }
} finally {
  await browser.close();
  stop();
}
