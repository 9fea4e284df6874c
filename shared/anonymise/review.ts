/**
 * The export review as data: every finding with its context, whether it will be
 * replaced, and the researcher's ticks turned into decisions. A tick that matches the
 * default (certain findings ticked, suggestions not) stores no decision, so a finding
 * that turns certain after the researcher adds a name by hand follows its new default.
 */
import { isApplied, type Decision, type Decisions } from './apply';
import { findingInContext, type FindingInContext } from './context';
import type { Finding, FindingKind } from './finding';
import { fold } from './fold';

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
 * One identifier in the review: every occurrence of the same registry entry, or of the
 * same text (case and accents aside) when no entry matched, that gets the same
 * replacement. A long interview names its respondent dozens of times; one tick for all
 * of them is what makes the review possible to get through.
 */
export interface ReviewGroup {
  key: string;
  /** The forms it was found in, longest first ("Karin de Vries", "Karin"). */
  forms: string[];
  replacement: string;
  /** The kind of its first certain occurrence; 'nameLike' only when every one is a suggestion. */
  kind: FindingKind;
  /** False when every occurrence is a suggestion. */
  certain: boolean;
  rows: ReviewRow[];
  state: GroupState;
}

function groupKey(finding: Finding): string {
  const identity = finding.entryId !== undefined ? `entry:${finding.entryId}` : `text:${fold(finding.match)}`;
  return `${identity}\u0000${finding.replacement}`;
}

export function groupState(findings: readonly Finding[], decisions: Decisions): GroupState {
  const applied = findings.filter((f) => isApplied(f, decisions)).length;
  return applied === findings.length ? 'all' : applied === 0 ? 'none' : 'mixed';
}

/** The review rows folded into one group per identifier, in order of first occurrence. */
export function reviewGroups(rows: readonly ReviewRow[], decisions: Decisions): ReviewGroup[] {
  const byKey = new Map<string, ReviewRow[]>();
  for (const row of rows) {
    const key = groupKey(row.finding);
    const members = byKey.get(key);
    if (members) members.push(row);
    else byKey.set(key, [row]);
  }
  return [...byKey].map(([key, members]) => {
    const findings = members.map((row) => row.finding);
    const forms = [...new Set(findings.map((f) => f.match.replace(/\s+/g, ' ')))];
    const firstCertain = findings.find((f) => f.certain);
    return {
      key,
      // A stable sort keeps equally long forms in order of first occurrence.
      forms: forms.sort((a, b) => b.length - a.length),
      replacement: findings[0]!.replacement,
      kind: (firstCertain ?? findings[0]!).kind,
      certain: firstCertain !== undefined,
      rows: members,
      state: groupState(findings, decisions),
    };
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
