/**
 * Recognises files that are certainly not a CSV from their first bytes, so the user
 * hears "this is a PDF" instead of a puzzling "no matching columns".
 */
import type { DetectedFileKind } from './errors';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Local file header of a zip ("PK\3\4"); also an empty zip's end record ("PK\5\6"). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** A known binary format by its signature, or undefined. Zips are handled separately. */
export function binaryKind(bytes: Uint8Array): DetectedFileKind | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif'; // GIF8
  // OLE compound document: the old .xls (and .doc) format.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  return undefined;
}

/** Text never holds NUL bytes (UTF-16 is decoded before this check); binary files do. */
export function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** An office document is a zip too; tell it apart by the entries it always has. */
export function officeKindOfZip(entryNames: readonly string[]): DetectedFileKind | undefined {
  if (entryNames.some((name) => name.startsWith('xl/'))) return 'xlsx';
  if (entryNames.some((name) => name.startsWith('word/'))) return 'docx';
  if (entryNames.includes('mimetype') && entryNames.includes('content.xml')) return 'ods';
  return undefined;
}

/** A web page saved instead of the export (Google Drive shows one when a download fails). */
export function looksLikeMarkup(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html[\s>]|\?xml\s)/i.test(text);
}
