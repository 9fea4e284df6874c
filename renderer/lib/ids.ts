/** New ids for records made in this window. */
export function newId(): string {
  return crypto.randomUUID();
}
