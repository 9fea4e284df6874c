/**
 * The Platform of the browser build: files are saved as downloads, printing is the
 * browser's print dialog. Nothing here can fail in a way the page could notice, so these
 * calls never throw PlatformError.
 */
import type { Platform } from './platform';
import { requestPersistentStorage } from './storage';

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    async saveFile({ suggestedName, mimeType, bytes }) {
      // slice(): a Blob needs bytes backed by a plain ArrayBuffer.
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.style.display = 'none';
      document.body.append(link);
      link.click();
      link.remove();
      // Revoking at once can cancel the download in some browsers; a minute is plenty.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      // The browser decides the folder (and may rename); the name is all we know.
      return { status: 'saved', location: suggestedName };
    },
    async printPage() {
      window.print();
      return { status: 'printed' };
    },
    requestPersistentStorage,
    async getAppInfo() {
      return null;
    },
    async setMicrophone() {},
    menu: null,
    backups: null,
    keychain: null,
  };
}
