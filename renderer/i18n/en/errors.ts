import type { Messages } from '../nl';

export const errors: Messages['errors'] = {
  saveFailed: 'Saving failed. Your input is still on screen; check whether the disk is full and try again.',
  saveRetrying:
    'Saving is not possible right now. You can keep working: your input is held on this computer and saved by itself as soon as it works again.',
  diskFull:
    'The disk is full, so saving is not possible right now. You can keep typing: your input is held and saved by itself as soon as there is space again.',
  saveResumed: 'Saving works again: everything is saved.',
};
