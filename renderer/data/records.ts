/**
 * Every record type the database stores, in one place. Most are the domain's own shapes
 * from shared/; the few that exist only in storage (a setting, a reflection with its
 * study, a replacement book keyed by study) are declared here.
 */
import type { ReplacementBook } from '../../shared/anonymise/replacements';
import type { TurnFact } from '../../shared/reflection/interview-summary';
import type { Reflection } from '../../shared/reflection/reflection';

export type { Coding } from '../../shared/coding/schema';
/** A StoredTurn may carry `startMs`: its offset in the interview's recording (shared/interview/turn.ts). */
export type { Interview, Memo, StoredTurn } from '../../shared/interview/interview';
export type { InterviewSummary } from '../../shared/reflection/interview-summary';
export type { Preparation, QuestionnaireResponse } from '../../shared/preparation/schema';
export type { Recording, RecordingChunk, RecordingPart } from '../../shared/recording/recording';
export type { Respondent } from '../../shared/respondents/schema';
export type { Study } from '../../shared/study/schema';

export interface Setting {
  key: string;
  value: unknown;
}

/** A reflection plus the study it belongs to (the shared shape knows only its interview). */
export type StoredReflection = Reflection & { studyId: string };

/** A study's replacement book (shared/anonymise/replacements.ts), one record per study. */
export interface StoredReplacementBook {
  studyId: string;
  book: ReplacementBook;
}

/**
 * One turn's facts (what its interview's summary is kept from), one record per turn under
 * the turn's id, so saving a turn rewrites its own facts, not the whole interview's.
 */
export interface StoredTurnFact {
  id: string;
  interviewId: string;
  fact: TurnFact;
}
