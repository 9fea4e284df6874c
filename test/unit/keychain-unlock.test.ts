/**
 * Unlocking through the OS keychain, from the renderer's side, through the real chain:
 * Electron platform → preload bridge → validated IPC handlers → electron/keychain.ts on a
 * temporary folder. Only safeStorage (the OS) is a stand-in. The envelope lives in
 * IndexedDB (fake-indexeddb) as in the app.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../electron/app-origin';
import { createAutomaticBackups } from '../../electron/automatic-backups';
import { registerIpcHandlers } from '../../electron/ipc-handlers';
import type { InvokeEvent } from '../../electron/ipc-wrapper';
import { createKeychain, KEYCHAIN_FILE, type SafeStorageLike } from '../../electron/keychain';
import { createBridge } from '../../electron/preload-bridge';
import { changePassphrase } from '../../renderer/data/encryption/at-rest';
import { randomBytes } from '../../renderer/data/encryption/cipher';
import { createEnvelope, unwrapWithPassphrase } from '../../renderer/data/encryption/key-envelope';
import { KEY_DATABASE_NAME, readEnvelope, writeEnvelope } from '../../renderer/data/encryption/key-store';
import {
  chooseKeychain,
  forgetKeychain,
  keychainAvailable,
  keychainChosen,
  markLocked,
  clearLocked,
  unlockWithKeychain,
} from '../../renderer/data/encryption/keychain';
import { createBrowserPlatform } from '../../renderer/platform/browser';
import { createElectronPlatform } from '../../renderer/platform/electron';

const PASSPHRASE = 'een lange zin voor de toets';

function sealingAs(account: string, backend = 'gnome_libsecret'): SafeStorageLike {
  const prefix = Buffer.from(`${account}:`);
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.concat([prefix, Buffer.from(text).reverse()]),
    decryptString: (sealed) => {
      if (!sealed.subarray(0, prefix.length).equals(prefix)) throw new Error('Error while decrypting');
      return Buffer.from(sealed.subarray(prefix.length)).reverse().toString();
    },
  };
}

/** The desktop app's Platform, wired to real main-process handlers on a temporary data folder. */
function desktop(safeStorage: SafeStorageLike, userDataDir = mkdtempSync(path.join(tmpdir(), 'veldwerk-kc-'))) {
  const listeners = new Map<string, (event: InvokeEvent<unknown>, ...args: unknown[]) => Promise<unknown>>();
  registerIpcHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    {
      showSaveDialog: vi.fn(),
      appInfo: vi.fn(),
      setMenu: vi.fn(),
      setMicrophone: vi.fn(),
      backups: createAutomaticBackups({ userDataDir, chooseFolder: async () => null }),
      keychain: createKeychain({ userDataDir, safeStorage, platform: 'linux' }),
    },
    APP_ORIGIN,
  );
  const bridge = createBridge({
    invoke: (channel, ...args) =>
      listeners.get(channel)!({ senderFrame: { origin: APP_ORIGIN, parent: null }, sender: {} }, ...args),
    on: vi.fn(),
    removeListener: vi.fn(),
  });
  return { keychain: createElectronPlatform(bridge).keychain!, userDataDir };
}

function session() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

async function encryptedSetUp() {
  const { envelope, dataKey } = await createEnvelope(PASSPHRASE, 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789');
  await writeEnvelope(envelope);
  return dataKey;
}

afterEach(async () => {
  await Dexie.delete(KEY_DATABASE_NAME);
});

describe('unlocking through the OS keychain', () => {
  it('once chosen, opens with the data key without the passphrase, also after the passphrase changed', async () => {
    const dataKey = await encryptedSetUp();
    const { keychain } = desktop(sealingAs('anna'));
    const tab = session();
    expect(await keychainAvailable(keychain)).toBe(true);
    expect(await keychainChosen()).toBe(false);
    expect(await unlockWithKeychain((await readEnvelope())!, keychain, tab)).toEqual({ status: 'not-chosen' });

    expect(await chooseKeychain(keychain, dataKey)).toBe(true);
    expect(await keychainChosen()).toBe(true);
    expect(await unlockWithKeychain((await readEnvelope())!, keychain, tab)).toEqual({ status: 'unlocked', dataKey });

    expect(await changePassphrase(PASSPHRASE, 'een heel andere zin')).toBe(true);
    const after = (await readEnvelope())!;
    expect(await unwrapWithPassphrase(after, 'een heel andere zin')).toEqual(dataKey);
    expect(await unlockWithKeychain(after, keychain, tab)).toEqual({ status: 'unlocked', dataKey });
  });

  it('a lock in this window asks for the passphrase; unlocking with it lets a reload use the keychain again', async () => {
    const dataKey = await encryptedSetUp();
    const { keychain } = desktop(sealingAs('anna'));
    await chooseKeychain(keychain, dataKey);
    const tab = session();
    markLocked(tab);
    expect(await unlockWithKeychain((await readEnvelope())!, keychain, tab)).toEqual({ status: 'locked' });
    clearLocked(tab);
    expect(await unlockWithKeychain((await readEnvelope())!, keychain, tab)).toEqual({ status: 'unlocked', dataKey });
  });

  it('turning it off removes the key from the data folder and the choice from the envelope', async () => {
    const dataKey = await encryptedSetUp();
    const { keychain } = desktop(sealingAs('anna'));
    await chooseKeychain(keychain, dataKey);
    await forgetKeychain(keychain);
    expect(await keychainChosen()).toBe(false);
    expect(await keychain.load()).toBeNull();
    expect(await unlockWithKeychain((await readEnvelope())!, keychain, session())).toEqual({ status: 'not-chosen' });
    // The passphrase is untouched.
    expect(await unwrapWithPassphrase((await readEnvelope())!, PASSPHRASE)).toEqual(dataKey);
  });

  it('falls back to the passphrase when the keychain holds no fitting key', async () => {
    const dataKey = await encryptedSetUp();
    const anna = desktop(sealingAs('anna'));
    await chooseKeychain(anna.keychain, dataKey);
    const envelope = (await readEnvelope())!;

    // Another computer account (or a reset keychain) cannot open the sealed key.
    const bram = desktop(sealingAs('bram'), anna.userDataDir);
    expect(await unlockWithKeychain(envelope, bram.keychain, session())).toEqual({ status: 'failed' });

    // A key from an earlier set-up, sealed properly, does not fit this envelope and is not used.
    await anna.keychain.store(randomBytes(32));
    expect(await unlockWithKeychain(envelope, anna.keychain, session())).toEqual({ status: 'failed' });

    // A damaged file.
    writeFileSync(path.join(anna.userDataDir, KEYCHAIN_FILE), 'anna:???');
    expect(await unlockWithKeychain(envelope, anna.keychain, session())).toEqual({ status: 'failed' });
  });

  it('is not offered in the browser build, nor on Linux without a real keychain', async () => {
    const dataKey = await encryptedSetUp();
    expect(await keychainAvailable(createBrowserPlatform().keychain)).toBe(false);
    const plainText = desktop(sealingAs('anna', 'basic_text'));
    expect(await keychainAvailable(plainText.keychain)).toBe(false);
    expect(await chooseKeychain(plainText.keychain, dataKey)).toBe(false);
    expect(await keychainChosen()).toBe(false);
  });
});
