/**
 * The one way the UI gets its Platform: the Electron one when the preload bridge is
 * there, otherwise the browser one. Decided once per page load.
 */
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './platform';

export type {
  AppInfo,
  AppMenu,
  AutomaticBackupStore,
  BackupContents,
  BackupEntry,
  BackupList,
  OsKeychain,
  Platform,
  SaveFileRequest,
  SaveResult,
} from './platform';
export { PlatformError, type PlatformErrorCode, type PlatformFailure } from './platform';
export { failureReason, platformErrorText } from './error-text';

let platform: Platform | undefined;

export function getPlatform(): Platform {
  platform ??= window.veldwerk ? createElectronPlatform(window.veldwerk) : createBrowserPlatform();
  return platform;
}
