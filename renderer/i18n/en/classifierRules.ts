import type { Messages } from '../nl';

export const classifierRules: Messages['classifierRules'] = {
  prompt:
    'A prompt to tell ("Vertel eens …", "Beschrijf eens …", "Geef eens een voorbeeld" — tell me, describe, give an example): open.',
  'request-to-explain':
    'A polite request to explain ("Kunt u … uitleggen/vertellen/beschrijven" — could you explain, tell, describe, give an example): open.',
  'indirect-question':
    'A question word inside a yes/no form ("Heeft u een idee waarom …", "Weet u hoe …" — do you know why, how): asks for an explanation, open.',
  'factual-question-word':
    'A question word that asks for one fact (hoeveel, hoe vaak, hoe lang, wanneer, wie — how many, how often, how long, when, who): a short answer, closed.',
  'question-word-unambiguous':
    'Starts with a question word that asks for an explanation (waarom, waardoor, in hoeverre, op welke manier — why, how come, to what extent, in what way): open.',
  'question-word': 'Starts with a question word (hoe, wat, welke, waar… — how, what, which, where): open.',
  'verb-first':
    'Starts with a verb ("Heeft u …", "Is het …", "Zijn er …", "Vindt u …" — have you, is it, are there, do you think): a yes/no question, closed.',
  'verb-first-guess':
    'Starts with a verb followed by its subject ("Herkent u …", "Helpt dat …" — do you recognise, does that help): a yes/no question, closed.',
  empty: 'Empty text.',
  noQuestion: 'No question mark and no question or prompt ("Vertel eens …" — tell me): not a question.',
  backchannel: 'Only encouragement ("Ja?", "Oké?"): not a question, but a sign to keep talking.',
  conditionalTail:
    'A closed question with a written-out follow-up ("Zo ja, waarom? Zo nee, waarom niet?" — if yes, why? if not, why not?): the respondent first answers yes or no, so closed.',
  declarativeQuestion:
    'A statement with a question mark ("U werkt hier al lang?" — you have worked here long?): asks for confirmation, so closed.',
  topicPrompt:
    'Only a topic with a question mark ("Verschil tussen Oost en West?" — difference between East and West?): invites the respondent to talk about it.',
  tagQuestion:
    'A tag asking for confirmation at the end (", toch?", ", hè?", ", klopt dat?" — right? isn\'t it?): closed.',
  eitherOr: 'A choice between options named ("…, goed of slecht?" — good or bad?): closed.',
  continuation: 'A short probe ("En toen?", "En verder?" — and then? what else?): invites the respondent to go on.',
};
