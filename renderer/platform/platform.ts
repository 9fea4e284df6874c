/**
 * What the renderer needs from the machine it runs on. The Electron build goes through
 * the preload bridge (`window.veldwerk`); the browser build uses plain web APIs. The UI
 * only ever talks to this interface, so it runs the same in both.
 */
import type { AppInfo, IpcErrorCode, SaveResult } from '../../shared/ipc';

export type { AppInfo, SaveResult };

export interface SaveFileRequest {
  suggestedName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * How saveFile and printPage fail (they never fail for a cancelled dialog: that is a
 * result). `message` is a Dutch sentence fit to show as is, e.g. for a full disk;
 * `code` lets the UI word it differently.
 */
export class PlatformError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
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
}
