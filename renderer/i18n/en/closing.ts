import type { Messages } from '../nl';

export const closing: Messages['closing'] = {
  title: 'Closing: follow-ups',
  titleFor: 'Follow-ups after the interview with {{code}}',
  transcriptRequested: 'Respondent wants the transcript',
  reportRequested: 'Respondent wants the research report',
  sentOn: 'Sent on',
  suggestions: 'Suggested respondents',
  noSuggestions: 'No suggested respondents.',
  addSuggestion: 'Suggested respondent',
  suggestionNumber: 'suggestion {{number}}',
  fieldOf: '{{field}} (suggestion {{number}})',
  field: {
    name: 'Name',
    function: 'Function',
    organisation: 'Municipality or organisation',
    typeId: 'Respondent type',
    email: 'E-mail',
    phone: 'Phone',
  },
  chooseType: 'Choose a type…',
  addToList: 'Add {{name}} to the respondent list',
  added: 'Added to the respondent list as {{code}}',
  addedGone: 'Added to the respondent list (and later removed from it)',
  removeSuggestion: 'Remove suggestion',
  suggestedBy: 'Suggested by {{code}}.',
  problem: { name: 'Fill in a name.', type: 'Choose a type.', added: 'Already added.' },
};
