/**
 * Editing the study's identifier list as the researcher does it: add a name with its
 * kind, change the kind, remove it. A name already on the list (in any case or with
 * or without accents) is not added twice, because two entries for one person would
 * give that person two labels.
 */
import { fold } from './fold';
import { identifierEntrySchema, type EntryKind, type IdentifierEntry } from './registry';

export type AddIdentifierResult =
  | { ok: true; entries: IdentifierEntry[]; entry: IdentifierEntry }
  | { ok: false; reason: 'empty' | 'duplicate'; existing?: IdentifierEntry };

const sameText = (a: string, b: string): boolean => fold(a).replace(/\s+/g, ' ') === fold(b).replace(/\s+/g, ' ');

/** The list with a new entry at the end; `id` comes from the caller (ids are not made in shared/). */
export function addIdentifier(
  entries: readonly IdentifierEntry[],
  input: { text: string; kind: EntryKind },
  id: string,
): AddIdentifierResult {
  const parsed = identifierEntrySchema.safeParse({
    id,
    text: input.text.trim().replace(/\s+/g, ' '),
    kind: input.kind,
  });
  if (!parsed.success) return { ok: false, reason: 'empty' };
  const existing = entries.find(
    (entry) =>
      sameText(entry.text, parsed.data.text) || (entry.aliases ?? []).some((a) => sameText(a, parsed.data.text)),
  );
  if (existing) return { ok: false, reason: 'duplicate', existing };
  return { ok: true, entries: [...entries, parsed.data], entry: parsed.data };
}

export function removeIdentifier(entries: readonly IdentifierEntry[], id: string): IdentifierEntry[] {
  return entries.filter((entry) => entry.id !== id);
}

export function changeIdentifierKind(
  entries: readonly IdentifierEntry[],
  id: string,
  kind: EntryKind,
): IdentifierEntry[] {
  return entries.map((entry) => (entry.id === id ? { ...entry, kind } : entry));
}
