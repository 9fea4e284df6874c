import type { Messages } from '../nl';

export const language: Messages['language'] = { nl: 'Nederlands', en: 'English' };
