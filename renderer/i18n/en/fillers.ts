import type { Messages } from '../nl';

export const fillers: Messages['fillers'] = {
  open: 'Remove filler words',
  title: 'Remove filler words',
  hint: 'Words like {{words}} are left out; sentence structure stays. Untick what you want to keep.',
  none: 'No filler words found.',
  found_one: '{{count}} turn changes:',
  found_other: '{{count}} turns change:',
  turn: 'turn {{number}}',
  acceptTurn: 'Apply the change in turn {{number}}',
  emptied: '(turn becomes empty)',
  apply_one: 'Apply {{count}} change',
  apply_other: 'Apply {{count}} changes',
  applied_one: '{{count}} turn changed.',
  applied_other: '{{count}} turns changed.',
};
