/**
 * The data key kept through the OS keychain (Electron safeStorage), when the researcher
 * chose to unlock this computer account without the passphrase. The key is sealed by
 * safeStorage (Keychain on macOS, DPAPI on Windows, the secret service on Linux) and
 * written atomically into the app's data folder; main keeps no copy in memory.
 *
 * Offered only where the seal means something: safeStorage must be available and, on
 * Linux, not the 'basic_text' backend (a fixed, public password: anyone who copies the file
 * could open it) or 'unknown'.
 */
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from './atomic-write';

/** The part of Electron's safeStorage used here. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron; absent elsewhere. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Buffer): string;
}

export interface KeychainFs {
  readFile(file: string): Promise<Uint8Array>;
  rm(file: string, options: { force: true }): Promise<void>;
}

export interface KeychainServices {
  /** Electron's app.getPath('userData'). */
  userDataDir: string;
  safeStorage: SafeStorageLike;
  /** process.platform. */
  platform: string;
  fs?: KeychainFs;
  writeFile?: (file: string, bytes: Uint8Array) => Promise<void>;
}

export const KEYCHAIN_FILE = 'data-key.keychain';
const KEY_BYTES = 32;
/** Linux backends that do not protect anything: the password is fixed, or nobody knows which one it is. */
const WEAK_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

export function createKeychain(services: KeychainServices) {
  const { safeStorage } = services;
  const fs: KeychainFs = services.fs ?? (fsPromises as unknown as KeychainFs);
  const writeFile = services.writeFile ?? writeFileAtomically;
  const file = path.join(services.userDataDir, KEYCHAIN_FILE);

  const available = (): boolean => {
    if (!safeStorage.isEncryptionAvailable()) return false;
    if (services.platform !== 'linux') return true;
    const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    return !WEAK_LINUX_BACKENDS.has(backend);
  };

  return {
    available: () => ({ available: available() }),

    async store(dataKey: Uint8Array): Promise<boolean> {
      if (!available() || dataKey.length !== KEY_BYTES) return false;
      const sealed = safeStorage.encryptString(Buffer.from(dataKey).toString('base64'));
      await writeFile(file, sealed);
      return true;
    },

    async load(): Promise<Uint8Array | null> {
      if (!available()) return null;
      let sealed: Uint8Array;
      try {
        sealed = await fs.readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      // Another account, a reinstalled OS or a reset keychain cannot open it: the passphrase still can.
      try {
        const key = Buffer.from(safeStorage.decryptString(Buffer.from(sealed)), 'base64');
        return key.length === KEY_BYTES ? new Uint8Array(key) : null;
      } catch {
        return null;
      }
    },

    async forget(): Promise<null> {
      await fs.rm(file, { force: true });
      return null;
    },
  };
}

export type Keychain = ReturnType<typeof createKeychain>;
