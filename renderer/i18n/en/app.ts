import type { Messages } from '../nl';

export const app: Messages['app'] = {
  loading: 'Loading…',
  skipToContent: 'Skip to content',
  recoveredFromCrash:
    'Veldwerk stopped unexpectedly and was restarted. Text not yet saved is put back when you open the interview.',
};
