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
 * - A mark's time is `markedAt` (set when it is ticked); marks saved before that field
 *   existed fall back to the time their reflection was saved (updatedAt), which moves on
 *   every later edit of that reflection. Newest first. The same topic raised by several
 *   interviews is one entry listing every interview that raised it, newest first.
 * - During an interview the guide shows what was open when that interview started
 *   (`attentionAtStart`): a mark raised by its own reflection, or after it began, is not
 *   a reminder for it.
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
  /** When the researcher ticked it; absent on marks saved before this was recorded. */
  markedAt: z.number().int().nonnegative().optional(),
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
export function attentionMark(label: string, note?: string, markedAt?: number): AttentionMark {
  return {
    topicKey: topicKey(label),
    label,
    ...(note ? { note } : {}),
    ...(markedAt !== undefined ? { markedAt } : {}),
  };
}

export interface CarriedTopic {
  topicKey: string;
  /** The label as the newest raising interview had it. */
  label: string;
  /** Newest first. */
  raisedBy: { interviewId: string; note?: string; at: number }[];
}

export function carriedForward(reflections: readonly Reflection[], now: number): CarriedTopic[] {
  const byKey = new Map<string, CarriedTopic>();
  for (const reflection of reflections) {
    for (const mark of reflection.moreAttention) {
      const at = mark.markedAt ?? reflection.updatedAt;
      if (at > now) continue;
      if (mark.clearedAt !== undefined && mark.clearedAt <= now) continue;
      const raised = { interviewId: reflection.interviewId, ...(mark.note ? { note: mark.note } : {}), at };
      const entry = byKey.get(mark.topicKey);
      if (entry) entry.raisedBy.push(raised);
      else byKey.set(mark.topicKey, { topicKey: mark.topicKey, label: mark.label, raisedBy: [raised] });
    }
  }
  const topics = [...byKey.values()];
  for (const topic of topics) {
    topic.raisedBy.sort((a, b) => b.at - a.at);
    // The label as the newest raising interview typed it.
    const newest = reflections.find((r) => r.interviewId === topic.raisedBy[0]!.interviewId);
    topic.label = newest?.moreAttention.find((m) => m.topicKey === topic.topicKey)?.label ?? topic.label;
  }
  return topics.sort((a, b) => b.raisedBy[0]!.at - a.raisedBy[0]!.at);
}

/**
 * The reminders for one interview's guide: what was open when it started, raised by
 * other interviews. An interview not started yet (still at consent) gets what is open `now`.
 */
export function attentionAtStart(
  reflections: readonly Reflection[],
  interview: { id: string; startedAt?: number },
  now: number,
): CarriedTopic[] {
  const others = reflections.filter((r) => r.interviewId !== interview.id);
  return carriedForward(others, interview.startedAt ?? now);
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
export function withAttention<R extends Reflection>(reflection: R, label: string, marked: boolean, at?: number): R {
  const key = topicKey(label);
  const existing = reflection.moreAttention.find((m) => m.topicKey === key);
  const others = reflection.moreAttention.filter((m) => m.topicKey !== key);
  if (!marked) return { ...reflection, moreAttention: others };
  const open = existing && existing.clearedAt === undefined;
  return { ...reflection, moreAttention: [...others, open ? existing : attentionMark(label, existing?.note, at)] };
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
