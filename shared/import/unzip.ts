/**
 * Google Forms also offers its responses as a .zip holding the .csv. Take the first CSV
 * inside, and say clearly what the zip holds when there is none.
 */
import { unzipSync } from 'fflate';
import { ImportError, isImportError } from './errors';
import { listExcerpt } from './limits';
import { requireSize } from './size';
import { officeKindOfZip } from './sniff';

export interface ZippedCsv {
  entryName: string;
  bytes: Uint8Array;
}

/** macOS adds resource forks ("__MACOSX/…", "._name.csv") that are not the data. */
function isCsvEntry(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return (
    /\.csv$/i.test(name) && !name.startsWith('__MACOSX/') && !base.startsWith('._') && !name.endsWith('/')
  );
}

export function csvFromZip(fileName: string, bytes: Uint8Array): ZippedCsv {
  const names: string[] = [];
  let chosen: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    // The filter sees every entry in the zip's own order; decompress only the first CSV.
    files = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        if (chosen === undefined && isCsvEntry(file.name)) {
          chosen = file.name;
          // The size the zip declares, checked before inflating: a zip bomb stops here.
          requireSize(fileName, file.originalSize);
          return true;
        }
        return false;
      },
    });
  } catch (error) {
    if (isImportError(error, 'tooLarge')) throw error;
    throw new ImportError(
      'zipUnreadable',
      { fileName },
      `${fileName} looks like a zip file but cannot be unpacked.`,
    );
  }

  const csv = chosen === undefined ? undefined : files[chosen];
  if (chosen !== undefined && csv) return { entryName: chosen, bytes: csv };

  const office = officeKindOfZip(names);
  if (office) {
    throw new ImportError(
      'notCsv',
      { fileName, detected: office },
      `${fileName} is an office file (${office}), not a CSV file. Save or download it as CSV.`,
    );
  }
  const listed = names.filter((name) => !name.endsWith('/'));
  const entries = listExcerpt(listed);
  throw new ImportError(
    'zipWithoutCsv',
    { fileName, entries, entryCount: listed.length },
    `${fileName} contains no .csv file${entries ? ` (it holds: ${entries})` : ' (it is empty)'}.`,
  );
}
