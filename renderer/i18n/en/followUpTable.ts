import type { Messages } from '../nl';

export const followUpTable: Messages['followUpTable'] = {
  caption: 'Follow-ups per interview',
  interview: 'Interview',
  requested: 'Asked for',
  asked: { transcript: 'transcript', report: 'report' },
  nothing: 'nothing',
  status: 'Status',
  sentStatus: 'sent on {{date}}',
  nothingToSend: 'nothing to send',
  suggestionCount_one: '{{count}} ({{added}} added)',
  suggestionCount_other: '{{count}} ({{added}} added)',
  open: 'Follow-ups',
  with: 'with {{code}}',
  form: 'Form',
  dueCount_zero: 'Nothing left to send.',
  dueCount_one: 'Something is still to be sent after {{count}} interview; it is listed first.',
  dueCount_other: 'Something is still to be sent after {{count}} interviews; they are listed first.',
};
