import type { Messages } from '../nl';

export const startup: Messages['startup'] = {
  title: 'Veldwerk cannot start',
  newerVersion:
    'The data on this computer was written by a newer version of Veldwerk. Install that version to continue.',
  cannotOpen: 'The local database could not be opened.',
  nothingChanged: 'Nothing was changed or deleted.',
};
