/**
 * One interview as it is held: the guide as prepared when it started (kept, so later
 * edits to the preparation or the study never change what was used), consent, the
 * clock with its pauses, what was asked, and the order of the turns. The turns
 * themselves are stored one record each (see turn.ts), so typing writes one small
 * record, not the whole transcript.
 */
import { z } from 'zod';
import { pauseSchema } from './pause-schema';
import type { Turn } from './turn';

export const consentSchema = z.object({
  /** Permission to record: given, refused (the interview goes on without recording). */
  recording: z.enum(['given', 'refused']),
  anonymityExplained: z.boolean(),
  givenAt: z.number().int().nonnegative(),
});

/** A snapshot of the prepared guide, as the interviewer saw it (see shared/preparation/guide.ts). */
export const guideSnapshotSchema = z.object({
  topicListId: z.string().min(1),
  topicListTitle: z.string(),
  role: z.string().optional(),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      goal: z.string().optional(),
      instruction: z.string().optional(),
      topics: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          indicators: z.string().optional(),
          flags: z.array(z.unknown()),
          questions: z.array(
            z.object({
              id: z.string(),
              own: z.boolean(),
              /** The neutral follow-up of a comparison (shared/preparation/guide.ts); not in the topic list. */
              comparisonId: z.string().optional(),
              text: z.string(),
              followUp: z.boolean(),
              ticked: z.boolean(),
              number: z.string().optional(),
              probesHeading: z.string().optional(),
              probes: z.array(z.string()),
              flags: z.array(z.unknown()),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const interviewSchema = z.object({
  id: z.string().min(1),
  studyId: z.string().min(1),
  respondentId: z.string().min(1),
  guide: guideSnapshotSchema,
  status: z.enum(['consent', 'running', 'ended']),
  consent: consentSchema.optional(),
  /** "Tijd interview": when the clock started. */
  startedAt: z.number().int().nonnegative().optional(),
  endedAt: z.number().int().nonnegative().optional(),
  pauses: z.array(pauseSchema),
  /** Guide questions or topics ticked as asked by hand (inserted ones count without this). */
  askedByHand: z.array(z.string()),
  /** Ids of guide nodes unticked as asked by hand, overriding an inserted turn. */
  notAskedByHand: z.array(z.string()),
  currentSectionId: z.string().optional(),
  /** Reading order of the turns (ids into the turns table). */
  turnOrder: z.array(z.string()),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});

/** A stored turn: the transcript turn plus the interview it belongs to. */
export type StoredTurn = Turn & { interviewId: string };

/** The interviewer's own observation, kept apart from the transcript. */
export const memoSchema = z.object({
  id: z.string().min(1),
  interviewId: z.string().min(1),
  text: z.string(),
  at: z.number().int().nonnegative(),
  sectionId: z.string().optional(),
});

export type Consent = z.infer<typeof consentSchema>;
export type GuideSnapshot = z.infer<typeof guideSnapshotSchema>;
export type Interview = z.infer<typeof interviewSchema>;
export type Memo = z.infer<typeof memoSchema>;
