import type { Messages } from '../nl';

export const keychain: Messages['keychain'] = {
  title: 'Unlocking on this computer',
  choice: "Unlock on this computer without a passphrase (the system's keychain)",
  explanation:
    "Veldwerk then keeps the key in your operating system's keychain, which protects it with your login on this computer. The convenience has a price: whoever can log in to this computer as you can open Veldwerk without the passphrase. Choose this only on a computer you trust that has a good login password. A stolen laptop that is switched off stays protected. After “Lock now” or a time without use, Veldwerk still asks for your passphrase.",
  turnedOn: 'From now on Veldwerk opens on this computer without the passphrase.',
  turnedOff: 'The key has been removed from the keychain. Veldwerk asks for your passphrase again.',
  refused: "The system's keychain did not accept the key. Nothing has changed; Veldwerk asks for your passphrase.",
  failed: 'That did not work. Nothing has changed; please try again.',
  trying: "Unlocking with the system's keychain…",
  unlockFailed: "The system's keychain could not unlock Veldwerk. Enter your passphrase.",
  afterLock: 'Veldwerk is locked. Enter your passphrase; at the next start the keychain opens Veldwerk again.',
};
