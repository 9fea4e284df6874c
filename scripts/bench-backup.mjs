// Times a backup and a restore of a study of 200 held interviews × 300 turns (about 25
// words a turn, memos and reflections too), and prints the file's size. The database is
// fake-indexeddb in this Node process (slower than Chromium's IndexedDB, so the figures
// are on the safe side); the code timed is the app's own (renderer/data/backup.ts and
// shared/backup/), bundled with esbuild into a temporary .mjs first.
// Targets (issue 10): backup < 5 s, restore < 10 s.
//
// Usage: node scripts/bench-backup.mjs
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { random, VOCABULARY } from './bench-text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INTERVIEWS = 200;
const TURNS = 300;

const dir = mkdtempSync(join(tmpdir(), 'veldwerk-bench-backup-'));
const bundle = join(dir, 'backup.mjs');
try {
  await build({
    stdin: {
      contents:
        "export { makeBackup, openBackup, replaceWith, readAllTables } from './renderer/data/backup.ts';\n" +
        "export { createDatabase, openDatabase } from './renderer/data/database.ts';\n" +
        "export { exampleStudy } from './shared/example/study.ts';\n" +
        "export { emptyPreparation } from './shared/preparation/schema.ts';\n" +
        "export { emptyReflection } from './shared/reflection/reflection.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'error',
  });
  const app = await import(pathToFileURL(bundle).href);
  const crypto = webcrypto;
  const next = random(2026);
  const sentence = (words) => Array.from({ length: words }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(' ');

  const db = await app.openDatabase(app.createDatabase('bench-backup'));
  const studyId = app.exampleStudy.id;
  await db.studies.put(app.exampleStudy);
  for (let i = 0; i < INTERVIEWS; i++) {
    const id = `interview-${i}`;
    const respondentId = `respondent-${i}`;
    const turns = Array.from({ length: TURNS }, (_, t) => ({
      id: `${id}-turn-${t}`,
      interviewId: id,
      speaker: t % 2 ? 'respondent' : 'interviewer',
      text: sentence(t % 2 ? 40 : 10),
      startedAt: 1_700_000_000_000 + t * 20_000,
    }));
    await db.transaction('rw', [db.respondents, db.preparations, db.interviews, db.turns, db.memos, db.reflections], async () => {
      await db.respondents.put({
        id: respondentId, studyId, name: `Respondent ${i}`, typeId: 'beleidsmedewerker', organisation: 'Aalten',
        function: '', email: '', phone: '', notes: '', createdAt: 1, updatedAt: 1,
      });
      await db.preparations.put(app.emptyPreparation(respondentId, studyId, 1));
      await db.interviews.put({
        id, studyId, respondentId, guide: { topicListId: 'tl', topicListTitle: 'T', sections: [] }, status: 'ended',
        startedAt: 1_700_000_000_000 + i * 86_400_000, pauses: [], askedByHand: [], notAskedByHand: [],
        turnOrder: turns.map((t) => t.id), createdAt: 1, updatedAt: 1,
      });
      await db.turns.bulkPut(turns);
      await db.memos.bulkPut(Array.from({ length: 5 }, (_, m) => ({ id: `${id}-memo-${m}`, interviewId: id, text: sentence(20), at: 1 })));
      await db.reflections.put({ ...app.emptyReflection(id, 1), studyId, notes: sentence(60) });
    });
  }

  // CPU time next to wall time: on a shared machine the wall time includes waiting for a core.
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  let start = performance.now();
  let cpuStart = cpu();
  await app.readAllTables(db);
  const readMs = performance.now() - start;

  start = performance.now();
  cpuStart = cpu();
  const bytes = await app.makeBackup(db, { crypto });
  const backupMs = performance.now() - start;
  const backupCpu = cpu() - cpuStart;

  start = performance.now();
  const encrypted = await app.makeBackup(db, { crypto, passphrase: 'een lange zin als wachtwoord' });
  const encryptedMs = performance.now() - start;

  await db.delete();
  const target = await app.openDatabase(app.createDatabase('bench-restore'));
  start = performance.now();
  cpuStart = cpu();
  const { document } = await app.openBackup(bytes, undefined, crypto);
  await app.replaceWith(target, document.tables);
  const restoreMs = performance.now() - start;
  const restoreCpu = cpu() - cpuStart;
  const turns = await target.turns.count();

  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const s = (n) => `${(n / 1000).toFixed(2)} s`;
  console.log(`backup of ${INTERVIEWS} interviews × ${TURNS} turns (${turns} turns restored)`);
  console.log(`  reading all tables: ${s(readMs)}`);
  console.log(`  backup:            ${s(backupMs)} (CPU ${s(backupCpu)})  (target < 5 s)   file ${mb(bytes.length)}`);
  console.log(`  with passphrase:   ${s(encryptedMs)}  (PBKDF2 600,000 iterations included)   file ${mb(encrypted.length)}`);
  console.log(`  restore (replace): ${s(restoreMs)} (CPU ${s(restoreCpu)})  (target < 10 s; read, check every record, write)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
