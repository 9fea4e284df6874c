/**
 * The study's identifier list: every name, place, organisation or other detail that
 * must not leave the machine, as data the researcher edits. Respondents are on it
 * automatically (`registryWithRespondents`), so their names, e-mail addresses and phone
 * numbers are found in every transcript of the study, not only their own.
 *
 * Decision: every respondent's name is replaced by their respondent code ("BA"), in
 * their own transcript and in everyone else's. They are respondents of the same study
 * and the thesis cites them by code, so a reader sees that a remark concerns another
 * respondent, as the report would show anyway; "[Persoon 3]" would hide that and give
 * one person two names across the study. A researcher who wants a neutral label for a
 * respondent in another interview sets `replacement` on that entry. E-mail addresses
 * and phone numbers get the pattern labels ("[e-mail]"), never the code: "mail BA" reads
 * as nonsense and a code in place of a number helps no one.
 */
import { z } from 'zod';
import { fold } from './fold';

export const entryKindSchema = z.enum(['person', 'place', 'organisation', 'other']);
export type EntryKind = z.infer<typeof entryKindSchema>;

export const identifierEntrySchema = z.object({
  id: z.string().min(1),
  /** As the researcher writes it: "Piet van der Berg", "Aalten", "piet@aalten.nl", "06-12345678". */
  text: z.string().trim().min(1, 'een identificerend gegeven mag niet leeg zijn'),
  kind: entryKindSchema,
  /** Fixed replacement (a respondent code); when absent the study's book numbers it. */
  replacement: z.string().min(1).optional(),
  /** Other ways the same thing is written ("PJ", "Pietje", "OIJ"); matched like `text`. */
  aliases: z.array(z.string().trim().min(1)).optional(),
  /**
   * The entry is also an ordinary word ("Best", "Bakker", "Visser"): occurrences in
   * lowercase are then only suggested, capitalised ones stay certain.
   */
  alsoCommonWord: z.boolean().optional(),
  /** Set on entries made from a respondent, so their findings can be told apart. */
  respondentId: z.string().min(1).optional(),
});
export type IdentifierEntry = z.infer<typeof identifierEntrySchema>;

export const identifierRegistrySchema = z.array(identifierEntrySchema);

/** What the registry needs of a respondent (a `Respondent` fits). Empty e-mail/phone are skipped. */
export interface RespondentIdentity {
  id: string;
  name: string;
  email?: string;
  phone?: string;
}

/** Entry ids made from a respondent; stable, so the book and decisions survive a rebuild. */
export function respondentEntryId(respondentId: string, field: 'name' | 'email' | 'phone'): string {
  return `respondent:${respondentId}:${field}`;
}

/** The entries for one respondent: the name (replaced by `code` when given), e-mail and phone. */
export function respondentEntries(respondent: RespondentIdentity, code?: string): IdentifierEntry[] {
  const entries: IdentifierEntry[] = [];
  const name = respondent.name.trim();
  if (name) {
    entries.push({
      id: respondentEntryId(respondent.id, 'name'),
      text: name,
      kind: 'person',
      ...(code?.trim() ? { replacement: code.trim() } : {}),
      respondentId: respondent.id,
    });
  }
  const email = respondent.email?.trim();
  if (email)
    entries.push({
      id: respondentEntryId(respondent.id, 'email'),
      text: email,
      kind: 'other',
      respondentId: respondent.id,
    });
  const phone = respondent.phone?.trim();
  if (phone)
    entries.push({
      id: respondentEntryId(respondent.id, 'phone'),
      text: phone,
      kind: 'other',
      respondentId: respondent.id,
    });
  return entries;
}

/**
 * The researcher's entries plus fresh entries for every respondent (name → code from
 * `codes`, e.g. `deriveCodes(study, respondents)`). Entries made earlier for these
 * respondents are replaced, so a changed name or code never leaves a stale entry.
 */
export function registryWithRespondents(
  entries: readonly IdentifierEntry[],
  respondents: readonly RespondentIdentity[],
  codes: ReadonlyMap<string, string>,
): IdentifierEntry[] {
  const ids = new Set(respondents.map((r) => r.id));
  return [
    ...entries.filter((entry) => entry.respondentId === undefined || !ids.has(entry.respondentId)),
    ...respondents.flatMap((respondent) => respondentEntries(respondent, codes.get(respondent.id))),
  ];
}

/** Entry id of an organisation the study or a respondent names; stable across rebuilds. */
export function organisationEntryId(name: string): string {
  return `organisation:${fold(name)}`;
}

export interface OrganisationIdentity {
  name: string;
  /** The study's abbreviation ("A" for Aalten), which respondent codes are made of. */
  abbreviation?: string;
}

/**
 * The organisations the study works in, and any a respondent works at, as entries:
 * with a respondent's function, "the policy officer of Aalten" names a person as surely
 * as a name does. Replaced by the study's abbreviation in brackets ("[A]"), the letter
 * that the respondent codes (BA, MA) already carry, so nothing new is revealed and a
 * reader can still tell municipalities apart; without an abbreviation the study's book
 * numbers them. An organisation the researcher listed themselves keeps their entry.
 */
export function registryWithOrganisations(
  entries: readonly IdentifierEntry[],
  organisations: readonly OrganisationIdentity[],
): IdentifierEntry[] {
  const listed = new Set(entries.flatMap((entry) => [entry.text, ...(entry.aliases ?? [])]).map(fold));
  const added: IdentifierEntry[] = [];
  for (const organisation of organisations) {
    const name = organisation.name.trim();
    if (!name || listed.has(fold(name))) continue;
    listed.add(fold(name));
    const abbreviation = organisation.abbreviation?.trim();
    added.push({
      id: organisationEntryId(name),
      text: name,
      kind: 'organisation',
      ...(abbreviation ? { replacement: `[${abbreviation}]` } : {}),
    });
  }
  return [...entries, ...added];
}
