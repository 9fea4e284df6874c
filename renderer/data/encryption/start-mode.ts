/**
 * How this start goes: an offer to set encryption at rest up, an unlock, or plain. Kept
 * apart from at-rest.ts so a plain start reads the envelope without loading any cipher code;
 * the rest of encryption loads only when it is offered or on.
 */
import { DATABASE_NAME, installedVersion } from '../database';
import type { KeyEnvelope } from './envelope';
import { readEnvelope } from './key-store';

const DECLINED = 'veldwerk:encryption-declined';

export type StartMode =
  { kind: 'plain' } | { kind: 'offer'; hasPlainData: boolean } | { kind: 'locked'; envelope: KeyEnvelope };

export async function startMode(): Promise<StartMode> {
  const envelope = await readEnvelope();
  if (envelope) return { kind: 'locked', envelope };
  if (localStorage.getItem(DECLINED) !== null) return { kind: 'plain' };
  return { kind: 'offer', hasPlainData: (await installedVersion(DATABASE_NAME)) !== undefined };
}

/** "Not now": the app starts as before; the Gegevens page offers it again. */
export function declineEncryption(): void {
  localStorage.setItem(DECLINED, new Date().toISOString());
}

/** From the Gegevens page: the next start shows the set-up again. */
export function offerEncryptionAgain(): void {
  localStorage.removeItem(DECLINED);
}

/** Setting encryption up ends a "not now". */
export function forgetDeclined(): void {
  localStorage.removeItem(DECLINED);
}
