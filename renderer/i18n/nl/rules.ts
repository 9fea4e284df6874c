export const rules = {
  title: 'Regels voor vervolgvragen',
  unclearNote:
    'Wat een antwoord “{{answers}}” geeft, volgt uit de regel zelf en staat bij elke regel waarvan de vraag dat antwoord kent.',
  unclearGives: 'Bij “{{answer}}” ({{question}}): {{kinds}}',
  noSignal: 'geen signaal',
  comparisonFires: 'Signaal als de antwoorden verschillen: {{pairs}}',
  comparisonPair: '“{{answer}}” tegenover {{others}}',
  comparisonNeverFires:
    'Deze vergelijking kan nooit een signaal geven: geen antwoord van de ene kant verschilt van een antwoord van de andere.',
  questionnaire: 'Vragenlijst',
  when: 'Wanneer',
  raises: 'Signaal',
  at: 'Bij',
  answerIn: '{{question}} is één van {{values}}',
  stepDifference: '{{a}} en {{b}} verschillen {{steps}} of meer stappen',
  hasOtherText: '{{question}} heeft een eigen antwoord (“anders”)',
  or: 'of',
  comparisons: 'Vergelijkingen tussen respondenten van dezelfde organisatie',
};
