import type { Messages } from '../nl';

export const rules: Messages['rules'] = {
  title: 'Follow-up rules',
  unclearNote:
    'What an answer “{{answers}}” raises follows from the rule itself and is shown with every rule whose question offers that answer.',
  unclearGives: 'On “{{answer}}” ({{question}}): {{kinds}}',
  noSignal: 'no signal',
  comparisonFires: 'Signal when the answers differ: {{pairs}}',
  comparisonPair: '“{{answer}}” against {{others}}',
  comparisonNeverFires:
    'This comparison can never raise a signal: no answer on one side differs from an answer on the other.',
  questionnaire: 'Questionnaire',
  when: 'When',
  raises: 'Signal',
  at: 'At',
  answerIn: '{{question}} is one of {{values}}',
  stepDifference: '{{a}} and {{b}} differ by {{steps}} or more steps',
  hasOtherText: '{{question}} has an own answer (“other”)',
  or: 'or',
  comparisons: 'Comparisons between respondents of the same organisation',
};
