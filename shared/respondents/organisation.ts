/** A municipality or organisation name as stored and compared: trimmed, inner spaces as one. */
export function normaliseOrganisation(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}
