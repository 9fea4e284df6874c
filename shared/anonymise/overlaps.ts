/**
 * Findings never overlap: of overlapping candidates the longest wins ("Piet Jansen"
 * over "Jansen", an e-mail address over the domain inside it); at equal length the most
 * specific kind (FINDING_PRIORITY), then the earliest. Certain findings are chosen
 * first and suggestions only where no certain finding is, so a long suggestion can
 * never push out a certain match and leave it to the researcher's acceptance.
 */
import { FINDING_PRIORITY, type FindingKind } from './finding';

export interface SpanLike {
  start: number;
  end: number;
}

export const overlaps = (a: SpanLike, b: SpanLike): boolean => a.start < b.end && b.start < a.end;

/** The non-overlapping choice among `candidates` that avoids `blocked`, in text order. */
export function pickLongest<T extends SpanLike & { kind: FindingKind }>(
  candidates: readonly T[],
  blocked: readonly SpanLike[] = [],
): T[] {
  const ordered = candidates
    .filter((c) => c.end > c.start)
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) || FINDING_PRIORITY[a.kind] - FINDING_PRIORITY[b.kind] || a.start - b.start,
    );
  const chosen: T[] = [];
  for (const candidate of ordered) {
    if (blocked.some((span) => overlaps(span, candidate))) continue;
    if (chosen.some((span) => overlaps(span, candidate))) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
