/** Why the question classifier labelled a question open or closed, by rule id (shared/reflection/question-rules.ts). */
export const classifierRules = {
  prompt: 'Een opdracht om te vertellen ("Vertel eens …", "Beschrijf eens …", "Geef eens een voorbeeld"): open.',
  'request-to-explain':
    'Een beleefd verzoek om uit te leggen ("Kunt u … uitleggen/vertellen/beschrijven", "een voorbeeld geven"): open.',
  'indirect-question':
    'Een vraagwoord ingebed in een ja/nee-vorm ("Heeft u een idee waarom …", "Weet u hoe …"): vraagt om uitleg, open.',
  'factual-question-word':
    'Vraagwoord dat om één feit vraagt (hoeveel, hoe vaak, hoe lang, wanneer, wie): kort antwoord, gesloten.',
  'question-word-unambiguous':
    'Begint met een vraagwoord dat om uitleg vraagt (waarom, waardoor, in hoeverre, op welke manier): open.',
  'question-word': 'Begint met een vraagwoord (hoe, wat, welke, waar…): open.',
  'verb-first':
    'Begint met een werkwoord ("Heeft u …", "Is het …", "Zijn er …", "Vindt u …"): ja/nee-vraag, gesloten.',
  'verb-first-guess':
    'Begint met een werkwoord gevolgd door het onderwerp ("Herkent u …", "Helpt dat …"): ja/nee-vraag, gesloten.',
  empty: 'Lege tekst.',
  noQuestion: 'Geen vraagteken en geen vraag of opdracht ("Vertel eens …"): geen vraag.',
  backchannel: 'Alleen een aanmoediging ("Ja?", "Oké?"): geen vraag, maar een teken om door te praten.',
  conditionalTail:
    'Gesloten vraag met een voorgeschreven vervolg ("Zo ja, waarom? Zo nee, waarom niet?"): de respondent beantwoordt eerst ja of nee, dus gesloten.',
  declarativeQuestion:
    'Een bewering met een vraagteken ("U werkt hier al lang?"): vraagt om bevestiging, dus gesloten.',
  topicPrompt:
    'Alleen een onderwerp met een vraagteken ("Verschil tussen Oost en West?"): nodigt uit om erover te vertellen.',
  tagQuestion: 'Bevestigingsvraag aan het eind (", toch?", ", hè?", ", klopt dat?"): gesloten.',
  eitherOr: 'Keuze tussen genoemde mogelijkheden ("…, goed of slecht?"): gesloten.',
  continuation: 'Korte doorvraag ("En toen?", "En verder?"): nodigt uit om door te vertellen.',
};
