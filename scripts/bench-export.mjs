// Times the transcript export: our buildTranscriptDocx on a 30,000-word, 1,000-turn
// Dutch-looking transcript (median of several runs, in this process), next to pandoc
// turning the same transcript as Markdown into a .docx (median of several runs, each a
// fresh process, so pandoc's start-up is in its figure). Also the search for identifiers
// before an anonymised export (what the export's worker runs) on the same transcript with
// the respondent and their municipality named 80 times each, and how many rows the review
// shows for it. shared/ is TypeScript, so the export code is bundled with esbuild into a
// temporary .mjs first.
// Then the app's own export in Chromium, plain and encrypted at rest (issue 11: within
// 10 %): the same size of interview (1,000 turns, 30,000 words) seeded, opened, and
// exported as a Word transcript ("Niet-geanonimiseerd exporteren"), from the click until
// the download starts: reading the interview through the data layer (decrypting it when
// encrypted) and building the .docx.
//
// Usage: node scripts/bench-export.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { INTERVIEW_ID, seed, seedData } from './bench-interview-seed.mjs';
import {
  BENCH_PASSPHRASE,
  buildRenderer,
  CHROMIUM_ARGS,
  loadFixture,
  previewServer,
  printLoad,
  printTable,
  stats,
} from './bench-support.mjs';
import { random, VOCABULARY } from './bench-text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(3, Number(process.argv[2]) || 9);
const PANDOC_RUNS = Math.max(3, Math.min(RUNS, 5));
const TURNS = 1000;
const WORDS = 30_000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

/** 1,000 alternating turns, the respondent's longer, 30,000 words in all, an occasional line break. */
function transcriptTurns() {
  const next = random(2017);
  const weights = Array.from({ length: TURNS }, (_, i) => (i % 2 === 0 ? 1 : 4) * (0.5 + next()));
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((w / total) * WORDS)));
  counts[counts.length - 1] += WORDS - counts.reduce((a, b) => a + b, 0);
  return counts.map((count, i) => {
    const words = Array.from({ length: count }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    let text = '';
    words.forEach((word, w) => {
      text += (w === 0 ? '' : next() < 0.01 ? '.\n' : next() < 0.08 ? ', ' : ' ') + word;
    });
    return { speaker: i % 2 === 0 ? 'interviewer' : 'respondent', text: `${text}${i % 2 === 0 ? '?' : '.'}` };
  });
}

/** The same transcript as pandoc Markdown: bold labels, hard line breaks inside a turn. */
function markdownOf(doc) {
  const escape = (text) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~^$@]/g, '\\$&');
  const blocks = [
    ...(doc.anonymised ? [] : [`**${escape(doc.notAnonymisedLabel)}**`]),
    doc.headerLines.map((line) => escape(`${line.label} ${line.value}`)).join('\\\n'),
    escape(doc.note),
    ...doc.turns.map((turn) => `**${escape(turn.speakerLabel)}:** ${turn.text.split('\n').map(escape).join('\\\n')}`),
  ];
  return `---\nlang: ${doc.language}\ntitle-meta: ${doc.metadata.title}\n---\n\n${blocks.join('\n\n')}\n`;
}

/** The app's export of the seeded interview, click → download, `runs` times in one browser. */
async function appExport(base, fx, runs, passphrase) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const records = seedData(fx, 1000);
    delete records.questionCount;
    // Only a held interview is exported: the seeded one ended when its last turn did.
    const running = records.interviews[0];
    const ended = { ...running, status: 'ended', endedAt: records.turns[records.turns.length - 1].startedAt + 2_000 };
    records.interviews = [ended];
    records.interviewSummaries = [fx.summarize(ended, fx.factsOf(records.turns))];
    await seed(page, base, records, passphrase);
    await page.goto(`${base}#/interviews/${INTERVIEW_ID}`);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
    await page.getByRole('radio', { name: /^Niet geanonimiseerd/ }).check();
    const button = page.getByRole('button', { name: 'Niet-geanonimiseerd exporteren' });
    const times = [];
    let bytes = 0;
    for (let i = 0; i <= runs; i++) {
      await button.waitFor();
      await page.waitForFunction(() =>
        [...document.querySelectorAll('button')].some(
          (b) => b.textContent === 'Niet-geanonimiseerd exporteren' && !b.disabled,
        ),
      );
      const downloaded = page.waitForEvent('download', { timeout: 120_000 });
      // A failed export says so on screen; that is reported, not waited out.
      const failure = page.getByText('Exporteren is mislukt');
      const failed = failure.waitFor({ timeout: 120_000 }).then(async () => {
        const text = await failure.locator('xpath=..').innerText();
        return text.replace(/\s+/g, ' ').trim();
      });
      const start = performance.now();
      await button.click();
      const outcome = await Promise.race([
        downloaded.then((d) => ({ download: d })),
        failed.then((error) => ({ error })),
      ]);
      const ms = performance.now() - start;
      if (outcome.error) {
        downloaded.catch(() => undefined);
        return { error: outcome.error };
      }
      failed.catch(() => undefined);
      const download = outcome.download;
      if (i === 0) {
        bytes = statSync(await download.path()).size;
        continue; // warm: the export's code loaded, as on a second export
      }
      times.push(ms);
    }
    return { stats: stats(times), bytes };
  } finally {
    await browser.close();
  }
}

printLoad('bench-export');
const work = mkdtempSync(join(tmpdir(), 'veldwerk-bench-'));
try {
  const bundle = join(work, 'export.mjs');
  await build({
    stdin: {
      contents:
        "export { buildTranscriptDocx, transcriptDocumentFrom } from './shared/export/index.ts';\n" +
        "export { exampleTranscriptFormat } from './shared/example/transcript-format.ts';\n" +
        "export { exampleStudy } from './shared/example/study.ts';\n" +
        "export { findExportIdentifiers } from './shared/export/find-in-interviews.ts';\n" +
        "export { emptyReplacementBook, reviewGroups, reviewRows } from './shared/anonymise/index.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    outfile: bundle,
    logLevel: 'warning',
  });
  const {
    buildTranscriptDocx,
    transcriptDocumentFrom,
    exampleTranscriptFormat,
    exampleStudy,
    findExportIdentifiers,
    emptyReplacementBook,
    reviewGroups,
    reviewRows,
  } = await import(pathToFileURL(bundle).href);

  const turns = transcriptTurns();
  const words = turns.reduce((n, turn) => n + turn.text.split(/\s+/).length, 0);
  const doc = transcriptDocumentFrom(
    exampleTranscriptFormat,
    { respondent: 'BA', organisation: 'Aalten', startTime: '3 april 2017, 10:00', duration: '1 uur en 52 minuten' },
    turns,
    { language: 'nl', anonymised: true, title: 'Transcript BA 2017-04-03' },
  );
  console.log(`Transcript: ${doc.turns.length} turns, ${words} words, node ${process.version}`);

  // ---- ours
  const times = [];
  let bytes;
  const first = performance.now();
  bytes = await buildTranscriptDocx(doc);
  const cold = performance.now() - first;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = await buildTranscriptDocx(doc);
    times.push(performance.now() - start);
  }
  const ours = median(times);
  writeFileSync(join(work, 'ours.docx'), bytes);
  console.log(
    `buildTranscriptDocx: median ${ms(ours)} over ${RUNS} runs (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}; ` +
      `first, cold run ${ms(cold)}), ${(bytes.length / 1024).toFixed(0)} KiB`,
  );

  // ---- finding identifiers (the export's worker)
  const MENTIONS = ['Piet Jansen', 'meneer Jansen', 'Aalten', 'gemeente Aalten'];
  const named = turns.map((turn, i) =>
    i % 6 === 1 ? { ...turn, text: `${turn.text} Dat zei ${MENTIONS[(i >> 1) % 4]} ook.` } : turn,
  );
  const respondent = { id: 'r1', name: 'Piet Jansen', organisation: 'Aalten', email: '', phone: '' };
  const item = {
    interview: { id: 'i1', turnOrder: named.map((_, i) => `t${i}`) },
    turns: named.map((turn, i) => ({ ...turn, id: `t${i}` })),
    respondent,
    code: 'BA',
  };
  const codes = new Map([['r1', 'BA']]);
  const find = () => findExportIdentifiers(exampleStudy, [respondent], codes, [item], emptyReplacementBook());
  const findRuns = Math.max(3, Math.min(RUNS, 5));
  let findings = find();
  const findTimes = Array.from({ length: findRuns }, () => {
    const start = performance.now();
    findings = find();
    return performance.now() - start;
  });
  const texts = [
    { id: 'i1/organisation', text: 'Aalten' },
    ...item.turns.map((t) => ({ id: `i1/turn/${t.id}`, text: t.text })),
  ];
  const groups = reviewGroups(reviewRows(texts, findings, {}), {});
  console.log(
    `findExportIdentifiers: median ${ms(median(findTimes))} over ${findRuns} runs (min ${ms(Math.min(...findTimes))}); ` +
      `${findings.length} findings, ${groups.length} review rows (one per identifier)`,
  );

  // ---- pandoc
  const version = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    console.log('pandoc: not found on PATH, so only our figure is shown.');
  } else {
    const md = join(work, 'transcript.md');
    const out = join(work, 'pandoc.docx');
    writeFileSync(md, markdownOf(doc));
    const pandoc = (input, output) => {
      const start = performance.now();
      const result = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', output, input], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
      return performance.now() - start;
    };
    // Start-up alone, to read the figure below fairly: a one-line document.
    const tiny = join(work, 'tiny.md');
    writeFileSync(tiny, '**Onderzoeker:** Hallo.\n');
    const startup = median(Array.from({ length: PANDOC_RUNS }, () => pandoc(tiny, join(work, 'tiny.docx'))));
    const pandocTimes = Array.from({ length: PANDOC_RUNS }, () => pandoc(md, out));
    const theirs = median(pandocTimes);
    console.log(
      `${version.stdout.split('\n')[0]}: median ${ms(theirs)} over ${PANDOC_RUNS} runs (process start-up on a one-line ` +
        `document: ${ms(startup)}), ${(statSync(out).size / 1024).toFixed(0)} KiB`,
    );
    console.log(
      `Ratio pandoc / ours: ${(theirs / ours).toFixed(1)}× (without pandoc's start-up: ${((theirs - startup) / ours).toFixed(1)}×)`,
    );
  }

  // ---- the app's export, plain and encrypted at rest
  buildRenderer();
  const fx = await loadFixture();
  const { base, stop } = await previewServer();
  try {
    const APP_RUNS = 5;
    console.log(`The app's export in Chromium, ${APP_RUNS} runs each after a warm one, plain and encrypted…`);
    const plain = await appExport(base, fx, APP_RUNS);
    const sealed = await appExport(base, fx, APP_RUNS, BENCH_PASSPHRASE);
    const pct = (a, b) => `${a > b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)} %`;
    for (const [label, r] of [
      ['plain', plain],
      ['encrypted', sealed],
    ])
      if (r.error) console.log(`The app's export, ${label}: FAILED in the app — “${r.error}”`);
    if (!plain.error)
      printTable(
        `The app's Word export of a 1,000-turn interview, click → download (${(plain.bytes / 1024).toFixed(0)} KiB; column "floor" holds the plain figure)`,
        [
          { figure: 'plain p50', value: plain.stats.p50, target: '—' },
          { figure: 'plain p95', value: plain.stats.p95, target: '—' },
          ...(sealed.error ? [] : ['p50', 'p95']).map((p) => ({
            figure: `encrypted ${p}`,
            value: sealed.stats[p],
            floor: `plain ${plain.stats[p].toFixed(1)} ms`,
            target: `≤ plain + 10 % (${pct(sealed.stats[p], plain.stats[p])})`,
            holds: sealed.stats[p] <= plain.stats[p] * 1.1,
          })),
        ],
      );
  } finally {
    stop();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
