/**
 * Turns whatever a handler threw into the `{ code, message }` the renderer can show. File
 * system errors get a plain Dutch sentence; anything unexpected is logged here in main and
 * reaches the renderer only as a generic message (no stack traces or paths across the bridge).
 */
import type { IpcError, IpcErrorCode } from '../shared/ipc';

/** Thrown by a handler that wants a specific code and message to reach the renderer. */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

const FS_ERRORS: Readonly<Record<string, IpcError>> = {
  ENOSPC: {
    code: 'disk-full',
    message: 'De schijf is vol. Het bestand is niet opgeslagen; maak ruimte vrij of kies een andere plek.',
  },
  EDQUOT: {
    code: 'disk-full',
    message: 'Uw opslagruimte is op. Het bestand is niet opgeslagen; maak ruimte vrij of kies een andere plek.',
  },
  EACCES: {
    code: 'no-permission',
    message: 'Veldwerk mag op deze plek niet schrijven. Het bestand is niet opgeslagen; kies een andere map.',
  },
  // On Windows a rename onto a file that another program holds open also fails with EPERM.
  EPERM: {
    code: 'no-permission',
    message:
      'Veldwerk mag dit bestand niet schrijven, of het is geopend in een ander programma. Sluit het of kies een andere plek.',
  },
  EROFS: {
    code: 'no-permission',
    message: 'Deze schijf is alleen-lezen. Het bestand is niet opgeslagen; kies een andere plek.',
  },
  EBUSY: {
    code: 'file-in-use',
    message: 'Het bestand is geopend in een ander programma. Sluit het en probeer het opnieuw.',
  },
};

export function toIpcError(error: unknown): IpcError {
  if (error instanceof IpcFailure) return { code: error.code, message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    const known = FS_ERRORS[code];
    if (known) return known;
    if (/^E[A-Z]+$/.test(code)) {
      return { code: 'write-failed', message: `Het bestand kon niet worden opgeslagen (${code}).` };
    }
  }
  console.error('[ipc] unexpected error in handler:', error);
  return { code: 'internal', message: 'Er ging iets onverwachts mis. Probeer het opnieuw.' };
}
