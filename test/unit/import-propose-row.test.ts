/**
 * Proposing the respondent's row by name: a full match beats a partial one, the name
 * column is searched before the rest, and no match gives null.
 */
import { describe, expect, it } from 'vitest';
import { ImportError, proposeRow, readSpreadsheet } from '../../shared/import';
import type { Questionnaire } from '../../shared/study/schema';

const questionnaire: Questionnaire = {
  id: 'vl-namen',
  title: 'Namen',
  questions: [
    { id: 'naam', text: 'Wat is uw naam?', kind: 'open', options: [], purpose: 'name' },
    { id: 'V1', number: 1, text: 'Werkt u graag samen?', kind: 'single', options: [{ label: 'Ja' }, { label: 'Nee' }] },
  ],
};

function table(text: string) {
  return readSpreadsheet('namen.csv', new TextEncoder().encode(text));
}

describe('proposeRow', () => {
  const names = table(
    'Tijdstempel,E-mailadres,Wat is uw naam?,Werkt u graag samen?\n' +
      '1,anna@example.org,Anna Jansen,Ja\n' +
      '2,jansen@example.org,Jansen,Nee\n' +
      '3,p.smit@example.org,Piet Jansen-Smit,Ja\n' +
      '4,piet@example.org,Piet Jansen,Ja\n' +
      '5,kees@example.org,Kees,Ja\n',
  );

  it('prefers a full match over a partial one', () => {
    expect(proposeRow(names, questionnaire, 'Jansen')).toBe(1);
    expect(proposeRow(names, questionnaire, 'piet jansen')).toBe(3);
    expect(proposeRow(names, questionnaire, 'Jansen-Smit, Piet')).toBe(2);
  });

  it('matches part of a name', () => {
    expect(proposeRow(names, questionnaire, 'Anna')).toBe(0);
    // Only the first name was filled in on the form.
    expect(proposeRow(names, questionnaire, 'Kees van Dijk')).toBe(4);
  });

  it('searches the other columns when the name column has no match', () => {
    expect(proposeRow(names, questionnaire, 'p.smit')).toBe(2);
  });

  it('searches every column when the form had no recognised name question', () => {
    const noName = table('Naam respondent;Werkt u graag samen?\nAnna Jansen;Ja\nPiet Jansen;Nee\n');
    expect(proposeRow(noName, questionnaire, 'Piet Jansen')).toBe(1);
  });

  it('finds a name in other columns whatever its case and accents, among thousands of rows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},r${i}@example.org,,Ja`);
    const many = table(
      `Tijdstempel,Opmerking,Wat is uw naam?,Werkt u graag samen?\n${rows.join('\n')}\n` +
        '5001,"Ingevuld door JOËL SMEETS (Doetinchem)",,Nee\n5002,Namens PIET de Boer,,Ja\n',
    );
    expect(proposeRow(many, questionnaire, 'Joël Smeets')).toBe(5000);
    expect(proposeRow(many, questionnaire, 'Joel Smeets')).toBe(5000);
    expect(proposeRow(many, questionnaire, 'Smeets')).toBe(5000);
    expect(proposeRow(many, questionnaire, 'Piet de Boer')).toBe(5001);
    expect(proposeRow(many, questionnaire, 'De Boer, Piet')).toBe(5001);
    expect(proposeRow(many, questionnaire, 'Jansen')).toBeNull();
  });

  it('returns null when nothing matches', () => {
    expect(proposeRow(names, questionnaire, 'Marieke de Boer')).toBeNull();
    expect(proposeRow(names, questionnaire, '  ')).toBeNull();
  });

  it('takes the later row when a respondent filled in the form twice', () => {
    const twice = table('Wat is uw naam?,Werkt u graag samen?\nPiet Jansen,Ja\nAnna,Ja\nPiet Jansen,Nee\n');
    expect(proposeRow(twice, questionnaire, 'Piet Jansen')).toBe(2);
  });

  it('refuses the export of another questionnaire', () => {
    const other = table('Tijdstempel,Hoe groot is uw team?\n1,12\n');
    expect(() => proposeRow(other, questionnaire, 'Piet')).toThrow(ImportError);
  });
});
