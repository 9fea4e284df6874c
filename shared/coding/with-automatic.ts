/**
 * A study's codings as the matrix and its quotes count them: the researcher's own plus
 * the automatic codes of the families the study shows, each automatic one a coding of
 * its whole turn with an id derived from turn and code (never stored).
 */
import type { Interview } from '../interview/interview';
import type { Turn } from '../interview/turn';
import { automaticCodings, automaticFamily, type AutomaticFamily } from './automatic';
import type { Coding } from './schema';

export function withAutomaticCodings(
  stored: readonly Coding[],
  interviews: readonly Pick<Interview, 'id' | 'studyId' | 'guide'>[],
  turns: readonly (Turn & { interviewId: string })[],
  families: readonly AutomaticFamily[],
): Coding[] {
  if (families.length === 0) return [...stored];
  const automatic = interviews.flatMap((interview) =>
    automaticCodings(
      interview,
      turns.filter((turn) => turn.interviewId === interview.id),
    )
      .filter((c) => families.includes(automaticFamily(c.codeId)!))
      .map((c): Coding => ({
        id: `${interview.id}/${c.turnId}/${c.codeId}`,
        studyId: interview.studyId,
        interviewId: interview.id,
        turnId: c.turnId,
        codeId: c.codeId,
        span: { kind: 'turn' },
        createdAt: 0,
        updatedAt: 0,
      })),
  );
  return [...stored, ...automatic];
}
