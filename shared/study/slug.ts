/**
 * Readable, stable ids for topic-list nodes ("tl-beleid:informatie-overdracht:q1").
 * Ids are stored with preparations and interviews, so they are made once and never
 * recomputed from text that a researcher may later edit.
 */
export function slug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
