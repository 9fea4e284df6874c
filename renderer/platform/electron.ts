/**
 * The Platform of the desktop app: every call goes through `window.veldwerk`, the bridge
 * the preload exposes, and its `{ ok, value } | { ok, error }` answers are turned into
 * values or PlatformErrors here, so the UI never sees the wire format.
 */
import type { IpcResult, VeldwerkBridge } from '../../shared/ipc';
import { isIpcError } from '../../shared/ipc-errors';
import { PlatformError, type Platform } from './platform';
import { requestPersistentStorage } from './storage';

declare global {
  interface Window {
    /** Present only in the Electron build (electron/preload.ts). */
    readonly veldwerk?: VeldwerkBridge;
  }
}

/** The value, or a PlatformError: also when the call itself fails (main not answering). */
async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await call;
  } catch {
    throw new PlatformError({ code: 'no-answer' });
  }
  if (result.ok) return result.value;
  throw new PlatformError(isIpcError(result.error) ? result.error : { code: 'internal' });
}

const FILTER_NAMES: Readonly<Record<string, string>> = {
  docx: 'Word-document',
  pdf: 'PDF-document',
  csv: 'CSV-bestand',
  json: 'JSON-bestand',
  zip: 'ZIP-archief',
  txt: 'Tekstbestand',
  vwbackup: 'Veldwerk-reservekopie',
};

/** The save dialog's file type, from the suggested name's extension. */
export function filtersFor(suggestedName: string): { name: string; extensions: string[] }[] {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(suggestedName);
  if (!match?.[1]) return [{ name: 'Alle bestanden', extensions: ['*'] }];
  const extension = match[1].toLowerCase();
  return [{ name: FILTER_NAMES[extension] ?? `${extension.toUpperCase()}-bestand`, extensions: [extension] }];
}

export function createElectronPlatform(bridge: VeldwerkBridge): Platform {
  return {
    kind: 'electron',
    async saveFile({ suggestedName, bytes }) {
      return unwrap(bridge['file:save']({ suggestedName, filters: filtersFor(suggestedName), bytes }));
    },
    async printPage({ suggestedName }) {
      return unwrap(bridge['page:printToPdf']({ suggestedName }));
    },
    requestPersistentStorage,
    async getAppInfo() {
      return unwrap(bridge['app:info']());
    },
    async setMicrophone(on) {
      await unwrap(bridge['recording:microphone']({ on }));
    },
    menu: {
      async set(model) {
        await unwrap(bridge['menu:set'](model));
      },
      onCommand(listener) {
        return bridge['menu:command'](({ id }) => listener(id));
      },
    },
    backups: {
      write: (bytes, contents) => unwrap(bridge['backups:write']({ bytes, contents })),
      list: () => unwrap(bridge['backups:list']()),
      read: (place, name) => unwrap(bridge['backups:read']({ place, name })),
      chooseFolder: () => unwrap(bridge['backups:chooseFolder']()),
      async forgetFolder() {
        await unwrap(bridge['backups:forgetFolder']());
      },
    },
    keychain: {
      available: async () => (await unwrap(bridge['keychain:available']())).available,
      store: (dataKey) => unwrap(bridge['keychain:store']({ dataKey })),
      load: () => unwrap(bridge['keychain:load']()),
      async forget() {
        await unwrap(bridge['keychain:forget']());
      },
    },
  };
}
