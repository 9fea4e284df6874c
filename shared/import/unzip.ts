/**
 * Google Forms also offers its responses as a .zip holding the .csv. Take the first CSV
 * inside, and say clearly what the zip holds when there is none.
 */
import { ImportError } from './errors';
import { IMPORT_LIMITS, listExcerpt } from './limits';
import { officeKindOfZip } from './sniff';
import { listZipEntries, unpackZipEntry, ZipEntryTooLargeError, type ZipEntry } from './zip-entries';

/** One cap for a CSV, zipped or not: past it a zip is refused before inflating (a 408 KB zip can claim or hold 400 MB). */
export const ZIP_ENTRY_LIMIT = IMPORT_LIMITS.maxCsvBytes;

export interface ZippedCsv {
  entryName: string;
  bytes: Uint8Array;
}

/** macOS adds resource forks ("__MACOSX/…", "._name.csv") that are not the data. */
function isCsvEntry(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return /\.csv$/i.test(name) && !name.startsWith('__MACOSX/') && !base.startsWith('._') && !name.endsWith('/');
}

function unreadable(fileName: string): ImportError<'zipUnreadable'> {
  return new ImportError('zipUnreadable', { fileName }, `${fileName} looks like a zip file but cannot be unpacked.`);
}

export function csvFromZip(fileName: string, bytes: Uint8Array, limit = ZIP_ENTRY_LIMIT): ZippedCsv {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes);
  } catch {
    throw unreadable(fileName);
  }
  const names = entries.map((entry) => entry.name);
  // The zip's own order decides; only the first CSV is unpacked.
  const chosen = entries.find((entry) => isCsvEntry(entry.name));
  if (chosen) {
    try {
      return { entryName: chosen.name, bytes: unpackZipEntry(bytes, chosen, limit) };
    } catch (error) {
      if (error instanceof ZipEntryTooLargeError) {
        const limitMb = Math.round(limit / (1024 * 1024));
        throw new ImportError(
          'zipTooLarge',
          { fileName, entryName: listExcerpt([chosen.name]), limitMb },
          `${fileName}: ${listExcerpt([chosen.name])} unpacks to more than ${limitMb} MB.`,
        );
      }
      throw unreadable(fileName);
    }
  }

  const office = officeKindOfZip(names);
  if (office) {
    throw new ImportError(
      'notCsv',
      { fileName, detected: office },
      `${fileName} is an office file (${office}), not a CSV file. Save or download it as CSV.`,
    );
  }
  const files = names.filter((name) => !name.endsWith('/'));
  const shown = listExcerpt(files);
  throw new ImportError(
    'zipWithoutCsv',
    { fileName, entries: shown, entryCount: files.length },
    `${fileName} contains no .csv file${shown ? ` (it holds: ${shown})` : ' (it is empty)'}.`,
  );
}
