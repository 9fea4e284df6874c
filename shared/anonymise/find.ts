/**
 * Finds every identifier in a transcript's texts (header values and turns) before it
 * leaves the machine: the registry's entries in all their forms (forms.ts), e-mail
 * addresses, phone numbers, postcodes and web addresses (patterns.ts), and capitalised
 * words that look like names (name-like.ts, suggestions only). The result is what the
 * export review shows; `applyFindings` then writes the replacements.
 *
 * Each finding's replacement comes from the study's `ReplacementBook`, numbering new
 * entries and names in order of first use (texts in the order given, then position).
 * The book is only read here: write the labels of what was applied with
 * `recordReplacements` and store that book, so the next transcript continues it.
 */
import { entityRoots } from './entities';
import { findingId, type Confidence, type Finding, type FindingKind, type NameGuess } from './finding';
import { fold, foldText, originalSpan } from './fold';
import { entryForms, type EntryForm, type EntryShape } from './forms';
import { findNameLike } from './name-like';
import { pickLongest, type SpanLike } from './overlaps';
import { findPatterns } from './patterns';
import { respondentEntries, type IdentifierEntry, type RespondentIdentity } from './registry';
import {
  assignLabel,
  DUTCH_LABELS,
  entryLabelKey,
  nameLabelKey,
  renderLabel,
  type LabelAssignment,
  type ReplacementBook,
  type ReplacementLabels,
} from './replacements';
import { extendOverInitials, hasTitleBefore } from './titles';

export interface TextToSearch {
  id: string;
  text: string;
}

export interface FindContext {
  /** The study's identifier list, usually `registryWithRespondents(…)`. */
  registry: readonly IdentifierEntry[];
  /**
   * The respondent of this interview: their findings get kind 'respondent'. When the
   * registry has no entries for them, they are added here (name → `code`).
   */
  respondent?: RespondentIdentity & { code?: string };
  replacements: ReplacementBook;
  /** The study's own words (topic titles, codes, terms) never suggested as names. */
  vocabulary?: readonly string[];
  /** Labels for new replacements; Dutch by default. */
  labels?: ReplacementLabels;
  /** False: no name-like suggestions, only registry entries and patterns. Default true. */
  suggestNames?: boolean;
}

/** A finding before its replacement is known. */
interface Candidate extends SpanLike {
  textId: string;
  kind: FindingKind;
  certain: boolean;
  entry?: IdentifierEntry;
  shape?: EntryShape;
  nameKey?: string;
  /** A title or function stands before it, kept in the text: the replacement goes in brackets. */
  titled?: boolean;
  /** A possessive ending inside the span, kept after the replacement. */
  possessive?: string;
  guess?: NameGuess;
  confidence?: Confidence;
}

/** Endings after which the replacement keeps a possessive ("Klaassens agenda" → "[Persoon 2]'s agenda"). */
const POSSESSIVE_ENDINGS = new Set(["'s", 's']);

const startsWithCapital = (text: string, at: number): boolean => /^\p{Lu}/u.test(text.slice(at, at + 2));

function withRespondent(
  registry: readonly IdentifierEntry[],
  respondent: FindContext['respondent'],
): IdentifierEntry[] {
  if (!respondent || registry.some((entry) => entry.respondentId === respondent.id)) return [...registry];
  return [...registry, ...respondentEntries(respondent, respondent.code)];
}

interface KindedForm {
  form: EntryForm;
  kind: FindingKind;
}

function compileForms(registry: readonly IdentifierEntry[], respondentId?: string): KindedForm[] {
  return registry.flatMap((entry) => {
    const kind: FindingKind =
      respondentId !== undefined && entry.respondentId === respondentId ? 'respondent' : 'registered';
    return entryForms(entry).map((form) => ({ form, kind }));
  });
}

function entryCandidates(textId: string, text: string, forms: readonly KindedForm[]): Candidate[] {
  const folded = foldText(text);
  const found: Candidate[] = [];
  for (const { form, kind } of forms) {
    const push = (from: number, to: number, certain: boolean, suffix?: string): void => {
      const [start, end] = originalSpan(folded, from, to);
      const begin = form.titles ? extendOverInitials(text, start) : start;
      const possessive =
        suffix !== undefined && POSSESSIVE_ENDINGS.has(suffix)
          ? text.slice(folded.starts[to - suffix.length]!, end)
          : undefined;
      found.push({
        textId,
        start: begin,
        end,
        kind,
        certain,
        entry: form.entry,
        shape: form.shape,
        ...(form.titles && hasTitleBefore(text, begin) ? { titled: true } : {}),
        ...(possessive ? { possessive } : {}),
      });
    };
    for (const m of folded.folded.matchAll(form.pattern)) {
      const start = folded.starts[m.index]!;
      const certain = form.certainty === 'always' || startsWithCapital(text, start);
      push(m.index, m.index + m[0].length, certain, m.groups?.suffix);
    }
    if (form.continuation) {
      for (const m of folded.folded.matchAll(form.continuation)) push(m.index, m.index + m[0].length, false);
    }
  }
  return found;
}

/** "Piet" + "J. Jansen" of the same entry, with only whitespace between, become one finding. */
function mergeAdjacent(text: string, findings: readonly Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const finding of findings) {
    const previous = merged[merged.length - 1];
    if (
      previous?.entry !== undefined &&
      previous.entry.id === finding.entry?.id &&
      previous.certain === finding.certain &&
      /^\s+$/u.test(text.slice(previous.end, finding.start))
    ) {
      const { possessive } = finding;
      merged[merged.length - 1] = {
        ...previous,
        end: finding.end,
        ...(possessive ? { possessive } : { possessive: undefined }),
      };
    } else {
      merged.push(finding);
    }
  }
  return merged;
}

/**
 * Every identifier in `texts`, non-overlapping, in text order (texts as given, then
 * position). Certain findings are replaced unless the researcher rejects them;
 * suggestions (`certain: false`) only when accepted. Throws on duplicate text ids,
 * since findings address texts by id.
 */
export function findIdentifiers(texts: readonly TextToSearch[], context: FindContext): Finding[] {
  const ids = new Set<string>();
  for (const { id } of texts) {
    if (ids.has(id)) throw new RangeError(`Duplicate text id: ${id}`);
    ids.add(id);
  }
  const registry = withRespondent(context.registry, context.respondent);
  const forms = compileForms(registry, context.respondent?.id);
  const labels = context.labels ?? DUTCH_LABELS;

  const certainByText = new Map<string, Candidate[]>();
  const suggestions: Candidate[] = [];
  for (const { id, text } of texts) {
    const candidates = [
      ...entryCandidates(id, text, forms),
      ...findPatterns(text).map((m): Candidate => ({ ...m, textId: id, certain: true })),
    ];
    certainByText.set(id, mergeAdjacent(text, pickLongest(candidates.filter((c) => c.certain))));
    suggestions.push(...candidates.filter((c) => !c.certain));
  }
  if (context.suggestNames !== false) {
    // Respondent codes and other fixed replacements ("BBr") are never names.
    const vocabulary = [
      ...(context.vocabulary ?? []),
      ...registry.flatMap((entry) => (entry.replacement ? [entry.replacement] : [])),
    ];
    const names = findNameLike(texts, certainByText, vocabulary);
    const roots = entityRoots(names);
    const guesses = entityGuesses(names.map((s) => ({ root: roots.get(s.key)!, guess: s.guess })));
    for (const s of names) {
      const root = roots.get(s.key)!;
      suggestions.push({
        textId: s.textId,
        start: s.start,
        end: s.end,
        kind: 'nameLike',
        certain: false,
        nameKey: root,
        guess: guesses.get(root)!,
        confidence: s.confidence,
        ...(s.titled ? { titled: true } : {}),
        ...(s.possessive ? { possessive: s.possessive } : {}),
      });
    }
  }

  let book = context.replacements;
  const findings: Finding[] = [];
  for (const { id, text } of texts) {
    const certain = certainByText.get(id)!;
    const suggested = pickLongest(
      suggestions.filter((s) => s.textId === id),
      certain,
    );
    for (const candidate of [...certain, ...suggested].sort((a, b) => a.start - b.start)) {
      const { replacement, label, next } = replacementFor(candidate, book, labels);
      book = next;
      const match = text.slice(candidate.start, candidate.end);
      findings.push({
        id: findingId(id, candidate.start, candidate.end),
        textId: id,
        start: candidate.start,
        end: candidate.end,
        match,
        kind: candidate.kind,
        ...(candidate.entry ? { entryId: candidate.entry.id } : {}),
        replacement: asSpoken(replacement, candidate),
        certain: candidate.certain,
        ...(label ? { label } : {}),
        entity: entityOf(candidate, match),
        ...(candidate.guess ? { guess: candidate.guess } : {}),
        ...(candidate.confidence ? { confidence: candidate.confidence } : {}),
      });
    }
  }
  return findings;
}

/** A suggestion's entity is told by the forms it shares; a pattern's by its text. */
function entityOf(candidate: Candidate, match: string): string {
  if (candidate.entry) return `entry:${candidate.entry.id}`;
  if (candidate.kind === 'nameLike') return `name:${candidate.nameKey ?? fold(match)}`;
  return `${candidate.kind}:${fold(match)}`;
}

/**
 * The replacement as it reads in the sentence: after a kept title in brackets, so the
 * reader sees where the name was ("mevrouw [BA]"), and with the possessive it had
 * ("[Persoon 2]'s agenda").
 */
function asSpoken(replacement: string, candidate: Candidate): string {
  const bracketed = candidate.titled && !/^\[.*\]$/u.test(replacement) ? `[${replacement}]` : replacement;
  if (!candidate.possessive) return bracketed;
  return bracketed + (candidate.possessive === 's' ? "'s" : candidate.possessive);
}

/** Organisation over person over place: the most telling evidence among the forms of one name. */
const GUESS_ORDER: readonly NameGuess[] = ['organisation', 'person', 'place', 'name'];

function entityGuesses(members: readonly { root: string; guess: NameGuess }[]): Map<string, NameGuess> {
  const guesses = new Map<string, NameGuess>();
  for (const { root, guess } of members) {
    const known = guesses.get(root);
    if (!known || GUESS_ORDER.indexOf(guess) < GUESS_ORDER.indexOf(known)) guesses.set(root, guess);
  }
  return guesses;
}

function replacementFor(
  candidate: Candidate,
  book: ReplacementBook,
  labels: ReplacementLabels,
): { replacement: string; label?: LabelAssignment; next: ReplacementBook } {
  const { entry } = candidate;
  if (entry) {
    if (entry.replacement) return { replacement: entry.replacement, next: book };
    if (candidate.shape === 'email') return { replacement: labels.email, next: book };
    if (candidate.shape === 'phone') return { replacement: labels.phone, next: book };
    return numbered(book, labels, entryLabelKey(entry.id, entry.kind), entry.kind);
  }
  switch (candidate.kind) {
    case 'email':
      return { replacement: labels.email, next: book };
    case 'phone':
      return { replacement: labels.phone, next: book };
    case 'postcode':
      return { replacement: labels.postcode, next: book };
    case 'url':
      return { replacement: labels.url, next: book };
    default:
      return numbered(book, labels, nameLabelKey(candidate.nameKey ?? ''), candidate.guess ?? 'name');
  }
}

function numbered(
  book: ReplacementBook,
  labels: ReplacementLabels,
  key: string,
  category: LabelAssignment['category'],
): { replacement: string; label: LabelAssignment; next: ReplacementBook } {
  const { book: next, label } = assignLabel(book, key, category);
  return { replacement: renderLabel(labels, label.category, label.n), label, next };
}
