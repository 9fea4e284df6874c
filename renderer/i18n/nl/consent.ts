export const consent = {
  title: 'Toestemming',
  recording: 'Toestemming voor opname',
  recordingGiven: 'Gegeven',
  recordingRefused: 'Geweigerd (interview zonder opname)',
  anonymity: 'Anonimiteit uitgelegd',
  start: 'Interview beginnen',
  needed: 'Leg eerst de toestemming vast.',
};
