/**
 * An interview record read back from storage is checked against its schema before the
 * screen uses it: a record missing a field would otherwise stop the screen halfway.
 * Where a missing field has a safe default (an empty list), a repair is offered; a
 * missing identity or status has none, and is only named.
 */
import { interviewSchema, type Interview } from './interview';

export type InterviewRecordCheck =
  { ok: true; interview: Interview } | { ok: false; problems: string[]; repaired?: Interview };

/** Fields whose absence loses nothing: an empty list is what a new interview starts with. */
const SAFE_DEFAULTS = {
  pauses: [],
  askedByHand: [],
  notAskedByHand: [],
  turnOrder: [],
} as const;

const MAX_PROBLEMS = 20;

export function checkInterviewRecord(raw: unknown): InterviewRecordCheck {
  const parsed = interviewSchema.safeParse(raw);
  if (parsed.success) return { ok: true, interview: parsed.data };
  const problems = parsed.error.issues
    .slice(0, MAX_PROBLEMS)
    .map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`.slice(0, 200));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problems };
  const record = raw as Record<string, unknown>;
  const filled: Record<string, unknown> = { ...record };
  for (const [field, empty] of Object.entries(SAFE_DEFAULTS)) {
    if (record[field] === undefined || record[field] === null) filled[field] = empty;
  }
  const repaired = interviewSchema.safeParse(filled);
  return repaired.success ? { ok: false, problems, repaired: repaired.data } : { ok: false, problems };
}
