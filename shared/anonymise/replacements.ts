/**
 * Consistent replacements across a whole study. The `ReplacementBook` is plain,
 * serialisable data the app stores per study: it remembers which numbered label each
 * registry entry and each suggested name got ("[Persoon 1]", "[Plaats 2]", "[Naam 1]"),
 * so the same person is "[Persoon 1]" in every transcript, numbered in order of first
 * use. Patterns get fixed labels ("[e-mail]"). The book stores numbers, not rendered
 * labels, so a study switched to English reads "[Person 1]" for the same person.
 * Every function returns a new book (or the same one when nothing changed).
 */
import { z } from 'zod';
import type { EntryKind } from './registry';

export const labelCategorySchema = z.enum(['person', 'place', 'organisation', 'other', 'name']);
/** The four entry kinds plus 'name', for suggested name-like words. */
export type LabelCategory = z.infer<typeof labelCategorySchema>;

export const replacementBookSchema = z.object({
  version: z.literal(1),
  /** Key (see `entryLabelKey`, `nameLabelKey`) → the number it was given in its category. */
  labels: z.record(z.string(), z.object({ category: labelCategorySchema, n: z.number().int().positive() })),
});
export type ReplacementBook = z.infer<typeof replacementBookSchema>;

/** One numbered label as a finding carries it, so it can be written to the book later. */
export interface LabelAssignment {
  key: string;
  category: LabelCategory;
  n: number;
}

export interface ReplacementLabels {
  /** Nouns of the numbered labels, rendered by `numbered`. */
  categories: Readonly<Record<LabelCategory, string>>;
  /** "{label} {n}" in brackets: how a numbered label is written. */
  numbered: string;
  email: string;
  phone: string;
  postcode: string;
  url: string;
}

export const DUTCH_LABELS: ReplacementLabels = {
  categories: { person: 'Persoon', place: 'Plaats', organisation: 'Organisatie', other: 'Gegeven', name: 'Naam' },
  numbered: '[{label} {n}]',
  email: '[e-mail]',
  phone: '[telefoonnummer]',
  postcode: '[postcode]',
  url: '[website]',
};

export const ENGLISH_LABELS: ReplacementLabels = {
  categories: { person: 'Person', place: 'Place', organisation: 'Organisation', other: 'Detail', name: 'Name' },
  numbered: '[{label} {n}]',
  email: '[e-mail]',
  phone: '[phone number]',
  postcode: '[postcode]',
  url: '[website]',
};

/** Dutch unless the language tag is English ("en", "en-GB"). */
export function labelsForLanguage(language: string): ReplacementLabels {
  return language.toLowerCase().startsWith('en') ? ENGLISH_LABELS : DUTCH_LABELS;
}

export function emptyReplacementBook(): ReplacementBook {
  return { version: 1, labels: {} };
}

/**
 * The key of a registry entry. It includes the category, so an entry whose kind the
 * researcher corrects (person → organisation) gets a label of its new kind.
 */
export function entryLabelKey(entryId: string, kind: EntryKind): string {
  return `${kind}:entry:${entryId}`;
}

/** The key of a suggested name: its folded text, so "Jansen" and "JANSEN" share a label. */
export function nameLabelKey(foldedName: string): string {
  return `name:text:${foldedName}`;
}

export function renderLabel(labels: ReplacementLabels, category: LabelCategory, n: number): string {
  return labels.numbered.replace('{label}', labels.categories[category]).replace('{n}', String(n));
}

/** The next free number in a category: one past the highest ever given, so numbers never repeat. */
export function nextLabelNumber(book: ReplacementBook, category: LabelCategory): number {
  let max = 0;
  for (const label of Object.values(book.labels)) if (label.category === category && label.n > max) max = label.n;
  return max + 1;
}

/** The book's label for `key`, giving it the next number in `category` when it has none yet. */
export function assignLabel(
  book: ReplacementBook,
  key: string,
  category: LabelCategory,
): { book: ReplacementBook; label: LabelAssignment } {
  const known = book.labels[key];
  if (known) return { book, label: { key, category: known.category, n: known.n } };
  const n = nextLabelNumber(book, category);
  return { book: { ...book, labels: { ...book.labels, [key]: { category, n } } }, label: { key, category, n } };
}

/** Thrown when a finding's label disagrees with the book: the book changed since the search. */
export class LabelConflictError extends Error {
  constructor(readonly key: string) {
    super(`Label for ${key} disagrees with the stored replacement book; search again with the current book`);
    this.name = 'LabelConflictError';
  }
}

/**
 * The book with the given assignments written in. An assignment the book already has
 * is skipped. One that disagrees with it (its key has another number, or its number is
 * taken by another key) throws `LabelConflictError`: the book was changed by another
 * export after the search, and writing it would give two people one label.
 * Use `recordReplacements` (apply.ts) to write only what was applied.
 */
export function withLabels(book: ReplacementBook, assignments: Iterable<LabelAssignment>): ReplacementBook {
  let labels: ReplacementBook['labels'] | null = null;
  const taken = new Map(Object.entries(book.labels).map(([key, label]) => [`${label.category}:${label.n}`, key]));
  for (const { key, category, n } of assignments) {
    const known = (labels ?? book.labels)[key];
    if (known) {
      if (known.category !== category || known.n !== n) throw new LabelConflictError(key);
      continue;
    }
    const owner = taken.get(`${category}:${n}`);
    if (owner !== undefined && owner !== key) throw new LabelConflictError(key);
    labels ??= { ...book.labels };
    labels[key] = { category, n };
    taken.set(`${category}:${n}`, key);
  }
  return labels ? { ...book, labels } : book;
}
