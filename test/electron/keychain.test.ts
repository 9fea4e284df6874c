/**
 * The data key kept through the OS keychain: main seals it with safeStorage and writes it
 * into the app's data folder, never in the clear; only where the keychain really protects it;
 * a key the keychain cannot open is no key (the passphrase still unlocks). Real files in a
 * temporary folder; safeStorage is a stand-in that seals per computer account.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../electron/app-origin';
import { createAutomaticBackups } from '../../electron/automatic-backups';
import { registerIpcHandlers } from '../../electron/ipc-handlers';
import type { InvokeEvent } from '../../electron/ipc-wrapper';
import { createKeychain, KEYCHAIN_FILE, type SafeStorageLike } from '../../electron/keychain';

/** Seals with a secret of the "computer account"; another account's keychain cannot open it. */
function fakeSafeStorage(account: string, options: { available?: boolean; backend?: string } = {}) {
  const mask = (bytes: Uint8Array) => Buffer.from(bytes.map((b, i) => b ^ account.charCodeAt(i % account.length)));
  const storage: SafeStorageLike = {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (text) => Buffer.concat([Buffer.from(`sealed-by:${account}:`), mask(Buffer.from(text))]),
    decryptString: (sealed) => {
      const prefix = `sealed-by:${account}:`;
      if (!sealed.subarray(0, prefix.length).equals(Buffer.from(prefix))) throw new Error('Error while decrypting');
      return mask(sealed.subarray(prefix.length)).toString();
    },
  };
  return storage;
}

function setUp(safeStorage: SafeStorageLike, platform = 'linux', userDataDir = mkdtempSync(path.join(tmpdir(), 'veldwerk-keychain-'))) {
  const listeners = new Map<string, (event: InvokeEvent<unknown>, ...args: unknown[]) => Promise<unknown>>();
  registerIpcHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    {
      showSaveDialog: vi.fn(),
      appInfo: vi.fn(),
      setMenu: vi.fn(),
      setMicrophone: vi.fn(),
      backups: createAutomaticBackups({ userDataDir, chooseFolder: async () => null }),
      keychain: createKeychain({ userDataDir, safeStorage, platform }),
    },
    APP_ORIGIN,
  );
  const call = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)!({ senderFrame: { origin: APP_ORIGIN, parent: null }, sender: {} }, ...args);
  return { call, userDataDir, file: path.join(userDataDir, KEYCHAIN_FILE) };
}

const dataKey = () => new Uint8Array(32).map((_, i) => (i * 37 + 11) % 256);

describe('the OS keychain for the data key', () => {
  it('keeps the key sealed in the data folder and gives it back, then forgets it', async () => {
    const { call, file, userDataDir } = setUp(fakeSafeStorage('anna'));
    expect(await call('keychain:available')).toEqual({ ok: true, value: { available: true } });
    expect(await call('keychain:load')).toEqual({ ok: true, value: null });

    expect(await call('keychain:store', { dataKey: dataKey() })).toEqual({ ok: true, value: true });
    const onDisk = readFileSync(file);
    expect(onDisk.toString()).toMatch(/^sealed-by:anna:/);
    expect(onDisk.includes(Buffer.from(dataKey()))).toBe(false);
    expect(onDisk.includes(Buffer.from(Buffer.from(dataKey()).toString('base64')))).toBe(false);
    // Written atomically: no temporary file is left beside it.
    expect(readdirSync(userDataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    expect(await call('keychain:load')).toEqual({ ok: true, value: dataKey() });
    expect(await call('keychain:forget')).toEqual({ ok: true, value: null });
    expect(existsSync(file)).toBe(false);
    expect(await call('keychain:load')).toEqual({ ok: true, value: null });
    expect(await call('keychain:forget')).toEqual({ ok: true, value: null });
  });

  it('is not offered where the keychain would not protect the key', async () => {
    const cases: Array<[SafeStorageLike, string]> = [
      [fakeSafeStorage('anna', { available: false }), 'darwin'],
      [fakeSafeStorage('anna', { backend: 'basic_text' }), 'linux'],
      [fakeSafeStorage('anna', { backend: 'unknown' }), 'linux'],
    ];
    for (const [storage, platform] of cases) {
      const { call, file } = setUp(storage, platform);
      expect(await call('keychain:available')).toEqual({ ok: true, value: { available: false } });
      expect(await call('keychain:store', { dataKey: dataKey() })).toEqual({ ok: true, value: false });
      expect(existsSync(file)).toBe(false);
    }
    // Windows and macOS have no backend to choose: available is enough.
    const windows = setUp(fakeSafeStorage('anna', { backend: 'basic_text' }), 'win32');
    expect(await windows.call('keychain:available')).toEqual({ ok: true, value: { available: true } });
  });

  it('a key another account sealed, or a damaged file, gives no key instead of an error', async () => {
    const first = setUp(fakeSafeStorage('anna'));
    await first.call('keychain:store', { dataKey: dataKey() });
    const other = setUp(fakeSafeStorage('bram'), 'linux', first.userDataDir);
    expect(await other.call('keychain:load')).toEqual({ ok: true, value: null });

    writeFileSync(first.file, 'sealed-by:anna:kort');
    expect(await first.call('keychain:load')).toEqual({ ok: true, value: null });
  });

  it('takes exactly 32 bytes and nothing else', async () => {
    const { call, file } = setUp(fakeSafeStorage('anna'));
    for (const bad of [
      undefined,
      { dataKey: new Uint8Array(16) },
      { dataKey: Array.from(dataKey()) },
      { dataKey: 'abc' },
    ]) {
      expect(await call('keychain:store', bad)).toEqual({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(existsSync(file)).toBe(false);
  });
});
