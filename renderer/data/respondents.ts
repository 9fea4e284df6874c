/** The respondent list of a study. */
import { database } from './instance';
import { useLiveQuery } from 'dexie-react-hooks';
import { normaliseOrganisation } from '../../shared/respondents/organisation';
import type { Respondent, RespondentDraft } from '../../shared/respondents/schema';
import { isSound, loadRecordCheck, useRecordCheck } from './soundness';
import type { VeldwerkDatabase } from './database';

function clean(draft: RespondentDraft): RespondentDraft {
  const code = draft.codeOverride?.trim();
  return {
    name: draft.name.trim(),
    typeId: draft.typeId,
    organisation: normaliseOrganisation(draft.organisation),
    function: draft.function.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim(),
    notes: draft.notes,
    ...(code ? { codeOverride: code } : {}),
  };
}

export async function addRespondent(
  db: VeldwerkDatabase,
  studyId: string,
  draft: RespondentDraft,
  made: { id: string; now: number },
): Promise<Respondent> {
  const respondent: Respondent = { ...clean(draft), id: made.id, studyId, createdAt: made.now, updatedAt: made.now };
  await db.respondents.add(respondent);
  return respondent;
}

export async function updateRespondent(
  db: VeldwerkDatabase,
  id: string,
  draft: RespondentDraft,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.respondents, async () => {
    const existing = await db.respondents.get(id);
    if (!existing) throw new Error(`respondent ${id} not found`);
    const { codeOverride: _dropped, ...rest } = existing;
    await db.respondents.put({ ...rest, ...clean(draft), updatedAt: now });
  });
}

/** Removes the respondent with their answers, preparation and interviews (recordings included): nothing of them stays behind. */
export async function deleteRespondent(db: VeldwerkDatabase, id: string): Promise<void> {
  const tables = [
    db.respondents,
    db.responses,
    db.preparations,
    db.interviews,
    db.turns,
    db.memos,
    db.reflections,
    db.factsOfTurns,
    db.interviewSummaries,
    db.codings,
    db.recordings,
    db.recordingChunks,
  ];
  await db.transaction('rw', tables, async () => {
    const interviewIds = await db.interviews.where('respondentId').equals(id).primaryKeys();
    await db.codings.where('interviewId').anyOf(interviewIds).delete();
    const recordingIds = await db.recordings.where('interviewId').anyOf(interviewIds).primaryKeys();
    await db.recordingChunks.where('recordingId').anyOf(recordingIds).delete();
    await db.recordings.bulkDelete(recordingIds);
    await db.turns.where('interviewId').anyOf(interviewIds).delete();
    await db.reflections.bulkDelete(interviewIds);
    await db.factsOfTurns.where('interviewId').anyOf(interviewIds).delete();
    await db.interviewSummaries.bulkDelete(interviewIds);
    await db.memos.where('interviewId').anyOf(interviewIds).delete();
    await db.interviews.bulkDelete(interviewIds);
    await db.respondents.delete(id);
    await db.responses.delete(id);
    await db.preparations.delete(id);
  });
}

/** The study's sound respondents (with the full record check: for everything but the first screen's list). */
export async function respondentsOfStudy(db: VeldwerkDatabase, studyId: string): Promise<Respondent[]> {
  await loadRecordCheck();
  return soundRespondents(db, studyId);
}

async function soundRespondents(db: VeldwerkDatabase, studyId: string): Promise<Respondent[]> {
  // A damaged respondent is left out here and named by the damaged-records notice instead.
  const all = await db.respondents.where('studyId').equals(studyId).sortBy('createdAt');
  return all.filter((respondent) => isSound('respondents', respondent));
}

/** The other respondents of the same organisation in the study. */
export async function colleaguesOf(db: VeldwerkDatabase, respondent: Respondent): Promise<Respondent[]> {
  if (!respondent.organisation) return [];
  const same = await db.respondents
    .where('[studyId+organisation]')
    .equals([respondent.studyId, respondent.organisation])
    .toArray();
  return same.filter((r) => r.id !== respondent.id);
}

export function useRespondentsOfStudy(studyId: string): Respondent[] | undefined {
  const fullCheck = useRecordCheck();
  return useLiveQuery(() => soundRespondents(database(), studyId), [studyId, fullCheck]);
}

/** The respondent types that respondents of the study have (a type in use cannot be removed). */
export function useTypesInUse(studyId: string): Set<string> | undefined {
  return useLiveQuery(
    async () => new Set((await respondentsOfStudy(database(), studyId)).map((r) => r.typeId)),
    [studyId],
  );
}
