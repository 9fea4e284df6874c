import type { Messages } from '../nl';

export const flags: Messages['flags'] = {
  reasons: 'Why follow up',
  kind: { followUp: 'Follow up', unclear: 'Unclear', context: 'Context', striking: 'Striking' },
  weak: 'weak signal',
  differsFrom: 'differs from the {{type}} of the same organisation',
};
