import type { Messages } from '../nl';

export const overview: Messages['overview'] = {
  title: 'Study overview',
  parts: 'Parts of the overview',
  matrixTitle: 'Topics per interview',
  matrixHint:
    'Every held interview against every topic of its topic list. Topics asked in fewer than half of the interviews are marked.',
  noInterviews: 'No interviews held yet.',
  topic: 'Topic',
  coverage: 'Asked',
  askedOf: '{{asked}} of {{total}}',
  underCovered: 'under-covered',
  openReflection: 'Reflection on the interview with {{code}}',
  state: {
    asked: 'asked',
    notAsked: 'not asked',
    flaggedNotAsked: 'ticked, not asked',
    absent: 'not in this topic list',
  },
  legendAbsent: 'empty: not in that interview’s topic list',
  answersTitle: 'Questionnaires side by side',
  groupBy: 'Group',
  groupBy_type: 'Per respondent type',
  groupBy_municipality: 'Per municipality (mirrored questions)',
  noAnswers: 'No questionnaires filled in yet.',
  question: 'Question',
  pair: 'Comparison',
  noPairs: 'No mirrored questions answered by more than one respondent.',
  noOrganisation: 'No municipality',
  contradiction: 'answers differ',
  followUpsTitle: 'Follow-ups after the interviews',
  toSend: 'still to send',
};
