import type { Messages } from '../nl';

export const preparation: Messages['preparation'] = {
  title: 'Preparation',
  back: 'Back to respondents',
  notFound: 'This respondent does not exist (any more).',
  print: 'Print guide',
  printFailed: 'Printing failed.',
  notes: 'Preparation notes',
  listReason: {
    questionnaire: 'Topic list follows from the respondent type; the questionnaire was returned.',
    noQuestionnaire: 'No questionnaire returned: the emergency list is proposed.',
    type: 'Topic list follows from the respondent type.',
  },
};
