// Times typing in a long interview: a 1,000-turn, 30,000-word transcript is seeded into
// IndexedDB, the interview is opened in Chromium, a new turn is made with Ctrl+Enter and
// typed into. Prints (1) keystroke-to-paint latency over ~200 keystrokes and (2) the time
// from a keystroke until the text is durable in IndexedDB (read back over a separate
// connection) over ~20 samples. Figures only; it exits non-zero only when something crashes.
//
// Usage: node scripts/bench-interview.mjs   (builds the renderer with vite first)
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { random, VOCABULARY } from './bench-text.mjs';

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

const port = await freePort();
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
  detached: true,
});
const base = `http://127.0.0.1:${port}/`;
let browser;
try {
  await waitForServer(base);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));

  // First start: Dexie creates the database and installs the example study.
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30_000 });

  const data = seedData();
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
  }, data);

  // Open the interview and time it (navigation until all 1,000 textareas are there).
  const openStart = performance.now();
  await page.goto(`${base}#/interviews/${INTERVIEW_ID}`);
  await page.waitForFunction((n) => document.querySelectorAll('ol.turns textarea').length >= n, TURNS, {
    timeout: 60_000,
    polling: 'raf',
  });
  const openMs = performance.now() - openStart;
  await page.waitForTimeout(500);

  // Install the latency probe: keydown (capture) → next frame painted (rAF + message).
  await page.evaluate(() => {
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
  });

  // Make a new turn at the end (the last turn has focus on open).
  const turnsBefore = await page.locator('ol.turns textarea').count();
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction((n) => document.querySelectorAll('ol.turns textarea').length > n, turnsBefore);
  await page.waitForTimeout(300);
  const newTurnId = await page.evaluate(() => document.activeElement?.closest('[data-turn-id]')?.dataset.turnId);
  if (!newTurnId) throw new Error('no focused new turn after Ctrl+Enter');

  // (1) Keystroke-to-paint.
  const next = random(7);
  let text = '';
  while (text.length < KEYSTROKES) text += VOCABULARY[Math.floor(next() * VOCABULARY.length)] + ' ';
  text = text.slice(0, KEYSTROKES);
  await page.evaluate(() => {
    window.__lat = [];
  });
  await page.keyboard.type(text, { delay: 30 });
  await page.waitForTimeout(200);
  const latencies = await page.evaluate(() => window.__lat);

  // (2) Keystroke-to-durable, polling a separate raw IndexedDB connection every 10 ms.
  await page.waitForTimeout(1000);
  await page.evaluate(async () => {
    window.__probeDb = await new Promise((res, rej) => {
      const r = indexedDB.open('veldwerk');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
  });
  const durable = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let typed = await page.evaluate(() => document.activeElement.value);
  for (let i = 0; i < DURABLE_SAMPLES; i++) {
    const ch = letters[i % letters.length];
    typed += ch;
    await page.keyboard.press(ch);
    const ms = await page.evaluate(
      async ({ id, expected }) => {
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
          if (rec && rec.text.endsWith(expected)) return performance.now() - t0;
          await new Promise((r) => setTimeout(r, 10));
        }
        return null;
      },
      { id: newTurnId, expected: typed.slice(-20) },
    );
    if (ms == null) throw new Error(`sample ${i}: text never became durable`);
    durable.push(ms);
    await page.waitForTimeout(400);
  }
  await page.evaluate(() => window.__probeDb.close());

  const version = browser.version();
  const lat = stats(latencies);
  const dur = stats(durable);
  // The same probe on a bare <textarea>: what this browser on this machine needs per
  // keystroke with no app at all, so the figure above can be read against it.
  const bare = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await bare.setContent('<textarea style="width:600px;height:200px"></textarea>');
  await bare.evaluate(() => {
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
  });
  await bare.locator('textarea').click();
  await bare.keyboard.type(text, { delay: 30 });
  await bare.waitForTimeout(200);
  const baseline = stats(await bare.evaluate(() => window.__lat));
  await bare.close();

  console.log('');
  console.log(
    `Veldwerk interview typing benchmark — headless Chromium ${version} on this machine (--disable-gpu), viewport 1400×900`,
  );
  console.log(`Transcript: ${TURNS} turns, ${WORDS.toLocaleString('en')} words`);
  console.log(`Open interview (navigation → all ${TURNS} textareas present): ${fmt(openMs)}`);
  console.log(
    `Keystroke → paint (n=${lat.n}):   p50 ${fmt(lat.p50)}   p95 ${fmt(lat.p95)}   max ${fmt(lat.max)}   (target: p95 < 16 ms)`,
  );
  console.log(
    `  same probe, bare <textarea> (n=${baseline.n}): p50 ${fmt(baseline.p50)}   p95 ${fmt(baseline.p95)}   max ${fmt(baseline.max)}   (the browser's own floor here)`,
  );
  console.log(
    `Keystroke → durable (n=${dur.n}): p50 ${fmt(dur.p50)}   p95 ${fmt(dur.p95)}   max ${fmt(dur.max)}   (target: within 1000 ms)`,
  );
} finally {
  await browser?.close();
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}
