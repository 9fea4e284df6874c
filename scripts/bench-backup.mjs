// Times a backup and a restore of a study of 200 held interviews × 300 turns (30 words a
// turn; 60,000 turns, 1.8 M words) in Chromium's own IndexedDB, and prints the file's size.
// The code timed is the app's own (renderer/data/backup.ts and shared/backup/), bundled
// with esbuild for the browser and run in a page of the app's origin (the preview server),
// so IndexedDB, zod, gzip and WebCrypto are Chromium's, as in the app.
// Targets (issue 10): backup < 5 s, restore < 10 s.
//
// Usage: node scripts/bench-backup.mjs   (BENCH_NO_BUILD=1 skips the vite build)
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import {
  buildRenderer,
  CHROMIUM_ARGS,
  loadFixture,
  passStartScreen,
  previewServer,
  printLoad,
  printTable,
  root,
} from './bench-support.mjs';
import { INTERVIEWS, TURNS, seedBatches } from './bench-overview-seed.mjs';

const REPETITIONS = 3;

async function benchBundle() {
  const out = await build({
    stdin: {
      contents:
        "import { makeBackup, openBackup, replaceWith, readAllTables } from './renderer/data/backup.ts';\n" +
        "import { createDatabase, openDatabase } from './renderer/data/database.ts';\n" +
        'window.veldwerkBench = { makeBackup, openBackup, replaceWith, readAllTables, createDatabase, openDatabase };\n',
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return out.outputFiles[0].text;
}

printLoad('bench-backup');
buildRenderer();
const fx = await loadFixture();
const bundle = await benchBundle();
const { base, stop } = await previewServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  // The app's CSP forbids inline scripts, rightly; only this measuring page is let through.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(base);
  // The app itself settles first ("Nu niet" at the encryption offer), so it does not run beside the measurement.
  await passStartScreen(page);
  await page.addScriptTag({ content: bundle });

  console.log(`Seeding ${INTERVIEWS} interviews × ${TURNS} turns in Chromium's IndexedDB…`);
  await page.evaluate(async (study) => {
    const b = window.veldwerkBench;
    window.benchDb = await b.openDatabase(b.createDatabase('bench-backup'));
    await window.benchDb.studies.put(study);
  }, fx.exampleStudy);
  for (const batch of seedBatches(fx)) {
    await page.evaluate(async (records) => {
      const db = window.benchDb;
      for (const [table, rows] of Object.entries(records)) await db.table(table).bulkPut(rows);
      // A reflection and five memos per interview, as a held interview has.
      for (const interview of records.interviews) {
        await db.memos.bulkPut(
          Array.from({ length: 5 }, (_, m) => ({
            id: `${interview.id}-m${m}`,
            interviewId: interview.id,
            text: 'Valt op: '.repeat(10),
            at: 1,
          })),
        );
        await db.reflections.put({
          interviewId: interview.id,
          studyId: interview.studyId,
          moreAttention: [],
          notes: 'Meer doorvragen op het eigen beleid. '.repeat(5),
          questionKindOverrides: {},
          updatedAt: 1,
        });
      }
    }, batch);
  }

  // The page's main-thread busy time beside the wall time: on a shared machine the wall
  // time includes waiting for a core (IndexedDB's own work runs in the browser process).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const runs = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const before = await taskSeconds();
    runs.push(
      await page.evaluate(async (round) => {
        const b = window.veldwerkBench;
        let start = performance.now();
        const tables = await b.readAllTables(window.benchDb);
        const readMs = performance.now() - start;
        const json = JSON.stringify(tables);
        const jsonMs = performance.now() - start - readMs;
        start = performance.now();
        const bytes = await b.makeBackup(window.benchDb);
        const backupMs = performance.now() - start;
        const target = await b.openDatabase(b.createDatabase(`bench-restore-${round}`));
        start = performance.now();
        const { document } = await b.openBackup(bytes);
        const checkMs = performance.now() - start;
        await b.replaceWith(target, document.tables, null);
        const restoreMs = performance.now() - start;
        const turns = await target.turns.count();
        const summaries = await target.interviewSummaries.count();
        target.close();
        await indexedDB.deleteDatabase(`bench-restore-${round}`);
        return {
          backupMs,
          checkMs,
          restoreMs,
          size: bytes.length,
          turns,
          summaries,
          readMs,
          jsonMs,
          jsonLength: json.length,
        };
      }, i),
    );
    runs[i].mainThreadMs = ((await taskSeconds()) - before) * 1000;
  }
  const median = (key) => [...runs.map((r) => r[key])].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const last = runs[runs.length - 1];
  const load = (await import('node:os')).loadavg()[0];
  if (last.turns !== INTERVIEWS * TURNS)
    throw new Error(`restored ${last.turns} turns, expected ${INTERVIEWS * TURNS}`);

  console.log('');
  console.log(`Veldwerk backup benchmark — headless Chromium ${browser.version()}, ${REPETITIONS} runs, medians`);
  console.log(`Load average at the end: ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores.`);
  console.log(
    `File: ${(last.size / 1024 / 1024).toFixed(1)} MB (gzip level 1) for ${INTERVIEWS} interviews × ${TURNS} turns; ` +
      `restored ${last.turns} turns, ${last.summaries} summaries rebuilt.`,
  );
  printTable('Backup and restore of everything (a shared machine makes these noisy)', [
    {
      figure: 'backup (read all, JSON, gzip, SHA-256)',
      value: median('backupMs'),
      target: '< 5000 ms',
      holds: median('backupMs') < 5000,
    },
    { figure: '  of which reading all tables', value: median('readMs') },
    { figure: '  of which JSON', value: median('jsonMs') },
    { figure: 'restore: read and check every record', value: median('checkMs') },
    { figure: 'page main-thread time, one backup + one restore', value: median('mainThreadMs') },
    {
      figure: 'restore: check + replace + summaries',
      value: median('restoreMs'),
      target: '< 10000 ms',
      holds: median('restoreMs') < 10000,
    },
  ]);
} finally {
  await browser.close();
  stop();
}
