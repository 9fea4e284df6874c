import type { Messages } from '../nl';

export const importTexts: Messages['import'] = {
  choose: 'Import answers (CSV or zip)',
  replace: 'Import answers again (CSV or zip)',
  hint: 'Google Forms: Responses → Download (.csv). An export from Google Sheets or Excel works too.',
  failed: '{{file}} could not be read.',
  reviewTitle: 'Review: {{file}}',
  fileFacts: '{{rows}} rows, {{columns}} columns, encoding {{encoding}}, separator “{{delimiter}}”.',
  row: 'The respondent’s row',
  searchRow: 'Search by name, e-mail or timestamp',
  searchRowHint_one: 'One row; type to search by name, e-mail or timestamp, or choose with arrow down.',
  searchRowHint_other: '{{count}} rows; type to search by name, e-mail or timestamp, or choose with arrow down.',
  rowMatches: 'Matching rows',
  noRowMatches: 'No row found with “{{query}}”.',
  someRowMatches: 'The first {{shown}} of {{total}} matching rows; type more to narrow down.',
  allRowMatches_one: 'One matching row.',
  allRowMatches_other: '{{count}} matching rows.',
  reading: 'Reading {{file}}…',
  readingProgress: 'Reading progress',
  stop: 'Stop reading',
  stopped: 'Stopped reading {{file}}; nothing changed.',
  rowOption: 'Row {{label}}',
  proposed: 'Row {{row}} looks like {{name}}’s.',
  noProposal: 'No row found with the name {{name}}; choose the right row.',
  matched: '{{answers}} of {{questions}} questions answered.',
  missing: 'No column for: {{list}}.',
  unmatched_one: '{{count}} column belongs to no question of this questionnaire:',
  unmatched_other: '{{count}} columns belong to no question of this questionnaire:',
  unknown_one: '{{count}} answer is not a known option:',
  unknown_other: '{{count}} answers are not known options:',
  confirm: 'Use these answers',
  otherQuestionnaire:
    'This file is an export of “{{other}}”, not of “{{own}}”: {{otherMatched}} of its {{columns}} question columns belong to that questionnaire, only {{matched}} to this one.',
  unknownQuestionnaire:
    'This file looks like the export of another questionnaire: only {{matched}} of its {{columns}} question columns belong to “{{own}}”.',
  refusedByDefault: 'So it is not used: it would replace the answers of {{name}} with answers to other questions.',
  override: 'Use it anyway: this file does belong to “{{own}}”',
  done: '{{count}} answers imported.',
  errors: {
    empty: 'The file is empty.',
    notCsv:
      'This is not a CSV file (it looks like: {{detected}}). In Google Forms, choose the .csv or .zip download.',
    zipWithoutCsv: 'The zip file contains no CSV file (it holds: {{entries}}).',
    tooLarge:
      'The file is {{megabytes}} MB; files of up to {{limit}} MB are read. Export only the responses you need.',
    zipUnreadable: 'The zip file is damaged or cannot be unpacked.',
    zipTooLarge:
      '{{entryName}} in the zip file unpacks to more than {{limitMb}} MB; it was not unpacked. Export fewer responses or send the CSV itself.',
    noRows: 'The file has headers only and no answers.',
    noMatchingColumns:
      'Not one column matches a question of “{{questionnaire}}”. Is it the export of another questionnaire?',
    onlyOtherQuestionnaire: 'This file is an export of “{{other}}”; not one column belongs to “{{own}}”.',
    malformed:
      'The file is damaged in row {{row}}, column {{column}} ({{columnTitle}}): a quotation mark does not match.',
    rowOutOfRange: 'Row {{rowIndex}} does not exist in the file.',
  },
};
