/** Shared by the benchmarks: build, preview server, Chromium, statistics, the report table. */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

/** The shared domain code the seeds are made with (scripts/bench-fixture.ts), bundled and imported. */
export async function loadFixture() {
  const out = await build({
    entryPoints: [join(root, 'scripts/bench-fixture.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

export function buildRenderer() {
  if (process.env.BENCH_NO_BUILD) return;
  console.log('Building renderer (vite build)…');
  const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('vite build failed');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Serves dist/renderer with vite preview (a free port unless given); returns its address and a stop function. */
export async function previewServer(fixedPort) {
  const port = fixedPort ?? (await freePort());
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}/`;
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`preview server did not start at ${base}`);
}

const cell = (v, unit) =>
  v === undefined ? '—' : typeof v === 'string' ? v : unit === 'kB' ? `${v.toFixed(0)} kB` : `${v.toFixed(1)} ms`;

/** One figure per line: the measurement, its floor in the same run, the target, and whether it holds. */
export function printTable(title, rows) {
  console.log('');
  console.log(title);
  const head = ['figure', 'measured', 'floor', 'target', ''];
  const lines = rows.map((r) => [
    r.figure,
    cell(r.value, r.unit),
    cell(r.floor, r.unit),
    r.target ?? '—',
    r.holds === undefined ? '' : r.holds ? 'holds' : 'MISSED',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (l) => l.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log('  ' + fmt(head));
  for (const l of lines) console.log('  ' + fmt(l));
}

/**
 * A fresh profile first offers encryption at rest. Benchmarks of the plain app take
 * "Nu niet"; with `passphrase` they set encryption up instead (a plaintext database that
 * was seeded before is then migrated, as for a researcher). Resolves when the app is ready.
 */
export async function passStartScreen(page, passphrase) {
  await page.waitForFunction(
    () =>
      document.body.dataset.ready === 'true' ||
      [...document.querySelectorAll('button')].some((b) => /^(Nu niet|Ontgrendelen)/.test(b.textContent ?? '')),
    null,
    { timeout: 60_000 },
  );
  if (await page.getByRole('button', { name: 'Ontgrendelen' }).count()) {
    await page.getByLabel('Wachtwoord').fill(passphrase);
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  } else if (await page.getByRole('button', { name: /^Nu niet/ }).count()) {
    if (passphrase === undefined) await page.getByRole('button', { name: /^Nu niet/ }).click();
    else {
      await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
      await page.getByLabel('Wachtwoord nog eens').fill(passphrase);
      await page.getByRole('button', { name: 'Versleuteling instellen' }).click();
      await page.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }).check();
      await page.getByRole('button', { name: 'Verder' }).click();
    }
  }
  // Setting encryption up on a seeded database migrates it first: minutes at 60,000 turns.
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 900_000 });
}

/**
 * A context of its own, at the benchmarks' window size, in which the app has started once
 * (the example study installed, the start screen passed); `first` is that page, still open.
 */
export async function contextAfterFirstStart(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const first = await context.newPage();
  await first.goto(base);
  await passStartScreen(first);
  return { context, first };
}

/** The load this run shares the machine with: figures on a busy machine read differently. */
export function printLoad(what) {
  const [one, five, fifteen] = loadavg();
  console.log(
    `${what} — load average ${one.toFixed(2)} / ${five.toFixed(2)} / ${fifteen.toFixed(2)} (1/5/15 min) on ${cpus().length} cores, ${new Date().toISOString()}`,
  );
}

/** The passphrase the encrypted runs set up; long enough that the app accepts it. */
export const BENCH_PASSPHRASE = 'bench passphrase of some length';

/**
 * Sets encryption up on a page whose plaintext database was seeded before: the app then
 * migrates it, as for a researcher of an earlier release. Resolves when the app is ready
 * on the encrypted database; returns the time the set-up and migration took.
 */
export async function encryptSeeded(page, base, passphrase = BENCH_PASSPHRASE) {
  await page.evaluate(() => localStorage.removeItem('veldwerk:encryption-declined'));
  const start = Date.now();
  await page.goto(base);
  await passStartScreen(page, passphrase);
  return Date.now() - start;
}
