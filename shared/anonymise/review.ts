/**
 * The export review as data: every finding with its context, whether it will be
 * replaced, and the researcher's ticks turned into decisions. A tick that matches the
 * default (certain findings ticked, suggestions not) stores no decision, so a finding
 * that turns certain after the researcher adds a name by hand follows its new default.
 */
import { isApplied, type Decision, type Decisions } from './apply';
import { findingInContext, type FindingInContext } from './context';
import type { Confidence, Finding, FindingKind, NameGuess } from './finding';

export interface ReviewRow {
  finding: Finding;
  context: FindingInContext;
  /** Whether it will be replaced with the current decisions. */
  applied: boolean;
  /** Whether the text goes on before / after the context shown (for an ellipsis). */
  clipped: { before: boolean; after: boolean };
}

/** Characters of context either side of a finding. */
const CONTEXT_WIDTH = 40;

export function reviewRows(
  texts: readonly { id: string; text: string }[],
  findings: readonly Finding[],
  decisions: Decisions,
): ReviewRow[] {
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  return findings.map((finding) => {
    const text = textOf.get(finding.textId) ?? '';
    return {
      finding,
      context: findingInContext(text, finding, CONTEXT_WIDTH),
      applied: isApplied(finding, decisions),
      clipped: { before: finding.start > CONTEXT_WIDTH, after: finding.end + CONTEXT_WIDTH < text.length },
    };
  });
}

/** Whether the occurrences of an identifier will all be replaced, none, or some (a mixed tick). */
export type GroupState = 'all' | 'none' | 'mixed';

/**
 * One identifier in the review: every occurrence of one entity (finding.ts), in every
 * form it was written: a registry entry, the forms of one suggested name ("Kees de
 * Boer", "Kees"), or the same text when nothing more is known. A long interview names
 * its respondent dozens of times; one tick for all of them is what makes the review
 * possible to get through.
 */
export interface ReviewGroup {
  key: string;
  /** The forms it was found in, longest first ("Karin de Vries", "Karin"). */
  forms: string[];
  /** Its replacement as a label ("[Persoon 1]"), without what a sentence adds ("'s", brackets after a title). */
  replacement: string;
  /** The kind of its first certain occurrence; 'nameLike' only when every one is a suggestion. */
  kind: FindingKind;
  /** False when every occurrence is a suggestion. */
  certain: boolean;
  /** Suggestions: what the name most likely is, and the best confidence among its occurrences. */
  guess?: NameGuess;
  confidence?: Confidence;
  rows: ReviewRow[];
  state: GroupState;
}

const groupKey = (finding: Finding): string => finding.entity;

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 0, medium: 1, low: 2 };

/** The label itself: the shortest of the replacements, "[Persoon 2]" of "[Persoon 2]'s", "BA" of "[BA]". */
function labelOf(findings: readonly Finding[]): string {
  return findings.map((f) => f.replacement).reduce((a, b) => (b.length < a.length ? b : a));
}

function bestConfidence(findings: readonly Finding[]): Confidence | undefined {
  const ranked = findings.flatMap((f) => (f.confidence ? [f.confidence] : []));
  return ranked.sort((a, b) => CONFIDENCE_RANK[a] - CONFIDENCE_RANK[b])[0];
}

/**
 * Certain identifiers first, then suggestions from the most to the least likely, the
 * most often named first among equals; otherwise in order of first occurrence.
 */
function rank(group: ReviewGroup): number {
  if (group.certain) return 0;
  return 1 + CONFIDENCE_RANK[group.confidence ?? 'low'];
}

export function groupState(findings: readonly Finding[], decisions: Decisions): GroupState {
  const applied = findings.filter((f) => isApplied(f, decisions)).length;
  return applied === findings.length ? 'all' : applied === 0 ? 'none' : 'mixed';
}

/** The review rows folded into one group per identifier, ranked: certain ones, then suggestions by confidence. */
export function reviewGroups(rows: readonly ReviewRow[], decisions: Decisions): ReviewGroup[] {
  const byKey = new Map<string, ReviewRow[]>();
  for (const row of rows) {
    const key = groupKey(row.finding);
    const members = byKey.get(key);
    if (members) members.push(row);
    else byKey.set(key, [row]);
  }
  const groups = [...byKey].map(([key, members]): ReviewGroup => {
    const findings = members.map((row) => row.finding);
    const forms = [...new Set(findings.map((f) => f.match.replace(/\s+/g, ' ')))];
    const firstCertain = findings.find((f) => f.certain);
    const guess = findings.find((f) => f.guess)?.guess;
    const confidence = firstCertain ? undefined : bestConfidence(findings);
    return {
      key,
      // A stable sort keeps equally long forms in order of first occurrence.
      forms: forms.sort((a, b) => b.length - a.length),
      replacement: labelOf(findings),
      kind: (firstCertain ?? findings[0]!).kind,
      certain: firstCertain !== undefined,
      ...(guess && !firstCertain ? { guess } : {}),
      ...(confidence ? { confidence } : {}),
      rows: members,
      state: groupState(findings, decisions),
    };
  });
  // A stable sort keeps the order of first occurrence among equals.
  return groups.sort((a, b) => rank(a) - rank(b) || (a.certain ? 0 : b.rows.length - a.rows.length));
}

/** The suggestions of one kind ("all suggested persons"), to accept or reject at once. */
export interface SuggestionKind {
  guess: NameGuess;
  /** The suggested identifiers of this kind and all their occurrences. */
  groups: number;
  findings: Finding[];
  state: GroupState;
}

const GUESS_ORDER: readonly NameGuess[] = ['person', 'place', 'organisation', 'name'];

/** The suggestions by what they most likely are, in a fixed order; kinds without any are left out. */
export function suggestionKinds(groups: readonly ReviewGroup[], decisions: Decisions): SuggestionKind[] {
  return GUESS_ORDER.flatMap((guess) => {
    const ofKind = groups.filter((g) => !g.certain && (g.guess ?? 'name') === guess);
    if (ofKind.length === 0) return [];
    const findings = ofKind.flatMap((g) => g.rows.map((row) => row.finding)).filter((f) => !f.certain);
    return [{ guess, groups: ofKind.length, findings, state: groupState(findings, decisions) }];
  });
}

/** The decisions after the researcher ticks (`replace`) or unticks every occurrence of an identifier. */
export function decideAll(decisions: Decisions, findings: readonly Finding[], replace: boolean): Decisions {
  return findings.reduce((next, finding) => decide(next, finding, replace), decisions);
}

/** The decisions after the researcher ticks (`replace`) or unticks a finding. */
export function decide(decisions: Decisions, finding: Finding, replace: boolean): Decisions {
  const next: Record<string, Decision> = { ...decisions };
  if (replace === isApplied(finding)) delete next[finding.id];
  else next[finding.id] = replace ? 'accept' : 'reject';
  return next;
}

/** Decisions for findings that are still there after a new search; the rest are dropped. */
export function keepDecisions(decisions: Decisions, findings: readonly Finding[]): Decisions {
  const ids = new Set(findings.map((f) => f.id));
  return Object.fromEntries(Object.entries(decisions).filter(([id]) => ids.has(id)));
}

/** How many findings will be replaced and how many are left as they are. */
export function reviewCounts(findings: readonly Finding[], decisions: Decisions): { replaced: number; kept: number } {
  const replaced = findings.filter((f) => isApplied(f, decisions)).length;
  return { replaced, kept: findings.length - replaced };
}
