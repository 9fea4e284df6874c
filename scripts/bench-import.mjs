// Times reading a large questionnaire export: a Google Forms CSV of about 50 MB (the
// beleid questionnaire's columns, answers with commas and quotes as Forms writes them,
// an e-mail column), read by readSpreadsheet as the import's worker does, with the
// separator and encoding sniffed. Also the same rows as a Dutch Excel export (semicolons,
// Windows-1252). Median of several runs in this process. shared/ is TypeScript, so the
// import code is bundled with esbuild into a temporary .mjs first.
//
// Usage: node scripts/bench-import.mjs [runs] [megabytes]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { printLoad } from './bench-support.mjs';
import { random, VOCABULARY } from './bench-text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number(process.argv[2]) || 3);
const MEGABYTES = Math.max(1, Number(process.argv[3]) || 50);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function quote(value, delimiter) {
  return /["\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows of answers until the text reaches `bytes` (counted as UTF-8). */
function exportText(questionnaire, bytes, delimiter) {
  const next = random(2017);
  const words = (n) => Array.from({ length: n }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(' ');
  const headers = ['Tijdstempel', 'E-mailadres', ...questionnaire.questions.map((q) => q.text)];
  const lines = [headers.map((h) => quote(h, delimiter)).join(delimiter)];
  let size = lines[0].length;
  for (let i = 0; size < bytes; i++) {
    const cells = [`2017/04/${String((i % 28) + 1).padStart(2, '0')} 8:48:17 p.m. CET`, `respondent${i}@gemeente.nl`];
    for (const q of questionnaire.questions) {
      if (q.options.length > 0) cells.push(q.options[Math.floor(next() * q.options.length)].label);
      else cells.push(`${words(3 + Math.floor(next() * 12))}, "${words(2)}"`);
    }
    const line = cells.map((c) => quote(c, delimiter)).join(delimiter);
    lines.push(line);
    size += line.length + 2;
  }
  return { text: `${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}

printLoad('bench-import');
const work = mkdtempSync(join(tmpdir(), 'veldwerk-bench-'));
try {
  const bundle = join(work, 'import.mjs');
  await build({
    stdin: {
      contents:
        "export { readSpreadsheet } from './shared/import/index.ts';\n" +
        "export { beleidQuestionnaire } from './shared/example/questionnaires/beleid.ts';\n" +
        "export { encodeWindows1252 } from './test/support/windows-1252.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'warning',
  });
  const { readSpreadsheet, beleidQuestionnaire, encodeWindows1252 } = await import(pathToFileURL(bundle).href);

  const target = MEGABYTES * 1024 * 1024;
  const forms = exportText(beleidQuestionnaire, target, ',');
  const excel = exportText(beleidQuestionnaire, target, ';');
  const cases = [
    { name: 'Google Forms (UTF-8, comma)', bytes: new TextEncoder().encode(forms.text), rows: forms.rows },
    { name: 'Dutch Excel (Windows-1252, semicolon)', bytes: encodeWindows1252(excel.text), rows: excel.rows },
  ];
  console.log(`node ${process.version}, median of ${RUNS} run(s)`);
  for (const { name, bytes, rows } of cases) {
    const times = [];
    let table;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      table = readSpreadsheet('export.csv', bytes);
      times.push(performance.now() - start);
    }
    if (table.rows.length !== rows) throw new Error(`${name}: read ${table.rows.length} rows, wrote ${rows}`);
    console.log(
      `${name}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${rows} rows × ${table.headers.length} columns, ` +
        `read as ${table.encoding} "${table.delimiter}" in ${(median(times) / 1000).toFixed(2)} s`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
