/**
 * Text on its way into XML parts of an Office file. XML 1.0 can't hold most control
 * characters, unpaired surrogates or U+FFFE/U+FFFF at all, not even escaped, and Word
 * refuses to open a file that has one ("unreadable content"). Pasted text does bring
 * them (a form feed from a PDF, a stray U+0000), so they are dropped rather than trusted.
 */

// Tab, line feed and carriage return are the only characters below U+0020 XML allows.
const NOT_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** For XML we write by hand (the package properties); the docx library escapes its own. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
