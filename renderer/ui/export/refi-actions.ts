/**
 * The REFI-QDA project export outside React: gathering what the project holds beyond the
 * transcripts (questionnaire answers, codings, memos, reflections) and saving the .qdpx
 * through the platform. The transcripts come from the same items, findings and decisions
 * as the Word export, so the review decides both alike.
 */
import type { Decisions, Finding } from '../../../shared/anonymise';
import type { AutomaticNames } from '../../../shared/coding/automatic';
import type { InterviewForExport } from '../../../shared/export';
import { audioExtension } from '../../../shared/refi/audio-file';
import { buildProject, type RecordingForExport } from '../../../shared/refi/project';
import { qdpxBytes, qdpxFileName } from '../../../shared/refi/qdpx';
import type { Respondent } from '../../../shared/respondents/schema';
import type { Study } from '../../../shared/study/schema';
import { codingsOfStudy } from '../../data/codings';
import { database } from '../../data/instance';
import { memosOfInterviews } from '../../data/interviews';
import { recordingBlob, recordingOfInterview } from '../../data/recordings';
import { responsesOfStudy } from '../../data/preparations';
import { reflectionsOfStudy } from '../../data/reflections';
import { getPlatform } from '../../platform';
import type { SaveOutcome } from './export-actions';

export interface QdpxOptions {
  anonymised: boolean;
  findings?: readonly Finding[];
  decisions?: Decisions;
  researcher: string;
  automaticNames: AutomaticNames;
}

/** Each interview's recording as one file (its parts joined), for those that have one. */
async function recordingsOf(interviewIds: readonly string[]): Promise<Map<string, RecordingForExport>> {
  const db = database();
  const found = new Map<string, RecordingForExport>();
  // One at a time, so only the recordings already read and the one being read are in memory.
  for (const id of interviewIds) {
    const blob = await recordingBlob(db, id);
    if (!blob) continue;
    const fileName = (await recordingOfInterview(db, id))?.parts[0]?.fileName;
    found.set(id, { bytes: new Uint8Array(await blob.arrayBuffer()), extension: audioExtension(blob.type, fileName) });
  }
  return found;
}

export async function saveQdpx(
  study: Study,
  items: readonly InterviewForExport[],
  respondents: readonly Respondent[],
  codes: ReadonlyMap<string, string>,
  options: QdpxOptions,
): Promise<SaveOutcome> {
  const db = database();
  const ids = items.map((item) => item.interview.id);
  const [responses, codings, memos, reflections] = await Promise.all([
    responsesOfStudy(db, study.id),
    codingsOfStudy(db, study.id),
    memosOfInterviews(db, ids),
    reflectionsOfStudy(db, study.id),
  ]);
  const now = Date.now();
  // A voice identifies: recordings go only into an identified project.
  const recordings = options.anonymised ? undefined : await recordingsOf(ids);
  const files = buildProject({
    study,
    items,
    respondents,
    codes,
    responses,
    codings,
    memos,
    reflections,
    now,
    recordings,
    ...options,
  });
  const result = await getPlatform().saveFile({
    suggestedName: qdpxFileName(study, now, options.anonymised),
    mimeType: 'application/zip',
    bytes: qdpxBytes(files),
  });
  return result.status === 'saved' ? { status: 'saved', count: 1, location: result.location } : result;
}
