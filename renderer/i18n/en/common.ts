import type { Messages } from '../nl';

export const common: Messages['common'] = { cancel: 'Cancel', dismiss: 'Dismiss', edit: 'Edit', save: 'Save' };
