import type { Messages } from '../nl';

export const memos: Messages['memos'] = {
  title: 'Memos',
  hint: 'Your own observations; they do not go into the transcript.',
  new: 'New memo',
  placeholder: 'Observation… ({{save}} keeps it, {{back}} back to the transcript)',
  add: 'Keep memo',
  remove: 'Delete memo: {{text}}',
  removeShort: 'delete',
};
