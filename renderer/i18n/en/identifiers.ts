import type { Messages } from '../nl';

export const identifiers: Messages['identifiers'] = {
  title: 'Identifying details',
  hint: 'Names of people, places and organisations that an anonymised export replaces. The names, e-mail addresses and phone numbers of all respondents and the study’s organisations always count; an organisation is replaced by its letter, as in the respondent codes.',
  empty: 'No details yet. The respondents and the study’s organisations always count.',
  text: 'Name or detail',
  kind: 'Kind',
  kindOf: 'Kind of {{text}}',
  add: 'Add',
  remove: 'Remove',
  removeNamed: 'Remove {{text}}',
  kinds: { person: 'Person', place: 'Place', organisation: 'Organisation', other: 'Other' },
  emptyText: 'Enter a name or detail.',
  duplicate: '“{{text}}” is already on the list.',
  added: '“{{text}}” added to the identifying details.',
};
