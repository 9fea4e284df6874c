/**
 * Automatic backups through the registered IPC handlers (argument checks included), on
 * real temporary folders: the app's data folder, a chosen folder, one that is unplugged.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../electron/app-origin';
import { automaticBackupName, createAutomaticBackups, type BackupFs } from '../../electron/automatic-backups';
import { registerIpcHandlers } from '../../electron/ipc-handlers';
import type { InvokeEvent } from '../../electron/ipc-wrapper';
import { KEEP_LATEST } from '../../shared/backup/retention';
import type { BackupList } from '../../shared/ipc';

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2026, 11, 3, 12, 40, 0, 0);
const contents = { studies: 2, respondents: 16, interviews: 9 };

function setUp(options: { chosen?: string | null; fs?: BackupFs; timeoutMs?: number; userDataDir?: string } = {}) {
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'veldwerk-userdata-'));
  let time = T0;
  const chooseFolder = vi.fn(async () => options.chosen ?? null);
  const backups = createAutomaticBackups({
    userDataDir,
    chooseFolder,
    now: () => time,
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.timeoutMs ? { chosenFolderTimeoutMs: options.timeoutMs } : {}),
  });
  const listeners = new Map<string, (event: InvokeEvent<unknown>, ...args: unknown[]) => Promise<unknown>>();
  registerIpcHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    { showSaveDialog: vi.fn(), appInfo: vi.fn(), setMenu: vi.fn(), setMicrophone: vi.fn(), backups, keychain: {} as never },
    APP_ORIGIN,
  );
  const call = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)!({ senderFrame: { origin: APP_ORIGIN, parent: null }, sender: {} }, ...args) as Promise<{
      ok: boolean;
      value?: unknown;
      error?: unknown;
    }>;
  const appFolder = path.join(userDataDir, 'backups');
  return { call, appFolder, userDataDir, chooseFolder, setTime: (t: number) => (time = t) };
}

const bytes = (n: number) => new Uint8Array([0x56, 0x57, n]);

describe('automatic backups in the app data folder', () => {
  it('writes one, lists it with its time, size and contents, and reads it back', async () => {
    const { call, appFolder } = setUp();
    const written = await call('backups:write', { bytes: bytes(1), contents });
    const name = automaticBackupName(T0);
    expect(written).toEqual({ ok: true, value: { location: path.join(appFolder, name), chosen: null, removed: 0 } });
    expect([...readFileSync(path.join(appFolder, name))]).toEqual([0x56, 0x57, 1]);
    // No temporary file left behind by the atomic write.
    expect(readdirSync(appFolder).sort()).toEqual([name, `${name}.json`]);

    const listed = (await call('backups:list')).value as BackupList;
    expect(listed).toEqual({ app: [{ place: 'app', name, createdAt: T0, size: 3, contents }], chosen: null });

    const read = await call('backups:read', { place: 'app', name });
    expect(read.ok).toBe(true);
    expect([...(read.value as Uint8Array)]).toEqual([0x56, 0x57, 1]);
  });

  it('writes a note of counts only beside the backup: contents with anything more (a name) are refused', async () => {
    const { call, appFolder } = setUp();
    const withName = { ...contents, study: 'Jeugdzorg Aalten' };
    const refused = await call('backups:write', { bytes: bytes(1), contents: withName });
    expect(refused.ok).toBe(false);
    expect(existsSync(appFolder) ? readdirSync(appFolder) : []).toEqual([]);

    await call('backups:write', { bytes: bytes(2), contents });
    const note = readFileSync(path.join(appFolder, `${automaticBackupName(T0)}.json`), 'utf8');
    expect(JSON.parse(note)).toEqual(contents);
  });

  it('the note holds the counts alone even when main is handed more', async () => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'veldwerk-userdata-'));
    const backups = createAutomaticBackups({ userDataDir, chooseFolder: async () => null, now: () => T0 });
    await backups.write(bytes(3), { ...contents, names: ['Anneke Wolters'] } as typeof contents);
    const note = readFileSync(path.join(userDataDir, 'backups', `${automaticBackupName(T0)}.json`), 'utf8');
    expect(note).not.toContain('Anneke');
    expect(JSON.parse(note)).toEqual(contents);
  });

  it('keeps the last ten and one a week, and never touches other files in the folder', async () => {
    const { call, appFolder, setTime } = setUp();
    mkdirSync(appFolder, { recursive: true });
    writeFileSync(path.join(appFolder, 'mijn-eigen-notities.txt'), 'blijft');
    // Three weeks ago, one backup; then 14 hourly ones today.
    setTime(T0 - 21 * 24 * HOUR);
    await call('backups:write', { bytes: bytes(0), contents });
    let removed = 0;
    for (let i = 0; i < 14; i++) {
      setTime(T0 + i * HOUR);
      removed += ((await call('backups:write', { bytes: bytes(i + 1), contents })).value as { removed: number })
        .removed;
    }
    const listed = ((await call('backups:list')).value as BackupList).app;
    expect(listed).toHaveLength(KEEP_LATEST + 1);
    expect(removed).toBe(4);
    expect(listed[0]!.createdAt).toBe(T0 + 13 * HOUR);
    expect(listed.at(-1)!.createdAt).toBe(T0 - 21 * 24 * HOUR); // the weekly one stays
    expect(readFileSync(path.join(appFolder, 'mijn-eigen-notities.txt'), 'utf8')).toBe('blijft');
    // Each removed backup took its note with it.
    expect(readdirSync(appFolder).filter((f) => f.endsWith('.json'))).toHaveLength(KEEP_LATEST + 1);
  });

  it('gives two backups in the same millisecond two files', async () => {
    const { call, appFolder } = setUp();
    await call('backups:write', { bytes: bytes(1), contents });
    await call('backups:write', { bytes: bytes(2), contents });
    expect(readdirSync(appFolder).filter((f) => f.endsWith('.vwbackup'))).toHaveLength(2);
  });

  it('refuses to read anything but an automatic backup by its own name', async () => {
    const { call } = setUp();
    for (const name of ['../backup-folder.json', 'veldwerk-auto-x.vwbackup', '/etc/passwd'])
      expect(await call('backups:read', { place: 'app', name })).toEqual({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    expect(await call('backups:write', { bytes: 'abc', contents })).toEqual({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});

describe('automatic backups in a folder the researcher chose', () => {
  it('remembers the folder (also in the next run) and writes there too', async () => {
    const chosen = mkdtempSync(path.join(tmpdir(), 'veldwerk-usb-'));
    const first = setUp({ chosen });
    expect(await first.call('backups:chooseFolder')).toEqual({ ok: true, value: { status: 'chosen', folder: chosen } });

    const next = setUp({ userDataDir: first.userDataDir });
    const written = (await next.call('backups:write', { bytes: bytes(5), contents })).value as { chosen: unknown };
    const name = automaticBackupName(T0);
    expect(written.chosen).toEqual({ status: 'written', folder: chosen, location: path.join(chosen, name) });
    expect([...readFileSync(path.join(chosen, name))]).toEqual([0x56, 0x57, 5]);

    const listed = (await next.call('backups:list')).value as BackupList;
    expect(listed.chosen).toEqual({
      status: 'listed',
      folder: chosen,
      backups: [{ place: 'chosen', name, createdAt: T0, size: 3, contents }],
    });
    expect([...((await next.call('backups:read', { place: 'chosen', name })).value as Uint8Array)]).toEqual([
      0x56, 0x57, 5,
    ]);

    await next.call('backups:forgetFolder');
    expect(((await next.call('backups:list')).value as BackupList).chosen).toBeNull();
    expect(existsSync(path.join(chosen, name))).toBe(true); // forgetting the folder keeps its files
  });

  it('says an unplugged folder is missing, still backs up into the app folder, and does not recreate it', async () => {
    const chosen = mkdtempSync(path.join(tmpdir(), 'veldwerk-usb-'));
    const { call, appFolder } = setUp({ chosen });
    await call('backups:chooseFolder');
    rmSync(chosen, { recursive: true });

    const written = (await call('backups:write', { bytes: bytes(6), contents })).value as { chosen: unknown };
    expect(written.chosen).toEqual({ status: 'missing', folder: chosen });
    expect(existsSync(chosen)).toBe(false);
    expect(readdirSync(appFolder).filter((f) => f.endsWith('.vwbackup'))).toHaveLength(1);
    expect(((await call('backups:list')).value as BackupList).chosen).toEqual({ status: 'missing', folder: chosen });
  });

  it('does not wait for a folder that does not answer', async () => {
    const chosen = '/mnt/netwerkschijf/veldwerk';
    const hanging: BackupFs = {
      ...(fsPromises as unknown as BackupFs),
      stat: (file) => (file === chosen ? new Promise(() => undefined) : fsPromises.stat(file)),
    };
    const { call } = setUp({ chosen, fs: hanging, timeoutMs: 50 });
    await call('backups:chooseFolder');
    const written = (await call('backups:write', { bytes: bytes(7), contents })).value as {
      chosen: unknown;
      location: string;
    };
    expect(written.chosen).toEqual({ status: 'missing', folder: chosen });
    expect(existsSync(written.location)).toBe(true);
  });

  it('reports a full chosen disk by its code while the app folder copy is kept', async () => {
    const chosen = mkdtempSync(path.join(tmpdir(), 'veldwerk-usb-'));
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'veldwerk-userdata-'));
    const backups = createAutomaticBackups({
      userDataDir,
      chooseFolder: async () => chosen,
      now: () => T0,
      writeFile: async (file, data) => {
        if (file.startsWith(chosen)) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        await fsPromises.writeFile(file, data);
      },
    });
    await backups.chooseFolder();
    const result = await backups.write(bytes(8), contents);
    expect(result.chosen).toEqual({ status: 'failed', folder: chosen, error: { code: 'disk-full' } });
    expect(existsSync(result.location)).toBe(true);
    expect(readdirSync(chosen)).toEqual([]);
  });

  it('a cancelled folder dialog changes nothing', async () => {
    const { call } = setUp({ chosen: null });
    expect(await call('backups:chooseFolder')).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(((await call('backups:list')).value as BackupList).chosen).toBeNull();
  });
});
