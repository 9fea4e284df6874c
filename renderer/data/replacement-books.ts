/**
 * The replacement book of each study: which person is "[Persoon 1]". Read before the
 * export review and written after the file is saved, so the numbering carries on from
 * export to export and across sessions. A stored book that does not validate (written
 * by hand, damaged) is refused rather than replaced: starting afresh would give an
 * already-exported "[Persoon 1]" to someone else.
 */
import { emptyReplacementBook, replacementBookSchema, type ReplacementBook } from '../../shared/anonymise/replacements';
import type { VeldwerkDatabase } from './database';

export async function loadReplacementBook(db: VeldwerkDatabase, studyId: string): Promise<ReplacementBook> {
  const stored = await db.replacementBooks.get(studyId);
  return stored ? replacementBookSchema.parse(stored.book) : emptyReplacementBook();
}

/**
 * Stores `next` if the stored book is still `expected` (the one the review started
 * from); otherwise another export came in between and the review must search again.
 */
export async function storeReplacementBook(
  db: VeldwerkDatabase,
  studyId: string,
  expected: ReplacementBook,
  next: ReplacementBook,
): Promise<boolean> {
  return db.transaction('rw', db.replacementBooks, async () => {
    const current = await loadReplacementBook(db, studyId);
    if (JSON.stringify(current) !== JSON.stringify(expected)) return false;
    await db.replacementBooks.put({ studyId, book: next });
    return true;
  });
}
