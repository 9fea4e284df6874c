/**
 * What the renderer needs from the machine it runs on. The Electron build goes through
 * the preload bridge (`window.veldwerk`); the browser build uses plain web APIs. The UI
 * only ever talks to this interface, so it runs the same in both.
 */
import type {
  AppInfo,
  AutomaticBackupResult,
  BackupContents,
  BackupEntry,
  BackupList,
  BackupPlace,
  FolderChoice,
  IpcError,
  SaveResult,
} from '../../shared/ipc';
import type { MenuModel } from '../../shared/menu-model';

export type {
  AppInfo,
  AutomaticBackupResult,
  BackupContents,
  BackupEntry,
  BackupList,
  BackupPlace,
  FolderChoice,
  SaveResult,
};

export interface SaveFileRequest {
  suggestedName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** Why a platform call failed: what main answered, or 'no-answer' when main did not answer at all. */
export type PlatformFailure = IpcError | { code: 'no-answer' };
export type PlatformErrorCode = PlatformFailure['code'];

/**
 * How saveFile and printPage fail (they never fail for a cancelled dialog: that is a
 * result). It carries a code, not a sentence: platformErrorText (error-text.ts) words it in
 * the interface language. `message` is for logs only.
 */
export class PlatformError extends Error {
  constructor(readonly failure: PlatformFailure) {
    super(`platform call failed: ${failure.code}`);
    this.name = 'PlatformError';
  }

  get code(): PlatformErrorCode {
    return this.failure.code;
  }
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Electron: a save dialog and a write by the main process. Browser: a download. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /** Electron: print the current page to a PDF chosen in a save dialog. Browser: the print dialog. */
  printPage(request: { suggestedName: string }): Promise<SaveResult | { status: 'printed' }>;
  /** Ask the storage layer not to evict IndexedDB under pressure. */
  requestPersistentStorage(): Promise<boolean>;
  /** Version and OS of the desktop app; null in the browser build. */
  getAppInfo(): Promise<AppInfo | null>;
  /**
   * The interview recorder starts (true) or stops (false). Electron: main grants the
   * microphone only in between. Browser: nothing to do (the browser asks the user itself).
   */
  setMicrophone(on: boolean): Promise<void>;
  /** The desktop app's menu; null in the browser build, which has none. */
  readonly menu: AppMenu | null;
  /** The desktop app's automatic backups on disk; null in the browser build (it reminds instead). */
  readonly backups: AutomaticBackupStore | null;
  /** The desktop app's OS keychain for the data key; null in the browser build (passphrase only). */
  readonly keychain: OsKeychain | null;
}

/**
 * The data key kept sealed by the OS keychain (electron/keychain.ts), so this computer
 * account unlocks without the passphrase when the researcher chose that.
 */
export interface OsKeychain {
  /** False where the OS offers no real keychain (Linux without a secret service, say). */
  available(): Promise<boolean>;
  /** False when the keychain is not available. */
  store(dataKey: Uint8Array): Promise<boolean>;
  /** The kept key, or null when there is none or the keychain cannot open it. */
  load(): Promise<Uint8Array | null>;
  forget(): Promise<void>;
}

/** Automatic backups kept by the desktop app's main process (electron/automatic-backups.ts). */
export interface AutomaticBackupStore {
  /** Into the app's data folder and the chosen folder, older ones removed by the retention rule. */
  write(bytes: Uint8Array, contents: BackupContents): Promise<AutomaticBackupResult>;
  list(): Promise<BackupList>;
  read(place: BackupPlace, name: string): Promise<Uint8Array>;
  chooseFolder(): Promise<FolderChoice>;
  forgetFolder(): Promise<void>;
}

export interface AppMenu {
  /** Replace the menu with this one. */
  set(model: MenuModel): Promise<void>;
  /** Called with a command id when a menu item is clicked; returns the unsubscribe. */
  onCommand(listener: (id: string) => void): () => void;
}
