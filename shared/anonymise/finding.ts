/**
 * What the search reports and the review shows: one identifier found in one text, with
 * its replacement. Offsets are UTF-16 indices into the text as given (end exclusive),
 * so `text.slice(start, end) === match`.
 */
import type { LabelAssignment } from './replacements';

export type FindingKind = 'respondent' | 'registered' | 'email' | 'phone' | 'postcode' | 'url' | 'nameLike';

/** What a suggested name most likely is ('name': nothing says). */
export type NameGuess = 'person' | 'place' | 'organisation' | 'name';
/** How sure the search is of a suggestion: the review ranks by it. */
export type Confidence = 'high' | 'medium' | 'low';

export interface Finding {
  /** `${textId}:${start}-${end}`: stable while the text is unchanged, the key for decisions. */
  id: string;
  textId: string;
  start: number;
  end: number;
  match: string;
  kind: FindingKind;
  /** The registry entry that matched (kinds 'respondent' and 'registered'). */
  entryId?: string;
  replacement: string;
  /** False: a suggestion, applied only when the researcher accepts it. */
  certain: boolean;
  /** The book label behind `replacement`, when it is a numbered one; see `recordReplacements`. */
  label?: LabelAssignment;
  /**
   * What it identifies: findings with the same entity are one person, place or
   * organisation (one registry entry, or the forms of one suggested name, "Kees de
   * Boer" and "Kees"). The review shows each entity as one row.
   */
  entity: string;
  /** Suggestions only: what the name most likely is, and how sure the search is. */
  guess?: NameGuess;
  confidence?: Confidence;
}

/** Ties between findings of equal length go to the most specific kind. */
export const FINDING_PRIORITY: Readonly<Record<FindingKind, number>> = {
  respondent: 0,
  registered: 1,
  email: 2,
  url: 3,
  phone: 4,
  postcode: 5,
  nameLike: 6,
};

export function findingId(textId: string, start: number, end: number): string {
  return `${textId}:${start}-${end}`;
}
