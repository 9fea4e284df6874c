/**
 * The export review as data: every finding with its context, whether it will be
 * replaced, and the researcher's ticks turned into decisions. A tick that matches the
 * default (certain findings ticked, suggestions not) stores no decision, so a finding
 * that turns certain after the researcher adds a name by hand follows its new default.
 */
import { isApplied, type Decision, type Decisions } from './apply';
import { findingInContext, type FindingInContext } from './context';
import type { Finding } from './finding';

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
