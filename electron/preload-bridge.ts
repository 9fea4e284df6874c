/**
 * Builds `window.veldwerk`: one function per channel of the IPC contract, each invoking
 * exactly its own channel with at most one argument. No generic send/on and no
 * ipcRenderer reach the page. Only types come from shared/ipc.ts, so the preload bundle
 * stays free of zod.
 */
import type { IpcChannel, IpcResult, VeldwerkBridge } from '../shared/ipc';

export const BRIDGE_NAME = 'veldwerk';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface InvokeOnly {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

/** The part of Electron's contextBridge the preload uses. */
export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

export function createBridge(ipcRenderer: InvokeOnly): VeldwerkBridge {
  // The main process answers every call with an IpcResult (see ipc-wrapper.ts).
  const call = <T>(channel: IpcChannel, ...args: [] | [unknown]) =>
    ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<T>>;

  return {
    'file:save': (argument) => call('file:save', argument),
    'page:printToPdf': (argument) => call('page:printToPdf', argument),
    'app:info': () => call('app:info'),
  } satisfies VeldwerkBridge;
}

export function exposeBridge(contextBridge: ContextBridgeLike, ipcRenderer: InvokeOnly): void {
  contextBridge.exposeInMainWorld(BRIDGE_NAME, createBridge(ipcRenderer));
}
