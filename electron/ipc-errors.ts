/**
 * Turns whatever a handler threw into the error code the renderer words in its own
 * language (shared/ipc.ts). File system errors map to their own codes; anything unexpected
 * is logged here in main and reaches the renderer only as 'internal' (no stack traces,
 * paths or sentences cross the bridge).
 */
import type { IpcError, IpcErrorCode } from '../shared/ipc';

/** Thrown by a handler that wants a specific code to reach the renderer. */
export class IpcFailure extends Error {
  constructor(readonly error: IpcError) {
    super(`IPC failure: ${error.code}`);
    this.name = 'IpcFailure';
  }
}

const FS_ERRORS: Readonly<Record<string, Exclude<IpcErrorCode, 'write-failed'>>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'quota-exceeded',
  EACCES: 'no-permission',
  // On Windows a rename onto a file that another program holds open also fails with EPERM.
  EPERM: 'not-permitted',
  EROFS: 'read-only',
  EBUSY: 'file-in-use',
};

export function toIpcError(error: unknown): IpcError {
  if (error instanceof IpcFailure) return error.error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    const known = FS_ERRORS[code];
    if (known) return { code: known };
    if (/^E[A-Z]+$/.test(code)) return { code: 'write-failed', systemCode: code };
  }
  console.error('[ipc] unexpected error in handler:', error);
  return { code: 'internal' };
}
