/**
 * The errors main sends over the bridge (part of the contract in ipc.ts, which re-exports
 * them): here without the argument schemas, so the renderer's first screen needs no zod.
 */
export const IPC_ERROR_CODES = [
  'forbidden-sender', // the call did not come from Veldwerk's own page
  'invalid-argument', // the argument did not match this contract (main logs which part)
  'disk-full', // ENOSPC
  'quota-exceeded', // EDQUOT: the user's storage quota, not the disk
  'no-permission', // EACCES
  'not-permitted', // EPERM: no permission, or (Windows) the file is open in another program
  'read-only', // EROFS
  'file-in-use', // EBUSY
  'write-failed', // any other file system error, with its code
  'internal', // anything unexpected (main logs it)
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export type IpcError =
  | { code: Exclude<IpcErrorCode, 'write-failed'> }
  /** `systemCode`: the operating system's error code, e.g. 'EIO', for a report to support. */
  | { code: 'write-failed'; systemCode: string };

/** True for an error as main sends it; anything else (a different build of main) is not one. */
export function isIpcError(value: unknown): value is IpcError {
  const error = value as { code?: unknown; systemCode?: unknown } | null;
  if (typeof error !== 'object' || error === null) return false;
  if (!(IPC_ERROR_CODES as readonly unknown[]).includes(error.code)) return false;
  return error.code !== 'write-failed' || typeof error.systemCode === 'string';
}

