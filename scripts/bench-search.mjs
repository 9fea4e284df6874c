// Times search across a study: 200 interviews × 300 turns of Dutch interview text, one
// document per turn (shared/search/study-search.ts: folded words in MiniSearch's radix
// tree), as the study search screen builds it in its worker. Prints the index build
// time, the update after one turn was typed in, and the p50/p95 of a mix of queries
// (whole words, word starts, two-word queries, with and without a filter) beside the
// target of 100 ms per query. shared/ is TypeScript, so it is bundled with esbuild first.
//
// Usage: node scripts/bench-search.mjs [interviews] [turns]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { printLoad } from './bench-support.mjs';
import { random, VOCABULARY } from './bench-text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INTERVIEWS = Math.max(1, Number(process.argv[2]) || 200);
const TURNS = Math.max(1, Number(process.argv[3]) || 300);
const TARGET_MS = 100;
const TYPES = ['Beleidsmedewerker', 'Wethouder', 'Manager', 'Zorgaanbieder'];
const MUNICIPALITIES = ['Aalten', 'Berkelland', 'Bronckhorst', 'Doetinchem', 'Lochem', 'Oost Gelre', 'Winterswijk'];
const QUERIES = [
  ['samenwerking', {}],
  ['geevalueerd', {}],
  ['coörd', {}],
  ['wijkteam budget', {}],
  ['jeugdzorg', { municipality: 'Aalten' }],
  ['decentr', { respondentType: 'Wethouder', speaker: 'respondent' }],
  ['verantwoordelijkheid regio', {}],
  ['eigenlijk', { codeId: 'auto:speaker:interviewer' }],
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function documents() {
  const next = random(12);
  const docs = [];
  for (let i = 0; i < INTERVIEWS; i++) {
    const respondentType = TYPES[i % TYPES.length];
    const municipality = MUNICIPALITIES[i % MUNICIPALITIES.length];
    for (let j = 0; j < TURNS; j++) {
      const speaker = j % 2 === 0 ? 'interviewer' : 'respondent';
      // Questions are short, answers run to a few sentences, as in the example study.
      const length = speaker === 'interviewer' ? 8 + Math.floor(next() * 15) : 20 + Math.floor(next() * 80);
      const words = Array.from({ length }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
      words[0] = words[0][0].toUpperCase() + words[0].slice(1);
      docs.push({
        id: `i${i}-t${j}`,
        interviewId: `i${i}`,
        respondentId: `r${i}`,
        text: `${words.join(' ')}.`,
        speaker,
        respondentType,
        municipality,
        codeIds: [`auto:speaker:${speaker}`, `auto:section:s${Math.floor(j / 60)}`],
      });
    }
  }
  return docs;
}

printLoad('bench-search');
const work = mkdtempSync(join(tmpdir(), 'veldwerk-bench-'));
try {
  const bundle = join(work, 'search.mjs');
  await build({
    stdin: { contents: "export * from './shared/search/study-search.ts';\n", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'warning',
  });
  const { buildStudyIndex, searchStudy, searchStudyPage, updateStudyIndex } = await import(pathToFileURL(bundle).href);

  const docs = documents();
  const words = docs.reduce((n, d) => n + d.text.split(' ').length, 0);
  let started = performance.now();
  const index = buildStudyIndex(docs);
  const buildMs = performance.now() - started;

  // A warm-up round, then every query several times.
  for (const [query, filters] of QUERIES) searchStudy(index, query, filters);
  const times = [];
  const perQuery = new Map();
  let hits = 0;
  for (let round = 0; round < 5; round++) {
    for (const [query, filters] of QUERIES) {
      started = performance.now();
      hits += searchStudy(index, query, filters).length;
      const ms = performance.now() - started;
      times.push(ms);
      perQuery.set(query, Math.max(perQuery.get(query) ?? 0, ms));
    }
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  console.log(
    `node ${process.version}, search over ${INTERVIEWS} interviews × ${TURNS} turns (${docs.length} turns, ${(words / 1e6).toFixed(1)} M words)`,
  );
  console.log(`  index build: ${buildMs.toFixed(0)} ms (once per study, when the search screen opens)`);
  console.log(
    `  query p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${times.length} queries (${hits} results shown, at most 100 each) — target < ${TARGET_MS} ms: ${p95 < TARGET_MS ? 'met' : 'NOT MET'}`,
  );
  for (const [query, filters] of QUERIES) {
    const matched = searchStudyPage(index, query, {}, 1).total;
    const filter = Object.keys(filters).length ? ` + ${JSON.stringify(filters)}` : '';
    console.log(`    "${query}"${filter}: slowest ${perQuery.get(query).toFixed(1)} ms, ${matched} turns match`);
  }
  const typed = docs.map((d, i) => (i === 12345 ? { ...d, text: `${d.text} evaluatie` } : d));
  started = performance.now();
  updateStudyIndex(index, typed);
  console.log(
    `  index update after typing in one turn: ${(performance.now() - started).toFixed(1)} ms (in the worker)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
