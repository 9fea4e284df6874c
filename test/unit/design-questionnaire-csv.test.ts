/** A questionnaire proposed from a Google Forms export: questions from the header, options from the answers, kinds guessed. */
import { describe, expect, it } from 'vitest';
import { proposeQuestions, questionnaireFromProposals } from '../../shared/design/questionnaire-from-csv';
import { readSpreadsheet } from '../../shared/import';
import { questionnaireSchema } from '../../shared/study/schema';
import { encodeWindows1252 } from '../support/windows-1252';

const utf8 = (text: string) => new TextEncoder().encode(text);

const FORMS_EXPORT = [
  'Tijdstempel,Wat is uw naam?,E-mailadres,Deelt u kennis met collega’s?,Via welke kanalen?,Waarom?,Hoe vaak overlegt u?',
  '2024/03/01 9:00:00 AM CET,Anna de Vries,anna@example.org,"Ja, maar te weinig",E-mail;Overleg,Omdat het team klein is en iedereen elkaar kent,Wekelijks',
  '2024/03/01 9:05:00 AM CET,Piet Jansen,piet@example.org,Nee,Overleg,Er is geen tijd voor in een drukke week vol afspraken,Maandelijks',
  '2024/03/01 9:10:00 AM CET,Joël Smeets,joel@example.org,Ja,E-mail;Intranet;Overleg,Het hoort bij mijn functie als beleidsmedewerker jeugd,Wekelijks',
  '2024/03/01 9:12:00 AM CET,Kees Bakker,kees@example.org,Weet ik niet,,"Geen idee, ik werk hier pas, dus nog niet ingewerkt",Nooit',
].join('\r\n');

describe('proposing questions from a Forms export', () => {
  const proposals = proposeQuestions(readSpreadsheet('antwoorden.csv', utf8(FORMS_EXPORT)));
  const byText = (start: string) => proposals.find((p) => p.text.startsWith(start))!;

  it('leaves the timestamp and the e-mail out and keeps the name as the respondent’s name', () => {
    expect(byText('Tijdstempel')).toMatchObject({ role: 'timestamp', include: false });
    expect(byText('E-mailadres')).toMatchObject({ role: 'email', include: false });
    expect(byText('Wat is uw naam?')).toMatchObject({ role: 'name', include: true, kind: 'open' });
  });

  it('guesses one answer for a question whose answers are whole, keeping "Ja, maar te weinig" in one piece', () => {
    expect(byText('Deelt u kennis')).toMatchObject({
      kind: 'single',
      options: ['Ja, maar te weinig', 'Nee', 'Ja', 'Weet ik niet'],
    });
    expect(byText('Hoe vaak')).toMatchObject({ kind: 'single', options: ['Wekelijks', 'Maandelijks', 'Nooit'] });
  });

  it('splits checkbox answers joined by ";" into options', () => {
    expect(byText('Via welke kanalen')).toMatchObject({ kind: 'multiple', options: ['E-mail', 'Overleg', 'Intranet'] });
  });

  it('reads long written answers as an open question without options', () => {
    expect(byText('Waarom')).toMatchObject({ kind: 'open', options: [] });
  });

  it('splits ", "-joined checkbox answers (Google Sheets) only when every part was also given alone', () => {
    const sheet = [
      'Kanalen,Oordeel',
      'E-mail,"Ja, voldoende"',
      '"E-mail, Overleg","Ja, voldoende"',
      'Overleg,Nee',
      'Intranet,"Nee, te weinig"',
    ].join('\n');
    const [channels, verdict] = proposeQuestions(readSpreadsheet('sheet.csv', utf8(sheet)));
    expect(channels).toMatchObject({ kind: 'multiple', options: ['E-mail', 'Overleg', 'Intranet'] });
    expect(verdict).toMatchObject({ kind: 'single', options: ['Ja, voldoende', 'Nee', 'Nee, te weinig'] });
  });

  it('reads a Dutch Excel file (semicolons, Windows-1252) and strips "Vraag n:" prefixes', () => {
    const excel = encodeWindows1252(
      'sep=;\r\nTijdstempel;Vraag 1: Hoe beoordeelt u het café?\r\n1-3-2024 09:00;Prima\r\n1-3-2024 09:05;Matig\r\n',
    );
    const [, cafe] = proposeQuestions(readSpreadsheet('excel.csv', excel));
    expect(cafe).toMatchObject({ text: 'Hoe beoordeelt u het café?', kind: 'single', options: ['Prima', 'Matig'] });
  });
});

describe('the confirmed questionnaire', () => {
  it('numbers the included questions V1, V2 … in file order, with the kinds the researcher confirmed', () => {
    const proposals = proposeQuestions(readSpreadsheet('antwoorden.csv', utf8(FORMS_EXPORT)));
    const confirmed = proposals.map((p) =>
      p.text === 'Hoe vaak overlegt u?'
        ? { ...p, include: false }
        : p.text === 'Waarom?'
          ? { ...p, kind: 'open' as const }
          : p,
    );
    const questionnaire = questionnaireFromProposals(confirmed, { id: 'vl-docent', title: 'Vragenlijst docenten' });
    expect(questionnaireSchema.safeParse(questionnaire).success).toBe(true);
    expect(questionnaire.questions.map((q) => [q.id, q.kind])).toEqual([
      ['naam', 'open'],
      ['V1', 'single'],
      ['V2', 'multiple'],
      ['V3', 'open'],
    ]);
    expect(questionnaire.questions[0]).toMatchObject({ purpose: 'name' });
    expect(questionnaire.questions[1]!.options.map((o) => o.label)).toEqual([
      'Ja, maar te weinig',
      'Nee',
      'Ja',
      'Weet ik niet',
    ]);
    expect(questionnaire.questions[3]!.options).toEqual([]);
  });
});
