/**
 * Writes a file so that it is either completely there or not changed at all: the bytes go
 * to a temporary file in the same folder (same disk, so the rename is atomic), are flushed
 * to the disk (fsync) and only then replace the target; the folder is flushed after the
 * rename so the new name survives a power cut too. If anything fails — a full disk, no
 * permission — the temporary file is removed and the original, if any, is untouched.
 */
import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The part of an open file used here (node:fs/promises FileHandle). */
export interface WritableFile {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls used here; tests pass fakes to simulate a full disk. */
export interface AtomicWriteFs {
  open(file: string, flags: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
}

async function flushFolder(folder: string, fs: AtomicWriteFs): Promise<void> {
  // Windows cannot open a folder for flushing; there the rename is as durable as NTFS makes it.
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not possible on this system: the file itself is already on disk.
  }
}

export async function writeFileAtomically(
  target: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = fsPromises,
): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never reuse (or follow a link planted at) an existing path.
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await flushFolder(path.dirname(target), fs);
}
