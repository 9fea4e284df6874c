/**
 * Respondent codes such as "BA" (policy officer, Aalten) and "MOIJ" (manager, Oude
 * IJsselstreek), derived from the study's code scheme (thesis Bijlage 1). The thesis
 * cites respondents only by these codes, and anonymised exports name them this way.
 */
import type { Study } from '../study/schema';
import type { Respondent } from './schema';

/** Dutch name particles stay lowercase in initials: "Jan van der Berg" → "JvdB". */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', "'t", 'op', 'in', 'la', 'le', 'du']);

export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => (PARTICLES.has(part.toLowerCase()) ? part[0]!.toLowerCase() : part[0]!.toUpperCase()))
    .join('');
}

function fold(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The study's abbreviation for an organisation, or its initials when the study does not know it. */
export function organisationAbbreviation(study: Study, organisation: string): string {
  const known = study.organisations.find((o) => fold(o.name) === fold(organisation));
  if (known) return known.abbreviation;
  return organisation
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

function fill(template: string, tokens: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => tokens[key] ?? whole);
}

function byCreation(a: Respondent, b: Respondent): number {
  return a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

/** The code the scheme gives, before duplicates are told apart. */
function baseCode(study: Study, respondent: Respondent, all: readonly Respondent[]): string {
  const type = study.respondentTypes.find((t) => t.id === respondent.typeId);
  const sameType = all.filter((r) => r.typeId === respondent.typeId).sort(byCreation);
  const n = sameType.findIndex((r) => r.id === respondent.id) + 1 || sameType.length + 1;
  return fill(type?.codeTemplate ?? study.codeScheme.template, {
    type: type?.codeLetter ?? '',
    org: organisationAbbreviation(study, respondent.organisation),
    initials: initialsOf(respondent.name),
    n: String(n),
  });
}

/**
 * Codes for every respondent of a study. A hand-set code wins; two respondents who
 * would get the same code are told apart by creation order (BA, BA2), so a code never
 * silently points at two people.
 */
export function deriveCodes(study: Study, respondents: readonly Respondent[]): Map<string, string> {
  const codes = new Map<string, string>();
  const taken = new Set(
    respondents.map((r) => r.codeOverride?.trim()).filter((c): c is string => Boolean(c)),
  );
  for (const respondent of [...respondents].sort(byCreation)) {
    const override = respondent.codeOverride?.trim();
    if (override) {
      codes.set(respondent.id, override);
      continue;
    }
    const base = baseCode(study, respondent, respondents) || '?';
    let code = base;
    for (let i = 2; taken.has(code); i++) code = `${base}${i}`;
    taken.add(code);
    codes.set(respondent.id, code);
  }
  return codes;
}

/** The questionnaire code ("VA", "VMA") for a respondent, when the type has one. */
export function questionnaireCode(study: Study, respondent: Respondent): string | undefined {
  const type = study.respondentTypes.find((t) => t.id === respondent.typeId);
  if (!type?.questionnaireCodePrefix || !study.codeScheme.questionnaireTemplate) return undefined;
  return fill(study.codeScheme.questionnaireTemplate, {
    qprefix: type.questionnaireCodePrefix,
    org: organisationAbbreviation(study, respondent.organisation),
    initials: initialsOf(respondent.name),
  });
}
