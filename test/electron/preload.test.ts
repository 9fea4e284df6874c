/** The preload bridge: exactly one object, `veldwerk`, with one function per contract channel and event. */
import { describe, expect, it, vi } from 'vitest';
import { ipcChannels, ipcEventNames } from '../../shared/ipc';
import { createBridge, exposeBridge } from '../../electron/preload-bridge';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electron);

function fakes() {
  const exposed: Array<[string, unknown]> = [];
  const contextBridge = { exposeInMainWorld: (name: string, api: unknown) => exposed.push([name, api]) };
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ..._args: unknown[]) => ({ ok: true, value: channel })),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  };
  /** What main's webContents.send does: every listener gets Electron's event object and the payload. */
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer, ports: [] }, ...args);
  };
  return { exposed, contextBridge, ipcRenderer, emit, listeners };
}

const menu = {
  appMenu: { label: 'Veldwerk', items: [{ kind: 'role' as const, role: 'quit' as const, label: 'Stop Veldwerk' }] },
  menus: [
    {
      label: 'Help',
      items: [{ kind: 'command' as const, id: 'help.shortcuts', label: 'Sneltoetsen', accelerator: 'Alt+/' }],
    },
  ],
};

describe('preload bridge', () => {
  it("exposes exactly one object, named 'veldwerk', whose keys are exactly the contract's channels and events", () => {
    const { exposed, contextBridge, ipcRenderer } = fakes();
    exposeBridge(contextBridge, ipcRenderer);
    expect(exposed).toHaveLength(1);
    const [name, api] = exposed[0]!;
    expect(name).toBe('veldwerk');
    expect(Object.keys(api as object).sort()).toEqual([...ipcChannels, ...ipcEventNames].sort());
    for (const value of Object.values(api as object)) expect(typeof value).toBe('function');
  });

  it('each function invokes its own channel with exactly the one argument given', async () => {
    const { ipcRenderer } = fakes();
    const bridge = createBridge(ipcRenderer);
    const bytes = new Uint8Array([1]);
    const save = { suggestedName: 'a.docx', filters: [], bytes };

    await bridge['file:save'](save);
    await bridge['page:printToPdf']({ suggestedName: 'gids.pdf' });
    await bridge['app:info']();
    await bridge['menu:set'](menu);
    const backup = { bytes, contents: { studies: 1, respondents: 2, interviews: 3 } };
    const which = { place: 'app' as const, name: 'veldwerk-auto-2026-12-03T12-40-00-000Z.vwbackup' };
    await bridge['backups:write'](backup);
    await bridge['backups:list']();
    await bridge['backups:read'](which);
    await bridge['backups:chooseFolder']();
    await bridge['backups:forgetFolder']();
    const key = { dataKey: new Uint8Array(32) };
    await bridge['keychain:available']();
    await bridge['keychain:store'](key);
    await bridge['keychain:load']();
    await bridge['keychain:forget']();

    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['file:save', save],
      ['page:printToPdf', { suggestedName: 'gids.pdf' }],
      ['app:info'],
      ['menu:set', menu],
      ['backups:write', backup],
      ['backups:list'],
      ['backups:read', which],
      ['backups:chooseFolder'],
      ['backups:forgetFolder'],
      ['keychain:available'],
      ['keychain:store', key],
      ['keychain:load'],
      ['keychain:forget'],
    ]);
  });

  it("hands a menu click to the page as its command id only, never Electron's event", () => {
    const { ipcRenderer, emit } = fakes();
    const bridge = createBridge(ipcRenderer);
    const clicks: unknown[][] = [];
    const unsubscribe = bridge['menu:command']((...args) => clicks.push(args));

    emit('menu:command', { id: 'help.shortcuts' });
    emit('menu:command', { id: 42 });
    emit('menu:command', null);
    expect(clicks).toEqual([[{ id: 'help.shortcuts' }]]);

    unsubscribe();
    emit('menu:command', { id: 'app.print' });
    expect(clicks).toHaveLength(1);
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', ipcRenderer.on.mock.calls[0]![1]);
  });

  it('passes the main process answer through unchanged', async () => {
    const { ipcRenderer } = fakes();
    ipcRenderer.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'write-failed', systemCode: 'EIO' },
    } as never);
    expect(await createBridge(ipcRenderer)['app:info']()).toEqual({
      ok: false,
      error: { code: 'write-failed', systemCode: 'EIO' },
    });
  });

  it('never hands out ipcRenderer or a generic send/on', () => {
    const { ipcRenderer } = fakes();
    const bridge = createBridge(ipcRenderer) as unknown as Record<string, unknown>;
    for (const key of ['send', 'on', 'invoke', 'ipcRenderer', 'sendSync', 'removeListener']) {
      expect(bridge[key]).toBeUndefined();
    }
    for (const value of Object.values(bridge)) expect(value).not.toBe(ipcRenderer);
  });

  it("electron/preload.ts wires the real module's contextBridge and ipcRenderer, once", async () => {
    await import('../../electron/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe('veldwerk');
    await (api as { 'app:info': () => Promise<unknown> })['app:info']();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:info');
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
