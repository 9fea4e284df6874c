/**
 * The reflection written right after an interview (step 3 of the workflow): were
 * enough open questions asked, were enough topics covered, which topics deserve more
 * attention next time. Topics marked for attention are carried forward to the
 * preparation of later interviews until the researcher clears them.
 *
 * Decisions:
 * - Topics are marked by `topicKey` (the normalised label, see topic-key.ts), not by
 *   topic id, so "Belang van leren" marked after a 5.1 interview shows up again when the
 *   next interview uses 5.2 or 5.3. The label is kept as typed, for display.
 * - A mark is cleared by setting `clearedAt` on it. Clearing a carried-forward topic
 *   clears it in every reflection that raised it (`clearTopic`), so one click is enough.
 * - `carriedForward(reflections, now)` answers "what was still open at `now`": a mark
 *   counts when its reflection was saved at or before `now` and it was not cleared at or
 *   before `now`. Passing the time of a past interview replays what was open then.
 * - Newest first, by the time the raising reflection was saved (updatedAt), since the
 *   stored shape has no time per mark. The same topic raised by several interviews is
 *   one entry listing every interview that raised it, newest first.
 */
import { z } from 'zod';
import { closingSchema } from './closing';
import { topicKey } from './topic-key';

export const reflectionAnswerSchema = z.enum(['yes', 'no', 'partly']);

export const attentionMarkSchema = z.object({
  /** topicKey(label): matches the same topic in other topic lists of the study. */
  topicKey: z.string().min(1),
  label: z.string().min(1),
  note: z.string().optional(),
  clearedAt: z.number().int().nonnegative().optional(),
});

export const reflectionSchema = z.object({
  interviewId: z.string().min(1),
  /** "Zijn er voldoende open vragen gesteld?" Unanswered until the researcher says. */
  enoughOpenQuestions: reflectionAnswerSchema.optional(),
  /** "Zijn voldoende onderwerpen behandeld?" */
  enoughTopicsCovered: reflectionAnswerSchema.optional(),
  /** "Welke onderwerpen verdienen meer aandacht?" One mark per topic. */
  moreAttention: z
    .array(attentionMarkSchema)
    .refine((marks) => new Set(marks.map((m) => m.topicKey)).size === marks.length, {
      message: 'een onderwerp staat er maar één keer in',
    }),
  notes: z.string(),
  /** The researcher's corrections of the classifier, by turn id. */
  questionKindOverrides: z.record(z.string(), z.enum(['open', 'closed'])),
  /** What the Afsluiting left to do (see closing.ts); absent until the researcher fills it in. */
  closing: closingSchema.optional(),
  updatedAt: z.number().int().nonnegative(),
});

export type ReflectionAnswer = z.infer<typeof reflectionAnswerSchema>;
export type AttentionMark = z.infer<typeof attentionMarkSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;

export function emptyReflection(interviewId: string, now: number): Reflection {
  return { interviewId, moreAttention: [], notes: '', questionKindOverrides: {}, updatedAt: now };
}

/** A mark for a topic of the guide, keyed so later interviews with other lists find it. */
export function attentionMark(label: string, note?: string): AttentionMark {
  return { topicKey: topicKey(label), label, ...(note ? { note } : {}) };
}

export interface CarriedTopic {
  topicKey: string;
  /** The label as the newest raising interview had it. */
  label: string;
  /** Newest first. */
  raisedBy: { interviewId: string; note?: string; at: number }[];
}

export function carriedForward(reflections: readonly Reflection[], now: number): CarriedTopic[] {
  const newestFirst = [...reflections].filter((r) => r.updatedAt <= now).sort((a, b) => b.updatedAt - a.updatedAt);
  const byKey = new Map<string, CarriedTopic>();
  for (const reflection of newestFirst) {
    for (const mark of reflection.moreAttention) {
      if (mark.clearedAt !== undefined && mark.clearedAt <= now) continue;
      const raised = {
        interviewId: reflection.interviewId,
        ...(mark.note ? { note: mark.note } : {}),
        at: reflection.updatedAt,
      };
      const entry = byKey.get(mark.topicKey);
      if (entry) entry.raisedBy.push(raised);
      else byKey.set(mark.topicKey, { topicKey: mark.topicKey, label: mark.label, raisedBy: [raised] });
    }
  }
  // Map keeps insertion order, and insertion ran newest first.
  return [...byKey.values()];
}

/** Clears a carried-forward topic in every reflection that raised it; others are returned as they were. */
export function clearTopic(reflections: readonly Reflection[], key: string, at: number): Reflection[] {
  return reflections.map((reflection) => {
    const open = reflection.moreAttention.some((m) => m.topicKey === key && m.clearedAt === undefined);
    if (!open) return reflection;
    return {
      ...reflection,
      moreAttention: reflection.moreAttention.map((m) =>
        m.topicKey === key && m.clearedAt === undefined ? { ...m, clearedAt: at } : m,
      ),
    };
  });
}

/**
 * Marks or unmarks a topic for more attention. Marking a topic whose mark was cleared
 * opens it anew (the researcher saw it fall short again); its note is kept.
 */
export function withAttention<R extends Reflection>(reflection: R, label: string, marked: boolean): R {
  const key = topicKey(label);
  const existing = reflection.moreAttention.find((m) => m.topicKey === key);
  const others = reflection.moreAttention.filter((m) => m.topicKey !== key);
  if (!marked) return { ...reflection, moreAttention: others };
  return { ...reflection, moreAttention: [...others, attentionMark(label, existing?.note)] };
}

/**
 * The researcher's label for one interviewer turn; undefined takes the correction back.
 * Choosing what the classifier said removes the correction too, so a later, better
 * classifier is not overruled for nothing.
 */
export function withQuestionKind<R extends Reflection>(
  reflection: R,
  turnId: string,
  kind: 'open' | 'closed' | undefined,
  classifiedAs: 'open' | 'closed' | 'notAQuestion',
): R {
  const { [turnId]: _previous, ...rest } = reflection.questionKindOverrides;
  const keep = kind === undefined || kind === classifiedAs;
  return { ...reflection, questionKindOverrides: keep ? rest : { ...rest, [turnId]: kind } };
}
