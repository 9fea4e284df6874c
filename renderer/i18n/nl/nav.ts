export const nav = {
  main: 'Hoofdmenu',
  respondents: 'Respondenten',
  study: 'Studie',
  studyPicker: 'Geopende studie',
  language: 'Taal',
  overview: 'Overzicht',
  search: 'Zoeken',
  data: 'Gegevens',
  newStudy: 'Nieuwe studie',
};
