import type { Messages } from '../nl';

export const nav: Messages['nav'] = {
  main: 'Main menu',
  respondents: 'Respondents',
  study: 'Study',
  studyPicker: 'Open study',
  language: 'Language',
  overview: 'Overview',
  search: 'Search',
  data: 'Data',
  newStudy: 'New study',
};
