export const importTexts = {
  choose: 'Antwoorden importeren (CSV of zip)',
  replace: 'Antwoorden opnieuw importeren (CSV of zip)',
  hint: 'Google Forms: Antwoorden → Downloaden (.csv). Ook een export uit Google Sheets of Excel werkt.',
  failed: '{{file}} kon niet worden ingelezen.',
  reviewTitle: 'Controleren: {{file}}',
  fileFacts: '{{rows}} rijen, {{columns}} kolommen, tekencodering {{encoding}}, scheidingsteken “{{delimiter}}”.',
  row: 'Rij van de respondent',
  searchRow: 'Zoek op naam, e-mail of tijdstempel',
  searchRowHint_one: 'Eén rij; typ om te zoeken op naam, e-mail of tijdstempel, of kies met pijl omlaag.',
  searchRowHint_other: '{{count}} rijen; typ om te zoeken op naam, e-mail of tijdstempel, of kies met pijl omlaag.',
  rowMatches: 'Gevonden rijen',
  noRowMatches: 'Geen rij gevonden met “{{query}}”.',
  someRowMatches: 'De eerste {{shown}} van {{total}} gevonden rijen; typ verder om te zoeken.',
  allRowMatches_one: 'Eén rij gevonden.',
  allRowMatches_other: '{{count}} rijen gevonden.',
  reading: '{{file}} inlezen…',
  readingProgress: 'Voortgang inlezen',
  stop: 'Inlezen stoppen',
  stopped: 'Inlezen van {{file}} gestopt; er is niets veranderd.',
  rowOption: 'Rij {{label}}',
  proposed: 'Rij {{row}} lijkt bij {{name}} te horen.',
  noProposal: 'Geen rij gevonden met de naam {{name}}; kies de juiste rij.',
  matched: '{{answers}} van de {{questions}} vragen beantwoord.',
  missing: 'Geen kolom voor: {{list}}.',
  unmatched_one: '{{count}} kolom hoort bij geen vraag van deze vragenlijst:',
  unmatched_other: '{{count}} kolommen horen bij geen vraag van deze vragenlijst:',
  unknown_one: '{{count}} antwoord is geen bekende antwoordoptie:',
  unknown_other: '{{count}} antwoorden zijn geen bekende antwoordoptie:',
  confirm: 'Antwoorden overnemen',
  otherQuestionnaire:
    'Dit bestand is een export van “{{other}}”, niet van “{{own}}”: {{otherMatched}} van de {{columns}} vraagkolommen horen bij die vragenlijst, maar {{matched}} bij deze.',
  unknownQuestionnaire:
    'Dit bestand lijkt de export van een andere vragenlijst: maar {{matched}} van de {{columns}} vraagkolommen horen bij “{{own}}”.',
  refusedByDefault:
    'Daarom wordt het niet overgenomen: het zou de antwoorden van {{name}} vervangen door antwoorden op andere vragen.',
  override: 'Toch overnemen: dit bestand hoort wel bij “{{own}}”',
  done: '{{count}} antwoorden overgenomen.',
  errors: {
    empty: 'Het bestand is leeg.',
    notCsv:
      'Dit is geen CSV-bestand (het lijkt op: {{detected}}). Kies in Google Forms de download als .csv of .zip.',
    zipWithoutCsv: 'Het zipbestand bevat geen CSV-bestand (wel: {{entries}}).',
    tooLarge:
      'Het bestand is {{megabytes}} MB; er worden bestanden tot {{limit}} MB ingelezen. Exporteer alleen de antwoorden die u nodig hebt.',
    zipUnreadable: 'Het zipbestand is beschadigd of kan niet worden uitgepakt.',
    zipTooLarge:
      '{{entryName}} in het zipbestand pakt uit tot meer dan {{limitMb}} MB; het is niet uitgepakt. Exporteer minder antwoorden of gebruik het CSV-bestand zelf.',
    noRows: 'Het bestand bevat alleen kopteksten en geen antwoorden.',
    noMatchingColumns:
      'Geen enkele kolom komt overeen met een vraag van “{{questionnaire}}”. Is het de export van een andere vragenlijst?',
    onlyOtherQuestionnaire: 'Dit bestand is een export van “{{other}}”; geen enkele kolom hoort bij “{{own}}”.',
    malformed:
      'Het bestand is beschadigd in rij {{row}}, kolom {{column}} ({{columnTitle}}): een aanhalingsteken klopt niet.',
    rowOutOfRange: 'Rij {{rowIndex}} bestaat niet in het bestand.',
  },
};
