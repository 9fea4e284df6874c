/**
 * Backups while the data is encrypted at rest: sealed with the data key itself (so an
 * automatic backup needs nothing typed), with the data key's wrapped forms in the file's
 * header (see shared/backup/file.ts, mode 2), so the file opens on another machine with
 * the passphrase of the day it was made or with the recovery key. Only the passphrase and
 * recovery wraps go along: the keychain wrap only opens on this computer, and the idle
 * time and migration flag are settings of this installation.
 */
import type { DataKeyAccess, DataKeySealing } from '../../../shared/backup/file';
import { currentDataKey, currentEnvelope } from './at-rest';
import { isEnvelope, unwrapWithPassphrase, unwrapWithRecoveryKey, type KeyEnvelope } from './key-envelope';

/** The wrapped forms of the data key a backup carries. */
export function portableEnvelope(envelope: KeyEnvelope): Pick<KeyEnvelope, 'format' | 'passphrase' | 'recovery'> {
  return { format: envelope.format, passphrase: envelope.passphrase, recovery: envelope.recovery };
}

/** How this window seals a backup, or undefined when it is not encrypted at rest. */
export function backupSealing(): DataKeySealing | undefined {
  const dataKey = currentDataKey();
  const envelope = currentEnvelope();
  return dataKey && envelope ? { dataKey, envelope: portableEnvelope(envelope) } : undefined;
}

/** A file's data key from what the researcher typed: their passphrase, else the recovery key. */
export async function unwrapBackupKey(envelope: unknown, secret: string): Promise<Uint8Array | undefined> {
  const candidate = { ...(envelope as object), idleMinutes: 0 };
  if (!isEnvelope(candidate)) return undefined;
  return (await unwrapWithPassphrase(candidate, secret)) ?? (await unwrapWithRecoveryKey(candidate, secret));
}

/** Opening mode-2 backups in this window: its own key first, then what is typed. */
export function backupKeyAccess(): DataKeyAccess {
  return { current: currentDataKey(), unwrap: unwrapBackupKey };
}
