/**
 * The desktop app's automatic backups on disk: each one written atomically (fsync before
 * rename) into `<userData>/backups` and, when the researcher chose one, into their own
 * folder too (a university drive, a USB stick). Main names the files from the time, so
 * the renderer never chooses a path; only files named that way are listed, read or removed,
 * so nothing else in a chosen folder is ever touched. Next to each backup a small note of
 * what it holds (`<name>.json`), so the list can say so without opening every file.
 *
 * A chosen folder that is gone (unplugged, renamed) or slow is reported, never created on
 * the local disk and never waited on for long: the app's own copy is written first.
 */
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import {
  AUTOMATIC_BACKUP_NAME,
  type AutomaticBackupResult,
  type BackupContents,
  type BackupEntry,
  type BackupList,
  type BackupPlace,
  type ChosenFolderState,
  type FolderChoice,
} from '../shared/ipc';
import { backupsToDelete } from '../shared/backup/retention';
import { writeFileAtomically } from './atomic-write';
import { toIpcError } from './ipc-errors';

/** The file-system calls used here (node:fs/promises); tests may pass their own. */
export interface BackupFs {
  mkdir(folder: string, options: { recursive: true }): Promise<unknown>;
  readdir(folder: string): Promise<string[]>;
  stat(file: string): Promise<{ size: number; isDirectory(): boolean }>;
  readFile(file: string): Promise<Uint8Array>;
  rm(file: string, options: { force: true }): Promise<void>;
}

export interface AutomaticBackupServices {
  /** Electron's app.getPath('userData'). */
  userDataDir: string;
  /** dialog.showOpenDialog for one folder; resolves to the folder or null when cancelled. */
  chooseFolder(): Promise<string | null>;
  writeFile?: (file: string, bytes: Uint8Array) => Promise<void>;
  fs?: BackupFs;
  now?: () => number;
  /** How long a chosen folder may take to answer before it counts as unreachable. */
  chosenFolderTimeoutMs?: number;
}

export const BACKUP_SUBFOLDER = 'backups';
const FOLDER_SETTING = 'backup-folder.json';

/** `veldwerk-auto-2026-12-03T12-40-00-000Z.vwbackup`: sortable, readable, from the UTC time. */
export function automaticBackupName(time: number): string {
  return `veldwerk-auto-${new Date(time).toISOString().replace(/[:.]/g, '-')}.vwbackup`;
}

export function timeOfBackupName(name: string): number | null {
  if (!AUTOMATIC_BACKUP_NAME.test(name)) return null;
  const [, date, h, m, s, ms] = /^veldwerk-auto-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name)!;
  const time = Date.parse(`${date}T${h}:${m}:${s}.${ms}Z`);
  return Number.isNaN(time) ? null : time;
}

function isContents(value: unknown): value is BackupContents {
  const v = value as Partial<BackupContents> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    [v.studies, v.respondents, v.interviews].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)
  );
}

class FolderTimeout extends Error {}

export function createAutomaticBackups(services: AutomaticBackupServices) {
  const fs: BackupFs = services.fs ?? (fsPromises as unknown as BackupFs);
  const writeFile = services.writeFile ?? writeFileAtomically;
  const now = services.now ?? Date.now;
  const timeoutMs = services.chosenFolderTimeoutMs ?? 15_000;
  const appFolder = path.join(services.userDataDir, BACKUP_SUBFOLDER);
  const settingFile = path.join(services.userDataDir, FOLDER_SETTING);

  // A network drive can hang for minutes; the researcher is told instead of waiting.
  const inTime = <T>(work: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new FolderTimeout()), timeoutMs);
      work.then(
        (value) => (clearTimeout(timer), resolve(value)),
        (error: unknown) => (clearTimeout(timer), reject(error)),
      );
    });

  async function chosenFolder(): Promise<string | null> {
    try {
      const raw: unknown = JSON.parse(new TextDecoder().decode(await fs.readFile(settingFile)));
      const folder = (raw as { folder?: unknown } | null)?.folder;
      return typeof folder === 'string' && path.isAbsolute(folder) ? folder : null;
    } catch {
      return null; // never chosen, or the note is unreadable: as if none was chosen
    }
  }

  /** Whether the folder is there now; a folder that is gone is never made again here. */
  async function isThere(folder: string): Promise<boolean> {
    try {
      return (await inTime(fs.stat(folder))).isDirectory();
    } catch (error) {
      if (error instanceof FolderTimeout) return false;
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return false;
      throw error;
    }
  }

  async function list(place: BackupPlace, folder: string): Promise<BackupEntry[]> {
    const names = (await fs.readdir(folder)).filter((name) => AUTOMATIC_BACKUP_NAME.test(name));
    const entries = await Promise.all(
      names.map(async (name): Promise<BackupEntry | null> => {
        try {
          const { size } = await fs.stat(path.join(folder, name));
          let contents: BackupContents | null = null;
          try {
            const note: unknown = JSON.parse(
              new TextDecoder().decode(await fs.readFile(path.join(folder, `${name}.json`))),
            );
            if (isContents(note))
              contents = { studies: note.studies, respondents: note.respondents, interviews: note.interviews };
          } catch {
            // No note (copied in by hand, or lost): the backup itself is still listed.
          }
          return { place, name, createdAt: timeOfBackupName(name)!, size, contents };
        } catch {
          return null; // removed while listing
        }
      }),
    );
    return entries.filter((e): e is BackupEntry => e !== null).sort((a, b) => b.createdAt - a.createdAt);
  }

  async function writeInto(folder: string, name: string, bytes: Uint8Array, contents: BackupContents): Promise<number> {
    const target = path.join(folder, name);
    await writeFile(target, bytes);
    // The note after the backup: a backup without a note is still listed and restorable.
    // It lies unencrypted beside the (possibly encrypted) backup, so it holds three counts
    // and nothing else, whatever else the object carries.
    const note: BackupContents = {
      studies: contents.studies,
      respondents: contents.respondents,
      interviews: contents.interviews,
    };
    await writeFile(`${target}.json`, new TextEncoder().encode(JSON.stringify(note)));
    const existing = await list('app', folder);
    const remove = backupsToDelete(existing, now());
    for (const old of remove) {
      await fs.rm(path.join(folder, old), { force: true });
      await fs.rm(path.join(folder, `${old}.json`), { force: true });
    }
    return remove.length;
  }

  async function writeChosen(folder: string, name: string, bytes: Uint8Array, contents: BackupContents) {
    try {
      if (!(await isThere(folder))) return { state: { status: 'missing', folder } as ChosenFolderState, removed: 0 };
      const removed = await inTime(writeInto(folder, name, bytes, contents));
      return { state: { status: 'written', folder, location: path.join(folder, name) } as ChosenFolderState, removed };
    } catch (error) {
      if (error instanceof FolderTimeout)
        return { state: { status: 'missing', folder } as ChosenFolderState, removed: 0 };
      return { state: { status: 'failed', folder, error: toIpcError(error) } as ChosenFolderState, removed: 0 };
    }
  }

  return {
    async write(bytes: Uint8Array, contents: BackupContents): Promise<AutomaticBackupResult> {
      let time = now();
      await fs.mkdir(appFolder, { recursive: true });
      // Two backups in the same millisecond must not overwrite each other.
      const taken = new Set(await fs.readdir(appFolder));
      while (taken.has(automaticBackupName(time))) time++;
      const name = automaticBackupName(time);
      let removed = await writeInto(appFolder, name, bytes, contents);
      const folder = await chosenFolder();
      let chosen: ChosenFolderState | null = null;
      if (folder !== null) {
        const result = await writeChosen(folder, name, bytes, contents);
        chosen = result.state;
        removed += result.removed;
      }
      return { location: path.join(appFolder, name), chosen, removed };
    },

    async list(): Promise<BackupList> {
      let app: BackupEntry[] = [];
      try {
        app = await list('app', appFolder);
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'ENOENT') throw error; // none made yet
      }
      const folder = await chosenFolder();
      if (folder === null) return { app, chosen: null };
      try {
        if (!(await isThere(folder))) return { app, chosen: { status: 'missing', folder } };
        return { app, chosen: { status: 'listed', folder, backups: await inTime(list('chosen', folder)) } };
      } catch (error) {
        if (error instanceof FolderTimeout) return { app, chosen: { status: 'missing', folder } };
        return { app, chosen: { status: 'failed', folder, error: toIpcError(error) } };
      }
    },

    async read(place: BackupPlace, name: string): Promise<Uint8Array> {
      if (!AUTOMATIC_BACKUP_NAME.test(name)) throw new Error('not an automatic backup name');
      const folder = place === 'app' ? appFolder : await chosenFolder();
      if (folder === null) throw Object.assign(new Error('no folder chosen'), { code: 'ENOENT' });
      return new Uint8Array(await fs.readFile(path.join(folder, name)));
    },

    async chooseFolder(): Promise<FolderChoice> {
      const folder = await services.chooseFolder();
      if (folder === null || !path.isAbsolute(folder)) return { status: 'cancelled' };
      await writeFile(settingFile, new TextEncoder().encode(JSON.stringify({ folder })));
      return { status: 'chosen', folder };
    },

    async forgetFolder(): Promise<null> {
      await fs.rm(settingFile, { force: true });
      return null;
    },
  };
}

export type AutomaticBackups = ReturnType<typeof createAutomaticBackups>;
