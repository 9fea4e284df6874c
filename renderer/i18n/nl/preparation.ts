export const preparation = {
  title: 'Voorbereiding',
  back: 'Terug naar respondenten',
  notFound: 'Deze respondent bestaat niet (meer).',
  print: 'Gids afdrukken',
  printFailed: 'Afdrukken is mislukt.',
  notes: 'Notities bij de voorbereiding',
  listReason: {
    questionnaire: 'Topiclijst volgt uit het type respondent; de vragenlijst is ingevuld.',
    noQuestionnaire: 'Geen ingevulde vragenlijst: de noodlijst wordt voorgesteld.',
    type: 'Topiclijst volgt uit het type respondent.',
  },
};
