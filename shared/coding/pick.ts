/**
 * Type-ahead in the code picker: the codes whose name (or the name of a code above it)
 * contains what was typed, ignoring case and accents ("idee" finds "ideeën"); names
 * that start with it come first, then names that contain it, then codes found by
 * their path, each group in tree order.
 */
import type { FlatCode } from './matrix';

export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function matchCodes(codes: readonly FlatCode[], query: string): FlatCode[] {
  const q = foldForSearch(query);
  if (q === '') return [...codes];
  const starts: FlatCode[] = [];
  const contains: FlatCode[] = [];
  const inPath: FlatCode[] = [];
  for (const code of codes) {
    const name = foldForSearch(code.name);
    if (name.startsWith(q)) starts.push(code);
    else if (name.includes(q)) contains.push(code);
    else if (foldForSearch(code.path.join(' ')).includes(q)) inPath.push(code);
  }
  return [...starts, ...contains, ...inPath];
}

/** Whether a code of exactly this name (ignoring case, accents and spacing) exists. */
export function hasCodeNamed(codes: readonly FlatCode[], name: string): boolean {
  const q = foldForSearch(name);
  return codes.some((code) => foldForSearch(code.name) === q);
}
