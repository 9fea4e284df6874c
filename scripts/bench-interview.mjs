// Times typing in a long interview on the real interview screen: the example study's full
// guide for a policy officer (every section, topic and question, as a preparation builds
// it), a transcript of 1,000 and of 5,000 turns (30 words each, a third of the
// interviewer's turns linked to a question), seeded into IndexedDB. A new turn is made
// with Ctrl+Enter and typed into, 30 ms between keys.
//
// Headline: keystroke → next paint at the display's 60 Hz, beside two floors measured in
// the same browser in the same run: a bare <textarea> (what any text field costs), and an
// empty page (a key on a page with nothing to update: the wait for the next frame alone).
// The typing is traced with Chromium's trace (CDP Tracing); for the slowest keystrokes it
// prints what the main thread did between the key and the paint (script by function,
// timers, garbage collection, style, layout, paint), so a spike has a name.
// Also the time from a keystroke until the text is durable in IndexedDB.
// Figures beside targets; exits non-zero only when something crashes.
//
// Usage: node scripts/bench-interview.mjs   (builds the renderer first; BENCH_NO_BUILD=1 skips that)
//        BENCH_TURNS=1000 limits it to one size.
import { chromium } from 'playwright-core';
import { buildRenderer, CHROMIUM_ARGS, loadFixture, previewServer, printTable, stats } from './bench-support.mjs';
import { random, VOCABULARY } from './bench-text.mjs';
import { keystrokeCauses, printCauses, TRACE_CATEGORIES } from './bench-trace.mjs';

const SIZES = process.env.BENCH_TURNS ? [Number(process.env.BENCH_TURNS)] : [1000, 5000];
const WORDS_PER_TURN = 30;
const KEYSTROKES = 200;
const DURABLE_SAMPLES = 20;
const INTERVIEW_ID = 'bench-interview';
const RESPONDENT_ID = 'bench-respondent';
const VIEWPORT = { width: 1400, height: 900 };

function seedData(fx, turnCount) {
  const study = fx.exampleStudy;
  const type = study.respondentTypes.find((t) => t.id === 'beleidsmedewerker');
  const list = study.topicLists.find((l) => l.id === type.topicListId);
  const sections = fx.buildGuide(list, {
    role: type.role,
    flags: [],
    preparation: fx.emptyPreparation(RESPONDENT_ID, study.id, 0),
  });
  const guide = fx.guideSnapshotSchema.parse({ topicListId: list.id, topicListTitle: list.title, sections });
  const questions = guide.sections.flatMap((s) => s.topics.flatMap((t) => t.questions.map((q) => q.id)));
  const next = random(2017);
  const now = Date.now();
  const startedAt = now - 3 * 3600_000;
  const turns = Array.from({ length: turnCount }, (_, i) => {
    const words = Array.from({ length: WORDS_PER_TURN }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    const interviewer = i % 2 === 0;
    // Linked in guide order, so the transcript walks through the guide as an interview does.
    const linked = interviewer && next() < 1 / 3;
    return {
      id: `bench-turn-${String(i).padStart(5, '0')}`,
      interviewId: INTERVIEW_ID,
      speaker: interviewer ? 'interviewer' : 'respondent',
      text: words.join(' ') + (interviewer ? '?' : '.'),
      startedAt: startedAt + i * 2_000,
      ...(linked ? { nodeId: questions[Math.floor((i / turnCount) * questions.length)] } : {}),
    };
  });
  const respondent = {
    id: RESPONDENT_ID,
    studyId: study.id,
    name: 'Bench Respondent',
    typeId: type.id,
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
    studyId: study.id,
    respondentId: RESPONDENT_ID,
    status: 'running',
    startedAt,
    pauses: [],
    askedByHand: [],
    notAskedByHand: [],
    guide,
    currentSectionId: guide.sections[guide.sections.length - 1].id,
    turnOrder: turns.map((t) => t.id),
    createdAt: now,
    updatedAt: now,
  };
  const facts = fx.factsOf(turns);
  return {
    respondents: [respondent],
    interviews: [interview],
    turns,
    turnFacts: [{ interviewId: INTERVIEW_ID, facts }],
    interviewSummaries: [fx.summarize(interview, facts)],
    questionCount: questions.length,
  };
}

async function seed(page, base, records) {
  // First start: Dexie creates the database and installs the example study.
  await page.goto(base);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
  await page.evaluate(async (tables) => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('veldwerk');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    await new Promise((res, rej) => {
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [store, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
      tx.onabort = () => rej(tx.error);
    });
    db.close();
  }, records);
}

// keydown (capture) → the next frame has been produced (rAF, then a message task). Each
// key also leaves a user-timing mark, so the trace can find the keystroke.
function installLatencyProbe() {
  window.__lat = [];
  window.__keys = 0;
  window.__lastKeyAt = 0;
  document.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      const n = window.__keys++;
      window.__lastKeyAt = t0;
      performance.mark(`bench-key-${n}`);
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          window.__lat[n] = performance.now() - t0;
          performance.mark(`bench-paint-${n}`);
        };
        ch.port2.postMessage(0);
      });
    },
    true,
  );
}

/** Types the text, traced; returns the latencies and the trace's events. */
async function typeTraced(page, text) {
  await page.evaluate(() => {
    window.__lat = [];
    window.__keys = 0;
    performance.clearMarks();
  });
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: TRACE_CATEGORIES,
      excludedCategories: ['*'],
    },
  });
  await page.keyboard.type(text, { delay: 30 });
  // The last key's frame.
  await page.waitForFunction(() => window.__lat.filter((v) => v !== undefined).length >= window.__keys);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const latency = await page.evaluate(() => window.__lat);
  return { latency, events };
}

/** Keystrokes on a page that has nothing to change: only the wait for the next frame. */
async function emptyPage(browser, text) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.setContent('<p>leeg</p>');
  await page.evaluate(installLatencyProbe);
  const { latency } = await typeTraced(page, text);
  await page.close();
  return latency;
}

/** The same probe on a bare <textarea>: what any text field costs in this browser on this machine. */
async function bareTextarea(browser, text) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.setContent('<textarea style="width:600px;height:200px"></textarea>');
  await page.evaluate(installLatencyProbe);
  await page.locator('textarea').click();
  const { latency } = await typeTraced(page, text);
  await page.close();
  return latency;
}

/** Opens the seeded interview; the time until the cursor is in its last turn. */
async function openInterview(page, base, turnCount) {
  const start = Date.now();
  await page.goto(`${base}#/interviews/${INTERVIEW_ID}`);
  // The list is windowed, so "all rows present" is not the measure; each row knows its place.
  await page.waitForFunction(
    (n) => {
      const row = document.activeElement?.closest('ol.turns > li');
      return row?.getAttribute('aria-posinset') === String(n) && row.getAttribute('aria-setsize') === String(n);
    },
    turnCount,
    { timeout: 120_000, polling: 'raf' },
  );
  return Date.now() - start;
}

/** Ctrl+Enter at the end makes a new last turn and puts the cursor in it; returns its id. */
async function newTurnAtEnd(page, turnCount) {
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(
    (n) => document.activeElement?.closest('ol.turns > li')?.getAttribute('aria-posinset') === String(n + 1),
    turnCount,
  );
  const id = await page.evaluate(() => document.activeElement?.closest('[data-turn-id]')?.dataset.turnId);
  if (!id) throw new Error('no focused new turn after Ctrl+Enter');
  // Settled: the new turn saved, nothing pending from opening the screen.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
  return id;
}

/** Keystroke → the text is in IndexedDB, read back over a separate raw connection every 10 ms. */
async function durability(page, turnId) {
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
      { id: turnId, expected: typed.slice(-20) },
    );
    if (ms == null) throw new Error(`sample ${i}: text never became durable`);
    durable.push(ms);
    // Apart, so each sample starts from a saved turn.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
  }
  await page.evaluate(() => window.__probeDb.close());
  return stats(durable);
}

async function runSize(base, fx, text, turnCount, withDurability) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const records = seedData(fx, turnCount);
    const questionCount = records.questionCount;
    delete records.questionCount;
    await seed(page, base, records);
    const openMs = await openInterview(page, base, turnCount);
    await page.evaluate(installLatencyProbe);
    const turnId = await newTurnAtEnd(page, turnCount);
    const app = await typeTraced(page, text);
    const durable = withDurability ? await durability(page, turnId) : undefined;
    // Floors in the same browser, right after.
    const bare = await bareTextarea(browser, text);
    const empty = await emptyPage(browser, text);
    return { version: browser.version(), openMs, app, bare, empty, durable, questionCount };
  } finally {
    await browser.close();
  }
}

buildRenderer();
const fx = await loadFixture();
const { base, stop } = await previewServer();
try {
  const next = random(7);
  let text = '';
  while (text.length < KEYSTROKES) text += VOCABULARY[Math.floor(next() * VOCABULARY.length)] + ' ';
  text = text.slice(0, KEYSTROKES);

  const results = [];
  for (const [i, size] of SIZES.entries()) {
    console.log(`Typing in a ${size.toLocaleString('en')}-turn interview…`);
    results.push({ size, ...(await runSize(base, fx, text, size, i === 0)) });
  }

  console.log('');
  console.log(
    `Veldwerk interview typing benchmark — headless Chromium ${results[0].version} (--disable-gpu), viewport 1400×900, 60 Hz frames`,
  );
  console.log(
    `The real interview screen with the example study's full guide for a policy officer (${results[0].questionCount} questions); ` +
      `${KEYSTROKES} keystrokes 30 ms apart into a new last turn. Floors in the same browser, same run.`,
  );
  for (const r of results) {
    const app = stats(r.app.latency);
    const bare = stats(r.bare);
    const empty = stats(r.empty);
    const floors = (a, b) => `${a.toFixed(1)} ms textarea · ${b.toFixed(1)} ms empty page`;
    printTable(
      `${r.size.toLocaleString('en')} turns, ${(r.size * WORDS_PER_TURN).toLocaleString('en')} words (opened in ${r.openMs} ms): keystroke → paint at 60 Hz`,
      [
        { figure: 'p50', value: app.p50, floor: floors(bare.p50, empty.p50), target: '—' },
        {
          figure: 'p95',
          value: app.p95,
          floor: floors(bare.p95, empty.p95),
          target: `≤ ${(bare.p95 + 1).toFixed(1)} ms (textarea + 1)`,
          holds: app.p95 <= bare.p95 + 1,
        },
        {
          figure: 'worst',
          value: app.max,
          floor: floors(bare.max, empty.max),
          target: '≤ 25 ms',
          holds: app.max <= 25,
        },
      ],
    );
    printCauses(keystrokeCauses(r.app.events, r.app.latency, 5));
  }
  const durable = results[0].durable;
  if (durable) {
    printTable(`Keystroke → durable in IndexedDB (${DURABLE_SAMPLES} samples, ${results[0].size} turns)`, [
      { figure: 'p50', value: durable.p50, target: '—' },
      { figure: 'p95', value: durable.p95, target: '< 1000 ms', holds: durable.p95 < 1000 },
    ]);
  }
} finally {
  stop();
}
