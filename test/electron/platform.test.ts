/** renderer/platform over a fake `window.veldwerk` (node environment, no DOM needed). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VeldwerkBridge } from '../../shared/ipc';
import { createElectronPlatform, filtersFor } from '../../renderer/platform/electron';
import { PlatformError } from '../../renderer/platform/platform';

function fakeBridge(overrides: Partial<Record<keyof VeldwerkBridge, unknown>> = {}) {
  return {
    'file:save': vi.fn(async () => ({ ok: true, value: { status: 'saved', location: '/home/a/x.docx' } })),
    'page:printToPdf': vi.fn(async () => ({ ok: true, value: { status: 'cancelled' } })),
    'app:info': vi.fn(async () => ({ ok: true, value: { version: '0.1.0', platform: 'linux' } })),
    ...overrides,
  } as unknown as VeldwerkBridge & Record<keyof VeldwerkBridge, ReturnType<typeof vi.fn>>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('Electron platform', () => {
  it('saves through the bridge with a file type from the name', async () => {
    const bridge = fakeBridge();
    const bytes = new Uint8Array([1, 2]);
    const result = await createElectronPlatform(bridge).saveFile({
      suggestedName: 'Verslag R07.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes,
    });
    expect(result).toEqual({ status: 'saved', location: '/home/a/x.docx' });
    expect(bridge['file:save']).toHaveBeenCalledWith({
      suggestedName: 'Verslag R07.docx',
      filters: [{ name: 'Word-document', extensions: ['docx'] }],
      bytes,
    });
  });

  it('turns an error result into a PlatformError that carries the code main sent', async () => {
    const bridge = fakeBridge({
      'file:save': vi.fn(async () => ({ ok: false, error: { code: 'write-failed', systemCode: 'EIO' } })),
    });
    const saving = createElectronPlatform(bridge).saveFile({
      suggestedName: 'a.csv',
      mimeType: 'text/csv',
      bytes: new Uint8Array(),
    });
    await expect(saving).rejects.toBeInstanceOf(PlatformError);
    await expect(saving).rejects.toMatchObject({
      code: 'write-failed',
      failure: { code: 'write-failed', systemCode: 'EIO' },
    });
  });

  it("turns a failed call (no answer from main) into a PlatformError 'no-answer'", async () => {
    const bridge = fakeBridge({ 'app:info': vi.fn(() => Promise.reject(new Error('No handler registered'))) });
    await expect(createElectronPlatform(bridge).getAppInfo()).rejects.toMatchObject({ code: 'no-answer' });
  });

  it("treats an error it does not know (another build of main) as 'internal'", async () => {
    const bridge = fakeBridge({
      'page:printToPdf': vi.fn(async () => ({ ok: false, error: { code: 'kaput', message: 'Kapot.' } })),
    });
    await expect(createElectronPlatform(bridge).printPage({ suggestedName: 'gids' })).rejects.toMatchObject({
      failure: { code: 'internal' },
    });
  });

  it('prints to PDF and reads app info through the bridge', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    expect(await platform.printPage({ suggestedName: 'gids' })).toEqual({ status: 'cancelled' });
    expect(bridge['page:printToPdf']).toHaveBeenCalledWith({ suggestedName: 'gids' });
    expect(await platform.getAppInfo()).toEqual({ version: '0.1.0', platform: 'linux' });
  });

  it('names file types for the save dialog', () => {
    expect(filtersFor('a.CSV')).toEqual([{ name: 'CSV-bestand', extensions: ['csv'] }]);
    expect(filtersFor('backup.veldwerk')).toEqual([{ name: 'VELDWERK-bestand', extensions: ['veldwerk'] }]);
    expect(filtersFor('zonder-extensie')).toEqual([{ name: 'Alle bestanden', extensions: ['*'] }]);
  });

  it('asks for persistent storage and treats a missing StorageManager as not granted', async () => {
    const platform = createElectronPlatform(fakeBridge());
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist: async () => true } });
    expect(await platform.requestPersistentStorage()).toBe(true);
    vi.stubGlobal('navigator', {});
    expect(await platform.requestPersistentStorage()).toBe(false);
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('no')) } });
    expect(await platform.requestPersistentStorage()).toBe(false);
  });
});

describe('getPlatform', () => {
  it('picks Electron when window.veldwerk exists', async () => {
    vi.stubGlobal('window', { veldwerk: fakeBridge() });
    const { getPlatform } = await import('../../renderer/platform/index');
    expect(getPlatform().kind).toBe('electron');
    expect(getPlatform()).toBe(getPlatform());
  });

  it('picks the browser otherwise', async () => {
    vi.stubGlobal('window', {});
    const { getPlatform } = await import('../../renderer/platform/index');
    expect(getPlatform().kind).toBe('browser');
    expect(await getPlatform().getAppInfo()).toBeNull();
  });
});

describe('Electron platform: automatic backups', () => {
  it('writes, lists and reads through their own channels, and says why one failed', async () => {
    const entry = {
      place: 'app',
      name: 'veldwerk-auto-2026-12-03T12-40-00-000Z.vwbackup',
      createdAt: 1,
      size: 3,
      contents: null,
    };
    const bridge = fakeBridge({
      'backups:write': vi.fn(async () => ({ ok: true, value: { location: '/u/backups/x', chosen: null, removed: 0 } })),
      'backups:list': vi.fn(async () => ({ ok: true, value: { app: [entry], chosen: null } })),
      'backups:read': vi.fn(async () => ({ ok: false, error: { code: 'no-permission' } })),
    });
    const store = createElectronPlatform(bridge).backups!;
    const contents = { studies: 1, respondents: 2, interviews: 3 };
    expect(await store.write(new Uint8Array([1]), contents)).toEqual({
      location: '/u/backups/x',
      chosen: null,
      removed: 0,
    });
    expect(bridge['backups:write']).toHaveBeenCalledWith({ bytes: new Uint8Array([1]), contents });
    expect((await store.list()).app).toEqual([entry]);
    await expect(store.read('app', entry.name)).rejects.toMatchObject({ code: 'no-permission' });
    expect(bridge['backups:read']).toHaveBeenCalledWith({ place: 'app', name: entry.name });
  });
});
