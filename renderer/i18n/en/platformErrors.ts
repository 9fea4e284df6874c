import type { Messages } from '../nl';

export const platformErrors: Messages['platformErrors'] = {
  forbiddenSender: 'This request did not come from Veldwerk itself and was refused.',
  invalidArgument:
    'Veldwerk passed on an invalid request and saved nothing. Try again; if it happens again, please report it.',
  diskFull: 'The disk is full. The file was not saved; free up space or choose another location.',
  quotaExceeded: 'Your storage quota is used up. The file was not saved; free up space or choose another location.',
  noPermission: 'Veldwerk may not write to this location. The file was not saved; choose another folder.',
  notPermitted:
    'Veldwerk may not write this file, or it is open in another program. Close it or choose another location.',
  readOnly: 'This disk is read-only. The file was not saved; choose another location.',
  fileInUse: 'The file is open in another program. Close it and try again.',
  writeFailed: 'The file could not be saved (system error {{systemCode}}). Try again or choose another location.',
  internal: 'Something unexpected went wrong. Please try again.',
  noAnswer: 'Veldwerk could not do this just now. Please try again.',
};
