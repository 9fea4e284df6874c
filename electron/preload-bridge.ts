/**
 * Builds `window.veldwerk`: one function per channel of the IPC contract, each invoking
 * exactly its own channel with at most one argument, and one subscribe function per event
 * main sends, which hands the page the checked payload only (never Electron's event, whose
 * `sender` would give the page IPC). No generic send/on and no ipcRenderer reach the page. Only types come from shared/ipc.ts, so the preload bundle
 * stays free of zod.
 */
import type { IpcChannel, IpcEvents, IpcResult, VeldwerkBridge } from '../shared/ipc';

export const BRIDGE_NAME = 'veldwerk';

type EventListener = (event: unknown, ...args: unknown[]) => void;

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: EventListener): unknown;
  removeListener(channel: string, listener: EventListener): unknown;
}

/** The payload of 'menu:command' as main sends it; anything else is dropped. */
function menuCommand(payload: unknown): IpcEvents['menu:command'] | undefined {
  const id = (payload as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length <= 100 ? { id } : undefined;
}

/** The part of Electron's contextBridge the preload uses. */
export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

export function createBridge(ipcRenderer: IpcRendererLike): VeldwerkBridge {
  // The main process answers every call with an IpcResult (see ipc-wrapper.ts).
  const call = <T>(channel: IpcChannel, ...args: [] | [unknown]) =>
    ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<T>>;

  return {
    'file:save': (argument) => call('file:save', argument),
    'page:printToPdf': (argument) => call('page:printToPdf', argument),
    'app:info': () => call('app:info'),
    'menu:set': (argument) => call('menu:set', argument),
    'recording:microphone': (argument) => call('recording:microphone', argument),
    'backups:write': (argument) => call('backups:write', argument),
    'backups:list': () => call('backups:list'),
    'backups:read': (argument) => call('backups:read', argument),
    'backups:chooseFolder': () => call('backups:chooseFolder'),
    'backups:forgetFolder': () => call('backups:forgetFolder'),
    'keychain:available': () => call('keychain:available'),
    'keychain:store': (argument) => call('keychain:store', argument),
    'keychain:load': () => call('keychain:load'),
    'keychain:forget': () => call('keychain:forget'),
    'menu:command': (listener) => {
      const onEvent: EventListener = (_event, payload) => {
        const checked = menuCommand(payload);
        if (checked) listener(checked);
      };
      ipcRenderer.on('menu:command', onEvent);
      return () => void ipcRenderer.removeListener('menu:command', onEvent);
    },
  } satisfies VeldwerkBridge;
}

export function exposeBridge(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike): void {
  contextBridge.exposeInMainWorld(BRIDGE_NAME, createBridge(ipcRenderer));
}
