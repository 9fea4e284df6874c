/** The size cap on a CSV, checked before anything is read or unpacked. */
import { ImportError } from './errors';
import { IMPORT_LIMITS, megabytes } from './limits';

/** Throws `tooLarge` when `size` bytes are more than the import reads. */
export function requireSize(fileName: string, size: number): void {
  if (size <= IMPORT_LIMITS.maxCsvBytes) return;
  const limit = megabytes(IMPORT_LIMITS.maxCsvBytes);
  throw new ImportError(
    'tooLarge',
    { fileName, megabytes: megabytes(size), limit },
    `${fileName} is ${megabytes(size)} MB; the import reads files of at most ${limit} MB.`,
  );
}
