/**
 * Several exports in one .zip (all transcripts of a study at once). Names inside a zip
 * must be unique, and unique regardless of case: Windows and macOS unpack "BA.docx" and
 * "ba.docx" onto the same file, silently keeping one. Later duplicates get "-2", "-3".
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** A bare file name: no folders (a zip entry "../x" would unpack outside the folder chosen). */
function entryName(name: string): string {
  const base = name
    .split(/[/\\]/)
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .join('-');
  return base.replace(/^\.+/, '') || 'bestand';
}

function withNumber(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}

/** The names the files get in the zip, in order. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const name = entryName(raw);
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = withNumber(name, n);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * Every entry's time: 1 January 1980, 00:00, the first moment a zip can record. The
 * moment of export says when the researcher worked on the data, which is nobody's
 * business, and a fixed time makes the same export the same bytes. Built from local
 * parts because the zip format stores local time.
 */
export const ZIP_ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Already-compressed formats (.docx is a zip itself) are stored, not deflated again. */
const COMPRESSED = /\.(docx|xlsx|pptx|zip|png|jpe?g|pdf)$/i;

/**
 * The same zip with every entry at `ZIP_ENTRY_TIME`: a .docx is a zip too, and the
 * Word writer stamps its parts with the moment of export.
 */
export function withNeutralTimes(zip: Uint8Array): Uint8Array {
  const entries: Zippable = {};
  for (const [name, bytes] of Object.entries(unzipSync(zip))) entries[name] = [bytes, { mtime: ZIP_ENTRY_TIME }];
  return zipSync(entries, { level: 6 });
}

export function zipFiles(files: readonly ZipEntry[]): Uint8Array {
  const names = uniqueNames(files.map((file) => file.name));
  const entries: Zippable = {};
  files.forEach((file, index) => {
    const name = names[index]!;
    entries[name] = [file.bytes, { level: COMPRESSED.test(name) ? 0 : 6, mtime: ZIP_ENTRY_TIME }];
  });
  return zipSync(entries);
}
