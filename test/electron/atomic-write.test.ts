/** A saved file (a backup above all) is flushed to the disk before it takes the target's name. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically, type AtomicWriteFs } from '../../electron/atomic-write';

/** The real file system, with every call written down in order. */
function recordingFs(log: string[], failSync = false): AtomicWriteFs {
  return {
    async open(file, flags) {
      const handle = await fs.open(file, flags);
      const name = path.basename(file);
      return {
        writeFile: async (data) => {
          log.push(`write ${name.endsWith('.tmp') ? 'temp' : name}`);
          await handle.writeFile(data);
        },
        sync: async () => {
          log.push(`sync ${flags === 'r' ? 'folder' : 'temp'}`);
          if (failSync) throw Object.assign(new Error('EIO'), { code: 'EIO' });
          await handle.sync();
        },
        close: () => handle.close(),
      };
    },
    rename: async (from, to) => {
      log.push(`rename to ${path.basename(to)}`);
      await fs.rename(from, to);
    },
    rm: fs.rm,
  };
}

describe('writing a file atomically', () => {
  it('writes to a temporary file, flushes it, renames it over the target, then flushes the folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veldwerk-atomic-'));
    const target = path.join(dir, 'reservekopie.vwbackup');
    writeFileSync(target, 'oud');
    const log: string[] = [];
    await writeFileAtomically(target, new TextEncoder().encode('nieuw'), recordingFs(log));
    expect(log).toEqual(['write temp', 'sync temp', 'rename to reservekopie.vwbackup', 'sync folder']);
    expect(readFileSync(target, 'utf8')).toBe('nieuw');
    expect(readdirSync(dir)).toEqual(['reservekopie.vwbackup']);
  });

  it('when the flush fails, the target keeps its old content and no temporary file is left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'veldwerk-atomic-'));
    const target = path.join(dir, 'reservekopie.vwbackup');
    writeFileSync(target, 'oud');
    const log: string[] = [];
    await expect(writeFileAtomically(target, new TextEncoder().encode('nieuw'), recordingFs(log, true))).rejects.toMatchObject({
      code: 'EIO',
    });
    expect(log).not.toContain('rename to reservekopie.vwbackup');
    expect(readFileSync(target, 'utf8')).toBe('oud');
    expect(readdirSync(dir)).toEqual(['reservekopie.vwbackup']);
  });
});
