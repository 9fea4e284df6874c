/**
 * What the Afsluiting of an interview leaves to do: send the transcript or a report
 * when the respondent asked for it ("Toesturen transcript + onderzoek"), and follow up
 * the people the respondent suggested ("Eventueel vragen contactgegevens interessante
 * respondenten"). Saved with the interview's reflection.
 *
 * Decisions:
 * - What was sent is one date (`sentOn`, yyyy-mm-dd as typed in a date field), not a
 *   timestamp: the researcher records it afterwards, often days later.
 * - A suggested respondent becomes a respondent in one step. The suggestion keeps the
 *   id of the respondent it became (`respondentId`), so it cannot be added twice and
 *   the overview can say it was added.
 * - A suggestion needs a name and a respondent type before it can be added: the type
 *   decides the code (BA, MOIJ) and the topic list. Contact details may be missing.
 */
import { z } from 'zod';
import { normaliseOrganisation } from '../respondents/organisation';
import type { RespondentDraft } from '../respondents/schema';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const suggestedRespondentSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  function: z.string(),
  organisation: z.string(),
  /** A respondent type of the study; empty until the researcher picks one. */
  typeId: z.string(),
  email: z.string(),
  phone: z.string(),
  /** Set once the suggestion was added to the respondent list. */
  respondentId: z.string().min(1).optional(),
});

export const closingSchema = z.object({
  transcriptRequested: z.boolean(),
  reportRequested: z.boolean(),
  sentOn: z.string().regex(ISO_DATE, 'datum als jjjj-mm-dd').optional(),
  suggestions: z.array(suggestedRespondentSchema),
});

export type SuggestedRespondent = z.infer<typeof suggestedRespondentSchema>;
export type Closing = z.infer<typeof closingSchema>;

export function emptyClosing(): Closing {
  return { transcriptRequested: false, reportRequested: false, suggestions: [] };
}

export function emptySuggestion(id: string): SuggestedRespondent {
  return { id, name: '', function: '', organisation: '', typeId: '', email: '', phone: '' };
}

/** Something to send that has not been sent yet. */
export function sendingDue(closing: Closing | undefined): boolean {
  if (!closing) return false;
  return (closing.transcriptRequested || closing.reportRequested) && closing.sentOn === undefined;
}

export type SuggestionProblem = 'name' | 'type' | 'added';

/** Why a suggestion cannot be added yet; empty when it can. */
export function suggestionProblems(
  suggestion: SuggestedRespondent,
  knownTypeIds: readonly string[],
): SuggestionProblem[] {
  const problems: SuggestionProblem[] = [];
  if (suggestion.respondentId) problems.push('added');
  if (suggestion.name.trim() === '') problems.push('name');
  if (!knownTypeIds.includes(suggestion.typeId)) problems.push('type');
  return problems;
}

/** The respondent-list entry a suggestion becomes; the note says who suggested them. */
export function suggestionToDraft(suggestion: SuggestedRespondent, suggestedBy: string): RespondentDraft {
  return {
    name: suggestion.name.trim(),
    typeId: suggestion.typeId,
    organisation: normaliseOrganisation(suggestion.organisation),
    function: suggestion.function.trim(),
    email: suggestion.email.trim(),
    phone: suggestion.phone.trim(),
    notes: suggestedBy,
  };
}

export type FollowUpStatus = 'toSend' | 'sent' | 'nothingAsked';

/** One row of the overview's follow-up table. */
export interface FollowUpSummary {
  interviewId: string;
  requested: ('transcript' | 'report')[];
  sentOn?: string;
  suggestions: number;
  /** Suggestions already added to the respondent list. */
  added: number;
  status: FollowUpStatus;
}

export function followUpSummary(interviewId: string, closing: Closing | undefined): FollowUpSummary {
  const c = closing ?? emptyClosing();
  const requested = [
    ...(c.transcriptRequested ? (['transcript'] as const) : []),
    ...(c.reportRequested ? (['report'] as const) : []),
  ];
  // A date counts as sent even when nothing is ticked: the researcher recorded that it went out.
  const status: FollowUpStatus = c.sentOn !== undefined ? 'sent' : requested.length > 0 ? 'toSend' : 'nothingAsked';
  return {
    interviewId,
    requested,
    ...(c.sentOn !== undefined ? { sentOn: c.sentOn } : {}),
    suggestions: c.suggestions.length,
    added: c.suggestions.filter((s) => s.respondentId !== undefined).length,
    status,
  };
}

/**
 * The table's order: what is still to send first, otherwise as given (oldest interview
 * first). `kept` is the order shown so far: a row the researcher is editing does not jump
 * away when its status changes; only interviews not shown before are placed by status.
 */
export function followUpOrder(summaries: readonly FollowUpSummary[], kept: readonly string[] = []): string[] {
  const present = new Set(summaries.map((s) => s.interviewId));
  const stay = kept.filter((id) => present.has(id));
  const known = new Set(stay);
  const fresh = summaries.filter((s) => !known.has(s.interviewId));
  const due = fresh.filter((s) => s.status === 'toSend');
  const rest = fresh.filter((s) => s.status !== 'toSend');
  return [...stay, ...due.map((s) => s.interviewId), ...rest.map((s) => s.interviewId)];
}
