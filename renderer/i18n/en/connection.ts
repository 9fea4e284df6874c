import type { Messages } from '../nl';

export const connection: Messages['connection'] = {
  title: 'Veldwerk was opened in another window',
  explanation:
    'Another window or a newer version of Veldwerk now uses the data. This window no longer saves anything. Reload it to continue; what was already saved is kept.',
  reload: 'Reload',
};
