/**
 * Writes the reviewed findings into the texts: certain findings unless rejected,
 * suggestions only when accepted. Findings may come in any order; should two applied
 * findings overlap (added by hand), the longer one wins. A finding that no longer fits
 * its text (the text changed since the search) stops the export with an error rather
 * than being skipped, because a skipped finding is a name left in the text.
 * Also writes the labels of what was applied into the study's replacement book.
 */
import type { Finding } from './finding';
import { pickLongest } from './overlaps';
import { withLabels, type LabelAssignment, type ReplacementBook } from './replacements';

export type Decision = 'accept' | 'reject';
/** The researcher's decisions by finding id; a finding without one keeps its default. */
export type Decisions = Readonly<Record<string, Decision>>;

export class AnonymiseError extends Error {
  constructor(
    readonly code: 'unknown-text' | 'stale-finding',
    readonly findingId: string,
    message: string,
  ) {
    super(message);
    this.name = 'AnonymiseError';
  }
}

/** Whether a finding is replaced: certain ones unless rejected, suggestions only when accepted. */
export function isApplied(finding: Finding, decisions: Decisions = {}): boolean {
  const decision = decisions[finding.id];
  return finding.certain ? decision !== 'reject' : decision === 'accept';
}

/**
 * The texts with the applied findings replaced, in the same order and with their
 * other fields kept (turns can be passed as they are); a text without changes is
 * returned as the same object.
 */
export function applyFindings<T extends { id: string; text: string }>(
  texts: readonly T[],
  findings: readonly Finding[],
  decisions: Decisions = {},
): T[] {
  const byText = new Map<string, Finding[]>();
  const known = new Map(texts.map((t) => [t.id, t.text]));
  for (const finding of findings) {
    if (!isApplied(finding, decisions)) continue;
    const text = known.get(finding.textId);
    if (text === undefined) {
      throw new AnonymiseError('unknown-text', finding.id, `No text with id ${finding.textId}`);
    }
    if (
      finding.start < 0 ||
      finding.end > text.length ||
      finding.end <= finding.start ||
      text.slice(finding.start, finding.end) !== finding.match
    ) {
      throw new AnonymiseError(
        'stale-finding',
        finding.id,
        `Finding ${finding.id} no longer matches its text; search again`,
      );
    }
    byText.set(finding.textId, [...(byText.get(finding.textId) ?? []), finding]);
  }
  return texts.map((t) => {
    const applied = byText.get(t.id);
    if (!applied) return t;
    let out = '';
    let at = 0;
    for (const finding of pickLongest(applied)) {
      out += t.text.slice(at, finding.start) + finding.replacement;
      at = finding.end;
    }
    return { ...t, text: out + t.text.slice(at) };
  });
}

/**
 * The book with the numbered labels of the applied findings written in, to store with
 * the study after the export. Labels of rejected findings are not kept, so a number is
 * only ever taken by what a reader can see (numbers may skip, they never repeat).
 * Call it before writing the export: it throws `LabelConflictError` when the stored
 * book changed since the search (another export in between), and the search must then
 * be run again with the current book.
 */
export function recordReplacements(
  book: ReplacementBook,
  findings: readonly Finding[],
  decisions: Decisions = {},
): ReplacementBook {
  return withLabels(
    book,
    findings.filter((f) => isApplied(f, decisions) && f.label).map((f) => f.label as LabelAssignment),
  );
}
