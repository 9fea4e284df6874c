import type { Messages } from '../nl';

export const documents: Messages['documents'] = {
  title: 'Documents to be sent',
  received: '{{label}} received',
  in: 'received',
  waiting: 'not yet received',
};
