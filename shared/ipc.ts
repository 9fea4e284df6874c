/**
 * The one IPC contract between the renderer (through the preload bridge) and the main
 * process. Each 'area:verb' channel has a zod schema for its single argument and a
 * result type. Main parses every argument with the schema before a handler sees it;
 * the preload exposes one function per channel; both are typed from this map, so a
 * channel cannot be added on one side only. Runs everywhere: no Node, DOM or electron.
 */
import { z } from 'zod';
import { menuModelSchema } from './menu-model';

// ------------------------------------------------------------------ result shapes

export type SaveResult = { status: 'saved'; location: string } | { status: 'cancelled' };

/** What an automatic backup holds, counted by the renderer when it made it. */
export interface BackupContents {
  studies: number;
  respondents: number;
  interviews: number;
}

/** Where automatic backups go: the app's own data folder, or the folder the researcher chose. */
export type BackupPlace = 'app' | 'chosen';

/** One automatic backup file; `contents` is null for a file whose note of its contents is gone. */
export interface BackupEntry {
  place: BackupPlace;
  name: string;
  createdAt: number;
  size: number;
  contents: BackupContents | null;
}

/** How the chosen folder fared: written, not there (unplugged, renamed), or failing with a code. */
export type ChosenFolderState =
  | { status: 'written'; folder: string; location: string }
  | { status: 'listed'; folder: string; backups: BackupEntry[] }
  | { status: 'missing'; folder: string }
  | { status: 'failed'; folder: string; error: IpcError };

export interface AutomaticBackupResult {
  /** Where the app folder's copy now is. */
  location: string;
  /** Null when no folder was chosen. */
  chosen: ChosenFolderState | null;
  /** Older automatic backups removed by the retention rule (both places). */
  removed: number;
}

export interface BackupList {
  app: BackupEntry[];
  chosen: ChosenFolderState | null;
}

export type FolderChoice = { status: 'chosen'; folder: string } | { status: 'cancelled' };

/**
 * Whether the OS keychain (Electron safeStorage) can keep the data key: false where it would
 * only be obfuscated (Linux without a secret service: the 'basic_text' backend).
 */
export type KeychainAvailability = { available: boolean };

export interface AppInfo {
  version: string;
  /** `process.platform` of the main process: 'win32', 'darwin', 'linux', … */
  platform: string;
}

/**
 * Why a call failed. Only a code crosses the bridge, never a sentence: the renderer words
 * it in the interface language (renderer/platform/error-text.ts), so every code here needs
 * a text there in every language.
 */
export { IPC_ERROR_CODES, isIpcError, type IpcError, type IpcErrorCode } from './ipc-errors';
import type { IpcError } from './ipc-errors';

/** Every call's answer, as it crosses the bridge: handlers never throw into the renderer. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

// ------------------------------------------------------------------ argument schemas
// Their messages only reach main's log: the renderer is told 'invalid-argument'.

/** A bare file name: the user picks the folder in the dialog, the renderer never does. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/\u0000]/.test(name) && name !== '.' && name !== '..', {
    message: 'a bare file name, without a folder',
  });

/** The name of an automatic backup as main names it (from its time, UTC); nothing else is read. */
export const AUTOMATIC_BACKUP_NAME = /^veldwerk-auto-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.vwbackup$/;

const count = z.number().int().min(0).max(10_000_000);

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  /** Without the dot, e.g. 'docx'; '*' for all files. */
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'an extension without the dot, or *')).min(1),
});

// A channel is its argument schema plus a phantom result type (never present at run time).
interface ChannelSpec<Arg extends z.ZodType, Result> {
  readonly argument: Arg;
  readonly __result?: Result;
}

function channel<Result>() {
  return <Arg extends z.ZodType>(argument: Arg): ChannelSpec<Arg, Result> => ({ argument });
}

export const ipcContract = {
  /** Ask where to save, then write the bytes there (atomically). */
  'file:save': channel<SaveResult>()(
    z.object({
      suggestedName: fileName,
      filters: z.array(fileFilter).max(10),
      // z.custom, not z.instanceof: any Uint8Array (also a Node Buffer), whatever its backing buffer.
      bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'a Uint8Array'),
    }),
  ),
  /** Ask where to save, then print the calling page to an A4 PDF there. */
  'page:printToPdf': channel<SaveResult>()(z.object({ suggestedName: fileName })),
  /** Version and OS of the running app. Takes no argument. */
  'app:info': channel<AppInfo>()(z.undefined()),
  /** Replace the application menu with this one (the command tables in the interface language). */
  'menu:set': channel<null>()(menuModelSchema),
  /**
   * The interview recorder starts (on: true) or stops (on: false). Main grants the
   * microphone, audio only and to the app's own origin only, while it is on.
   */
  'recording:microphone': channel<null>()(z.object({ on: z.boolean() }).strict()),
  /**
   * Write an automatic backup (bytes made by the renderer) into the app's data folder and,
   * when one was chosen, the researcher's folder; main names the files, writes them
   * atomically and removes older ones by the retention rule (shared/backup/retention.ts).
   */
  'backups:write': channel<AutomaticBackupResult>()(
    z.object({
      bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'a Uint8Array'),
      // Strict: the note main writes beside the backup is in the clear, so counts only.
      contents: z.object({ studies: count, respondents: count, interviews: count }).strict(),
    }),
  ),
  /** The automatic backups in both places, newest first. Takes no argument. */
  'backups:list': channel<BackupList>()(z.undefined()),
  /** The bytes of one automatic backup, by the name main gave it. */
  'backups:read': channel<Uint8Array>()(
    z.object({ place: z.enum(['app', 'chosen']), name: z.string().max(100).regex(AUTOMATIC_BACKUP_NAME) }),
  ),
  /** Ask (a folder dialog) where automatic backups also go; main remembers the answer. */
  'backups:chooseFolder': channel<FolderChoice>()(z.undefined()),
  /** Stop backing up into the chosen folder (the files there stay). */
  'backups:forgetFolder': channel<null>()(z.undefined()),
  /** Whether this machine's keychain can keep the data key. Takes no argument. */
  'keychain:available': channel<KeychainAvailability>()(z.undefined()),
  /**
   * Keep the data key (32 bytes) sealed by the OS keychain in the app's data folder, so this
   * computer account unlocks without the passphrase. false when the keychain is not available.
   */
  'keychain:store': channel<boolean>()(
    z.object({
      dataKey: z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.length === 32, '32 bytes'),
    }),
  ),
  /** The data key kept by 'keychain:store', or null (none kept, keychain gone, or it cannot open it). */
  'keychain:load': channel<Uint8Array | null>()(z.undefined()),
  /** Remove the kept data key (nothing happens when there is none). */
  'keychain:forget': channel<null>()(z.undefined()),
} as const;

/**
 * What main sends to the page unasked (not calls): the event name and its payload. The
 * preload exposes one subscribe function per event, which hands the page only the payload.
 */
export interface IpcEvents {
  /** A menu item was clicked: the page runs the command with this id. */
  'menu:command': { id: string };
}
export type IpcEvent = keyof IpcEvents;
export const ipcEventNames: readonly IpcEvent[] = ['menu:command'];

// ------------------------------------------------------------------ derived types

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

export function isIpcChannel(name: unknown): name is IpcChannel {
  return typeof name === 'string' && Object.hasOwn(ipcContract, name);
}

/** What the renderer passes (before parsing). */
export type IpcArgument<C extends IpcChannel> = z.input<IpcContract[C]['argument']>;
/** What a main-process handler receives (after parsing). */
export type IpcParsedArgument<C extends IpcChannel> = z.output<IpcContract[C]['argument']>;
/** What a handler returns on success. */
export type IpcValue<C extends IpcChannel> = IpcContract[C] extends ChannelSpec<z.ZodType, infer R> ? R : never;

/**
 * `window.veldwerk`: one function per channel, keyed by the channel name (a channel whose
 * argument is `undefined` takes no argument), and one subscribe function per event.
 */
export type VeldwerkBridge = {
  readonly [C in IpcChannel]: undefined extends IpcArgument<C>
    ? () => Promise<IpcResult<IpcValue<C>>>
    : (argument: IpcArgument<C>) => Promise<IpcResult<IpcValue<C>>>;
} & {
  /** Subscribes to the event; returns the unsubscribe. */
  readonly [E in IpcEvent]: (listener: (payload: IpcEvents[E]) => void) => () => void;
};
