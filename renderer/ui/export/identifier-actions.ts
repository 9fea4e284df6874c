/**
 * Changes to the study's identifier list, always made on the stored study (not the one
 * on screen, which may lag a moment behind), so two quick additions both stay.
 */
import { addIdentifier, type EntryKind, type IdentifierEntry } from '../../../shared/anonymise';
import { studyIdentifiers, type Study } from '../../../shared/study/schema';
import { database } from '../../data/instance';
import { loadStudy, saveStudyIdentifiers } from '../../data/studies';
import { newId } from '../../lib/ids';

export type AddOutcome =
  | { status: 'added'; study: Study }
  | { status: 'empty' }
  | { status: 'duplicate'; existing: IdentifierEntry | undefined; study: Study };

export async function addStudyIdentifier(
  studyId: string,
  input: { text: string; kind: EntryKind },
): Promise<AddOutcome> {
  const db = database();
  const study = await loadStudy(db, studyId);
  if (!study) throw new Error(`Studie ${studyId} bestaat niet (meer)`);
  const result = addIdentifier(studyIdentifiers(study), input, newId());
  if (!result.ok)
    return result.reason === 'empty' ? { status: 'empty' } : { status: 'duplicate', existing: result.existing, study };
  await saveStudyIdentifiers(db, studyId, result.entries);
  return { status: 'added', study: { ...study, identifiers: result.entries } };
}

export async function updateStudyIdentifiers(
  studyId: string,
  change: (entries: readonly IdentifierEntry[]) => IdentifierEntry[],
): Promise<void> {
  const db = database();
  const study = await loadStudy(db, studyId);
  if (!study) throw new Error(`Studie ${studyId} bestaat niet (meer)`);
  await saveStudyIdentifiers(db, studyId, change(studyIdentifiers(study)));
}
