/** The long interview the typing and export benchmarks open, seeded plain or encrypted. */
import { encryptSeeded, passStartScreen } from './bench-support.mjs';
import { random, VOCABULARY } from './bench-text.mjs';

export const WORDS_PER_TURN = 30;

/** Turn facts as the data layer keeps them: one record per turn (renderer/data/turn-fact-records.ts). */
export function factRecords(interviewId, facts) {
  return Object.entries(facts).map(([id, fact]) => ({ id, interviewId, fact }));
}
export const INTERVIEW_ID = 'bench-interview';
const RESPONDENT_ID = 'bench-respondent';

export function seedData(fx, turnCount) {
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
    factsOfTurns: factRecords(INTERVIEW_ID, facts),
    interviewSummaries: [fx.summarize(interview, facts)],
    questionCount: questions.length,
  };
}

/**
 * Seeds a long interview into a first-started app. Plain: "Nu niet" at the encryption
 * offer, then the records straight into IndexedDB. With `passphrase`: the same, then
 * encryption is set up and the app migrates the seeded database, as for a researcher of
 * an earlier release. Returns the time set-up and migration took (encrypted only).
 */
export async function seed(page, base, records, passphrase) {
  // First start: Dexie creates the database and installs the example study.
  await page.goto(base);
  await passStartScreen(page);
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
  if (passphrase !== undefined) return encryptSeeded(page, base, passphrase);
  // Loaded again, so the app reads what was put beside it (its queries' cache knows nothing of it).
  await page.reload();
  await passStartScreen(page);
  return undefined;
}
