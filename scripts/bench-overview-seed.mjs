/** The study the overview benchmark opens: 200 held interviews × 300 turns of the example study. */
import { factRecords } from './bench-interview-seed.mjs';
import { random, VOCABULARY } from './bench-text.mjs';

export const INTERVIEWS = 200;
export const TURNS = 300;
const WORDS_PER_TURN = 30;
const BATCH = 10;

export function seedBatches(fx) {
  const study = fx.exampleStudy;
  const next = random(14);
  const now = Date.now();
  const types = study.respondentTypes.filter((t) => t.id === 'beleidsmedewerker' || t.id === 'manager');
  const batches = [];
  let batch = { respondents: [], interviews: [], turns: [], factsOfTurns: [], interviewSummaries: [] };
  for (let n = 0; n < INTERVIEWS; n++) {
    const type = types[n % types.length];
    const list = study.topicLists.find((l) => l.id === type.topicListId);
    const respondentId = `bench-r${n}`;
    const sections = fx.buildGuide(list, {
      role: type.role,
      flags: [],
      preparation: fx.emptyPreparation(respondentId, study.id, 0),
    });
    const guide = fx.guideSnapshotSchema.parse({ topicListId: list.id, topicListTitle: list.title, sections });
    const nodes = guide.sections.flatMap((s) => s.topics.flatMap((t) => [t.id, ...t.questions.map((q) => q.id)]));
    const startedAt = now - (INTERVIEWS - n) * 86_400_000;
    const interviewId = `bench-i${n}`;
    const turns = Array.from({ length: TURNS }, (_, i) => {
      const words = Array.from({ length: WORDS_PER_TURN }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
      const interviewer = i % 2 === 0;
      const linked = interviewer && next() < 0.3;
      return {
        id: `${interviewId}-t${i}`,
        interviewId,
        speaker: interviewer ? 'interviewer' : 'respondent',
        text: words.join(' ') + (interviewer ? '?' : '.'),
        startedAt: startedAt + i * 20_000,
        ...(linked ? { nodeId: nodes[Math.floor(next() * nodes.length)] } : {}),
      };
    });
    const interview = {
      id: interviewId,
      studyId: study.id,
      respondentId,
      guide,
      status: 'ended',
      startedAt,
      endedAt: startedAt + TURNS * 20_000,
      pauses: [],
      askedByHand: [],
      notAskedByHand: [],
      turnOrder: turns.map((t) => t.id),
      createdAt: startedAt,
      updatedAt: startedAt,
    };
    const facts = fx.factsOf(turns);
    batch.respondents.push({
      id: respondentId,
      studyId: study.id,
      name: `Respondent ${n + 1}`,
      typeId: type.id,
      organisation: `Gemeente ${n + 1}`,
      function: '',
      email: '',
      phone: '',
      notes: '',
      createdAt: startedAt,
      updatedAt: startedAt,
    });
    batch.interviews.push(interview);
    batch.turns.push(...turns);
    batch.factsOfTurns.push(...factRecords(interviewId, facts));
    batch.interviewSummaries.push(fx.summarize(interview, facts));
    if (batch.interviews.length === BATCH) {
      batches.push(batch);
      batch = { respondents: [], interviews: [], turns: [], factsOfTurns: [], interviewSummaries: [] };
    }
  }
  if (batch.interviews.length > 0) batches.push(batch);
  return batches;
}

export async function putRaw(page, batch) {
  await page.evaluate(async (records) => {
    const db = await new Promise((res, rej) => {
      const r = indexedDB.open('veldwerk');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    await new Promise((res, rej) => {
      const stores = Object.keys(records);
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) for (const record of records[store]) tx.objectStore(store).put(record);
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
      tx.onabort = () => rej(tx.error);
    });
    db.close();
  }, batch);
}

export const ready = () => document.body.dataset.ready === 'true' && document.querySelector('main h1') !== null;

/**
 * Opening the overview from the respondents list until every part of it shows, then painted.
 * `awayMs`: how long the respondents list shows first. Dexie keeps a live query's results for
 * 3 s after its screen closes and answers the same query from them when it opens again; away
 * longer, the overview reads (and, encrypted, decrypts) everything again, as on a first visit.
 */
export async function overviewOnce(page, awayMs = 0) {
  await page.evaluate(() => {
    window.location.hash = '#/respondenten';
  });
  await page.waitForFunction(
    () => document.querySelector('#overview-title') === null && document.querySelector('main h1'),
  );
  if (awayMs > 0) await page.waitForTimeout(awayMs);
  return page.evaluate(
    (columns) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        window.location.hash = '#/overzicht';
        /**
         * A windowed table is drawn when it has rows with their content and no stand-in
         * for undrawn rows (a gap row, aria-hidden) is in view, in the window and in the
         * table's own scroll box.
         */
        const windowDrawn = (table) => {
          const rows = table.querySelectorAll('tbody tr[aria-rowindex]');
          if (rows.length === 0 || [...rows].some((row) => !row.querySelector('th')?.textContent.trim())) return false;
          const box = table.closest('.matrix-scroll')?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
          const top = Math.max(0, box.top);
          const bottom = Math.min(innerHeight, box.bottom);
          return [...table.querySelectorAll('tbody[aria-hidden="true"] tr')].every((gap) => {
            const r = gap.getBoundingClientRect();
            return r.bottom <= top || r.top >= bottom;
          });
        };
        const check = () => {
          // Every part shown: the coverage matrix counting every interview (its columns in
          // view in the page), the code matrix, the follow-up table counting a row for every
          // interview with the rows in view drawn with their content (it is windowed), and
          // nothing still saying it is loading.
          const main = document.querySelector('main');
          const coverage = main.querySelector('.matrix:not(.code-matrix)');
          const followUps = main.querySelector('.follow-up-table');
          const done =
            coverage?.getAttribute('aria-colcount') === String(columns + 2) &&
            coverage.querySelectorAll('thead th').length > 2 &&
            main.querySelector('.code-matrix tbody tr') !== null &&
            followUps?.getAttribute('aria-rowcount') === String(columns + 1) &&
            windowDrawn(followUps) &&
            main.querySelector('.overview p.muted') === null;
          if (done) {
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve(performance.now() - t0);
              ch.port2.postMessage(0);
            });
          } else if (performance.now() - t0 > 120_000) {
            reject(new Error(`overview incomplete after 2 minutes: ${main.innerText.slice(0, 300)}`));
          } else requestAnimationFrame(check);
        };
        check();
      }),
    INTERVIEWS,
  );
}
