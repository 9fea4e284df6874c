/**
 * The key envelope's shape, apart from the cryptography that fills it (key-envelope.ts):
 * the start reads it to learn whether encryption is on without loading any cipher code.
 */
export interface KeyEnvelope {
  format: 1;
  passphrase: { salt: string; iterations: number; wrapped: string };
  recovery: { salt: string; wrapped: string };
  /** The data key sealed by the OS keychain (desktop app only), when the researcher chose it. */
  keychain?: string;
  /** Minutes without keyboard or mouse before the app locks. */
  idleMinutes: number;
  /** Set while a plaintext database is being copied into the encrypted one; cleared when verified and deleted. */
  migrating?: boolean;
}

export const DEFAULT_IDLE_MINUTES = 15;

export function isEnvelope(value: unknown): value is KeyEnvelope {
  const v = value as KeyEnvelope | null;
  return (
    !!v &&
    v.format === 1 &&
    typeof v.passphrase?.wrapped === 'string' &&
    typeof v.passphrase.salt === 'string' &&
    typeof v.passphrase.iterations === 'number' &&
    typeof v.recovery?.wrapped === 'string' &&
    typeof v.recovery.salt === 'string'
  );
}
