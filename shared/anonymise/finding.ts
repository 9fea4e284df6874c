/**
 * What the search reports and the review shows: one identifier found in one text, with
 * its replacement. Offsets are UTF-16 indices into the text as given (end exclusive),
 * so `text.slice(start, end) === match`.
 */
import type { LabelAssignment } from './replacements';

export type FindingKind = 'respondent' | 'registered' | 'email' | 'phone' | 'postcode' | 'url' | 'nameLike';

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
