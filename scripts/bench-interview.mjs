// Times typing in a long interview: a 1,000-turn, 30,000-word transcript is seeded into
// IndexedDB, the interview is opened in Chromium, a new turn is made with Ctrl+Enter and
// typed into. Prints keystroke-to-paint latency over 200 keystrokes, twice (frames at the
// display rate, and unthrottled), each beside a bare <textarea> in the same browser, with
// Chromium's main-thread timings per keystroke; and the time from a keystroke until the
// text is durable in IndexedDB (read back over a separate connection) over 20 samples.
// Figures only; it exits non-zero only when something crashes.
//
// Usage: node scripts/bench-interview.mjs   (builds the renderer with vite first)
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { random, VOCABULARY } from './bench-text.mjs';
import { passStartScreen } from './bench-support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TURNS = 1000;
const WORDS = 30_000;
const KEYSTROKES = 200;
const DURABLE_SAMPLES = 20;
const STUDY_ID = 'lerende-gemeenten-achterhoek';
const INTERVIEW_ID = 'bench-interview';
const RESPONDENT_ID = 'bench-respondent';

const fmt = (v) => `${v.toFixed(1)} ms`;
function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

function seedData() {
  const next = random(2017);
  const now = Date.now();
  const startedAt = now - 3 * 3600_000;
  const perTurn = WORDS / TURNS;
  const turns = Array.from({ length: TURNS }, (_, i) => {
    const words = Array.from({ length: perTurn }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return {
      id: `bench-turn-${String(i).padStart(4, '0')}`,
      interviewId: INTERVIEW_ID,
      speaker: i % 2 === 0 ? 'interviewer' : 'respondent',
      text: words.join(' ') + (i % 2 === 0 ? '?' : '.'),
      startedAt: startedAt + i * 10_000,
    };
  });
  const respondent = {
    id: RESPONDENT_ID,
    studyId: STUDY_ID,
    name: 'Bench Respondent',
    typeId: 'beleidsmedewerker',
    organisation: 'Aalten',
    function: '',
    email: '',
    phone: '',
    notes: '',
    createdAt: now,
    updatedAt: now,
  };
  const interview = {
    id: INTERVIEW_ID,
    studyId: STUDY_ID,
    respondentId: RESPONDENT_ID,
    status: 'running',
    startedAt,
    pauses: [],
    askedByHand: [],
    notAskedByHand: [],
    guide: {
      topicListId: 'bench-list',
      topicListTitle: 'Bench',
      sections: [
        {
          id: 'bench-section',
          title: 'Beleid',
          topics: [
            {
              id: 'bench-topic',
              label: 'Samenwerking',
              flags: [],
              questions: [
                {
                  id: 'bench-q',
                  own: false,
                  text: 'Hoe verloopt de samenwerking?',
                  followUp: false,
                  ticked: false,
                  probes: [],
                  flags: [],
                },
              ],
            },
          ],
        },
      ],
    },
    currentSectionId: 'bench-section',
    turnOrder: turns.map((t) => t.id),
    createdAt: now,
    updatedAt: now,
  };
  return { respondent, interview, turns };
}

// Chromium's cumulative main-thread timings (seconds); their growth over the typing,
// divided by the keystrokes, says where each keystroke's time goes.
async function mainThreadMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}
function perKeystroke(before, after, keystrokes) {
  const ms = (name) => ((after[name] - before[name]) * 1000) / keystrokes;
  return {
    script: ms('ScriptDuration'),
    style: ms('RecalcStyleDuration'),
    layout: ms('LayoutDuration'),
    task: ms('TaskDuration'),
  };
}
const fmtWork = (w) =>
  `script ${fmt(w.script)}   style ${fmt(w.style)}   layout ${fmt(w.layout)}   all main-thread tasks ${fmt(w.task)}`;

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

async function waitForServer(url, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

console.log('Building renderer (vite build)…');
const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) throw new Error('vite build failed');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// Frames as soon as there is something to draw, instead of at the next 60 Hz tick: the
// probe then measures what the page itself costs per keystroke, without the wait for
// the display (which a bare textarea pays just as much, and which a 120 Hz screen halves).
const UNTHROTTLED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

// keydown (capture) → the next frame has been produced (rAF, then a message task).
function installLatencyProbe() {
  window.__lat = [];
  window.__lastKeyAt = 0;
  document.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      window.__lastKeyAt = t0;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__lat.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    },
    true,
  );
}

async function typeAndMeasure(page, text) {
  await page.evaluate(() => {
    window.__lat = [];
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await mainThreadMetrics(cdp);
  await page.keyboard.type(text, { delay: 30 });
  const work = perKeystroke(before, await mainThreadMetrics(cdp), text.length);
  await page.waitForTimeout(200);
  return { latency: stats(await page.evaluate(() => window.__lat)), work };
}

async function seed(page, base, passphrase) {
  // First start: Dexie creates the database and installs the example study.
  await page.goto(base);
  await passStartScreen(page);
  await page.evaluate(async ({ respondent, interview, turns }) => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('veldwerk');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    await new Promise((res, rej) => {
      const tx = db.transaction(['respondents', 'interviews', 'turns'], 'readwrite');
      tx.objectStore('respondents').put(respondent);
      tx.objectStore('interviews').put(interview);
      for (const t of turns) tx.objectStore('turns').put(t);
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
      tx.onabort = () => rej(tx.error);
    });
    db.close();
  }, seedData());
  if (passphrase === undefined) return;
  // Encrypted: the seeded plaintext database is migrated by setting encryption up, as a
  // researcher of an earlier release would; the page stays at the app's start address.
  await page.evaluate(() => localStorage.removeItem('veldwerk:encryption-declined'));
  await page.goto(base);
  await passStartScreen(page, passphrase);
}

/** Opens the seeded interview and returns the time until the cursor is in its last turn. */
async function openInterview(page, base) {
  // The list is windowed, so "all rows present" is not the measure; each row knows its place.
  const start = performance.now();
  await page.goto(`${base}#/interviews/${INTERVIEW_ID}`);
  await page.waitForFunction(
    (n) => {
      const row = document.activeElement?.closest('ol.turns > li');
      return row?.getAttribute('aria-posinset') === String(n) && row.getAttribute('aria-setsize') === String(n);
    },
    TURNS,
    { timeout: 60_000, polling: 'raf' },
  );
  const ms = performance.now() - start;
  await page.waitForTimeout(500);
  return ms;
}

/** Ctrl+Enter at the end makes turn 1,001 and puts the cursor in it; returns its id. */
async function newTurnAtEnd(page) {
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(
    (n) => document.activeElement?.closest('ol.turns > li')?.getAttribute('aria-posinset') === String(n + 1),
    TURNS,
  );
  await page.waitForTimeout(300);
  const id = await page.evaluate(() => document.activeElement?.closest('[data-turn-id]')?.dataset.turnId);
  if (!id) throw new Error('no focused new turn after Ctrl+Enter');
  return id;
}

/** The same probe on a bare <textarea>: this browser's own floor on this machine. */
async function bareTextarea(browser, text) {
  const bare = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await bare.setContent('<textarea style="width:600px;height:200px"></textarea>');
  await bare.evaluate(installLatencyProbe);
  await bare.locator('textarea').click();
  const result = await typeAndMeasure(bare, text);
  await bare.close();
  return result;
}

/**
 * Keystroke → the text is in IndexedDB, read back over a separate raw connection every 10 ms.
 * Encrypted, the probe cannot read the text: it waits for the sealed record to change
 * (each keystroke's write seals anew, with a fresh nonce).
 */
async function durability(page, turnId, encrypted) {
  await page.waitForTimeout(1000);
  await page.evaluate(
    async (name) => {
      window.__probeDb = await new Promise((res, rej) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
    },
    encrypted ? 'veldwerk-encrypted' : 'veldwerk',
  );
  const durable = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let typed = await page.evaluate(() => document.activeElement.value);
  for (let i = 0; i < DURABLE_SAMPLES; i++) {
    const ch = letters[i % letters.length];
    typed += ch;
    await page.keyboard.press(ch);
    const before = encrypted
      ? await page.evaluate(
          (id) =>
            new Promise((res) => {
              const r = window.__probeDb.transaction('turns', 'readonly').objectStore('turns').get(id);
              r.onsuccess = () => res(Array.from(r.result?.$vw ?? []).join(','));
            }),
          turnId,
        )
      : '';
    const ms = await page.evaluate(
      async ({ id, expected, before }) => {
        const t0 = window.__lastKeyAt;
        const read = () =>
          new Promise((res, rej) => {
            const tx = window.__probeDb.transaction('turns', 'readonly');
            const r = tx.objectStore('turns').get(id);
            r.onsuccess = () => res(r.result);
            r.onerror = () => rej(r.error);
          });
        const deadline = performance.now() + 10_000;
        while (performance.now() < deadline) {
          const rec = await read();
          const done = before ? rec && Array.from(rec.$vw).join(',') !== before : rec && rec.text.endsWith(expected);
          if (done) return performance.now() - t0;
          await new Promise((r) => setTimeout(r, 10));
        }
        return null;
      },
      { id: turnId, expected: typed.slice(-20), before },
    );
    if (ms == null) throw new Error(`sample ${i}: text never became durable`);
    durable.push(ms);
    await page.waitForTimeout(400);
  }
  await page.evaluate(() => window.__probeDb.close());
  return stats(durable);
}

/** One browser, one frame mode: open the long interview, type a new turn, compare with a bare textarea. */
async function run(base, text, { unthrottled, withDurability, passphrase }) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: unthrottled ? [...CHROMIUM_ARGS, ...UNTHROTTLED_ARGS] : CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await seed(page, base, passphrase);
    const openMs = await openInterview(page, base);
    await page.evaluate(installLatencyProbe);
    const turnId = await newTurnAtEnd(page);
    const app = await typeAndMeasure(page, text);
    const durable = withDurability ? await durability(page, turnId, passphrase !== undefined) : undefined;
    const bare = await bareTextarea(browser, text);
    return { version: browser.version(), openMs, app, bare, durable };
  } finally {
    await browser.close();
  }
}

const line = (s) => `(n=${s.n}) p50 ${fmt(s.p50)}   p95 ${fmt(s.p95)}   max ${fmt(s.max)}`;

function report(title, result) {
  console.log('');
  console.log(title);
  console.log(`  Keystroke → paint, Veldwerk:       ${line(result.app.latency)}`);
  console.log(`  Keystroke → paint, bare textarea:  ${line(result.bare.latency)}`);
  console.log(`  Main-thread work per keystroke, Veldwerk:      ${fmtWork(result.app.work)}`);
  console.log(`  Main-thread work per keystroke, bare textarea: ${fmtWork(result.bare.work)}`);
}

const port = await freePort();
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${port}/`;
try {
  await waitForServer(base);
  const next = random(7);
  let text = '';
  while (text.length < KEYSTROKES) text += VOCABULARY[Math.floor(next() * VOCABULARY.length)] + ' ';
  text = text.slice(0, KEYSTROKES);

  const vsync = await run(base, text, { unthrottled: false, withDurability: true });
  const free = await run(base, text, { unthrottled: true, withDurability: false });

  console.log('');
  console.log(
    `Veldwerk interview typing benchmark — headless Chromium ${vsync.version} (--disable-gpu), viewport 1400×900`,
  );
  console.log(`Transcript: ${TURNS} turns, ${WORDS.toLocaleString('en')} words; ${KEYSTROKES} keystrokes, 30 ms apart`);
  console.log(`Open interview (navigation → cursor in turn ${TURNS}): ${fmt(vsync.openMs)}`);
  report('Frames at the display rate (60 Hz): includes the wait for the next frame, up to 16.7 ms', vsync);
  report('Frames unthrottled (--disable-frame-rate-limit): what the page itself costs per keystroke', free);
  console.log('');
  console.log(`Target: keystroke → paint p95 < 16 ms. Veldwerk unthrottled p95: ${fmt(free.app.latency.p95)}`);
  console.log(`Keystroke → durable in IndexedDB ${line(vsync.durable)}   (target: within 1000 ms)`);

  // The same with encryption at rest on (the seeded database migrated through set-up).
  const PASSPHRASE = 'bench passphrase of some length';
  const sealedVsync = await run(base, text, { unthrottled: false, withDurability: true, passphrase: PASSPHRASE });
  const sealedFree = await run(base, text, { unthrottled: true, withDurability: false, passphrase: PASSPHRASE });
  const pct = (a, b) => `${a > b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)} %`;
  console.log('');
  console.log('Encryption at rest on (AES-256-GCM per record and per journal write):');
  console.log(
    `  Open interview: ${fmt(sealedVsync.openMs)} (plain ${fmt(vsync.openMs)}, ${pct(sealedVsync.openMs, vsync.openMs)}; target within 10 %)`,
  );
  console.log(
    `  Keystroke → paint p95, unthrottled: ${fmt(sealedFree.app.latency.p95)} (plain ${fmt(free.app.latency.p95)}, ` +
      `difference ${fmt(sealedFree.app.latency.p95 - free.app.latency.p95)}; target within 1 ms)`,
  );
  console.log(
    `  Keystroke → paint p95, 60 Hz: ${fmt(sealedVsync.app.latency.p95)} (plain ${fmt(vsync.app.latency.p95)})`,
  );
  console.log(
    `  Keystroke → durable p50 ${fmt(sealedVsync.durable.p50)}, p95 ${fmt(sealedVsync.durable.p95)} ` +
      `(plain p50 ${fmt(vsync.durable.p50)}, p95 ${fmt(vsync.durable.p95)}; ${pct(sealedVsync.durable.p95, vsync.durable.p95)}; target within 10 %)`,
  );
} finally {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}
