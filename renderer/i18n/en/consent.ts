import type { Messages } from '../nl';

export const consent: Messages['consent'] = {
  title: 'Consent',
  recording: 'Permission to record',
  recordingGiven: 'Given',
  recordingRefused: 'Refused (interview without recording)',
  anonymity: 'Anonymity explained',
  start: 'Begin interview',
  needed: 'Record the consent first.',
};
