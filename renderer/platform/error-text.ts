/**
 * The interface's wording of a failed platform call. Main sends only a code
 * (shared/ipc.ts); the sentence is chosen here, in the language the interface is in.
 */
import type { TFunction } from '../i18n/keys';
import { PlatformError, type PlatformErrorCode, type PlatformFailure } from './platform';

/** One text per code; the keys live under `platformErrors` in renderer/i18n/{nl,en}.ts. */
export const PLATFORM_ERROR_KEYS = {
  'forbidden-sender': 'platformErrors.forbiddenSender',
  'invalid-argument': 'platformErrors.invalidArgument',
  'disk-full': 'platformErrors.diskFull',
  'quota-exceeded': 'platformErrors.quotaExceeded',
  'no-permission': 'platformErrors.noPermission',
  'not-permitted': 'platformErrors.notPermitted',
  'read-only': 'platformErrors.readOnly',
  'file-in-use': 'platformErrors.fileInUse',
  'write-failed': 'platformErrors.writeFailed',
  internal: 'platformErrors.internal',
  'no-answer': 'platformErrors.noAnswer',
} as const satisfies Record<PlatformErrorCode, `platformErrors.${string}`>;

export function platformErrorText(failure: PlatformFailure, t: TFunction): string {
  if (failure.code === 'write-failed')
    return t(PLATFORM_ERROR_KEYS['write-failed'], { systemCode: failure.systemCode });
  return t(PLATFORM_ERROR_KEYS[failure.code]);
}

/**
 * Why a save, print or export failed, for the details of the error notice: a platform
 * failure in the interface language, anything else (a bug while building the file) as
 * the error's own message.
 */
export function failureReason(error: unknown, t: TFunction): string {
  if (error instanceof PlatformError) return platformErrorText(error.failure, t);
  return String((error as Error | null)?.message ?? error);
}
