/**
 * Writes a file so that it is either completely there or not changed at all: the bytes go
 * to a temporary file in the same folder (same disk, so the rename is atomic), which then
 * replaces the target. If anything fails — a full disk, no permission — the temporary file
 * is removed and the original, if any, is untouched.
 */
import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls used here; tests pass fakes to simulate a full disk. */
export interface AtomicWriteFs {
  writeFile(file: string, data: Uint8Array, options: { flag: string }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
}

export async function writeFileAtomically(
  target: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = fsPromises,
): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never reuse (or follow a link planted at) an existing path.
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
