/**
 * Restoring a file "as a copy": every study in it comes in as a new study, with new ids
 * for everything that has a global key (studies, respondents, their answers and
 * preparations, interviews, turns, memos, reflections, codings, replacement books,
 * recordings and their chunks) and
 * every reference to those ids rewritten, so nothing already on this computer can be
 * touched or confused with it. Ids inside a study's design (topic lists, questions,
 * codes) belong to that study only and stay as they are, so the copied interviews' guide
 * snapshots and codings keep pointing at the right design. Settings are this machine's.
 */
import { chunkId } from '../recording/recording';
import { emptyTables, type BackupTables } from './tables';

export interface CopyOptions {
  /** A new unique id. */
  newId: () => string;
  /** The copied study's name, e.g. `${name} (kopie)`. */
  renameStudy: (name: string) => string;
}

export function asCopy(tables: BackupTables, { newId, renameStudy }: CopyOptions): BackupTables {
  const maps = new Map<string, Map<string, string>>();
  // One map per kind of id: the same old id always becomes the same new one.
  const fresh = (kind: string) => {
    let map = maps.get(kind);
    if (!map) maps.set(kind, (map = new Map()));
    const table = map;
    return (old: string): string => {
      let id = table.get(old);
      if (id === undefined) table.set(old, (id = newId()));
      return id;
    };
  };
  const study = fresh('study');
  const respondent = fresh('respondent');
  const interview = fresh('interview');
  const turn = fresh('turn');
  const memo = fresh('memo');
  const coding = fresh('coding');
  const recording = fresh('recording');

  const copy = emptyTables();
  copy.studies = tables.studies.map((s) => ({ ...s, id: study(s.id), name: renameStudy(s.name) }));
  copy.respondents = tables.respondents.map((r) => ({ ...r, id: respondent(r.id), studyId: study(r.studyId) }));
  // Answers and preparations are keyed by their respondent's id.
  copy.responses = tables.responses.map((r) => ({ ...r, id: respondent(r.id), studyId: study(r.studyId) }));
  copy.preparations = tables.preparations.map((p) => ({ ...p, id: respondent(p.id), studyId: study(p.studyId) }));
  copy.interviews = tables.interviews.map((i) => ({
    ...i,
    id: interview(i.id),
    studyId: study(i.studyId),
    respondentId: respondent(i.respondentId),
    turnOrder: i.turnOrder.map(turn),
  }));
  copy.turns = tables.turns.map((t) => ({ ...t, id: turn(t.id), interviewId: interview(t.interviewId) }));
  copy.memos = tables.memos.map((m) => ({ ...m, id: memo(m.id), interviewId: interview(m.interviewId) }));
  copy.reflections = tables.reflections.map((r) => ({
    ...r,
    interviewId: interview(r.interviewId),
    studyId: study(r.studyId),
    questionKindOverrides: Object.fromEntries(
      Object.entries(r.questionKindOverrides).map(([id, kind]) => [turn(id), kind]),
    ),
  }));
  copy.replacementBooks = tables.replacementBooks.map((b) => ({ ...b, studyId: study(b.studyId) }));
  copy.codings = tables.codings.map((c) => ({
    ...c,
    id: coding(c.id),
    studyId: study(c.studyId),
    interviewId: interview(c.interviewId),
    turnId: turn(c.turnId),
  }));
  copy.recordings = tables.recordings.map((r) => ({
    ...r,
    id: recording(r.id),
    interviewId: interview(r.interviewId),
  }));
  // A chunk's id is made from its recording's id (recording/recording.ts).
  copy.recordingChunks = tables.recordingChunks.map((c) => {
    const recordingId = recording(c.recordingId);
    return { ...c, id: chunkId(recordingId, c.part, c.seq), recordingId };
  });
  return copy;
}
