/** Respondent codes as the thesis gives them (Bijlage 1), and the researcher's own. */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { deriveCodes, initialsOf, questionnaireCode } from '../../shared/respondents/code-scheme';
import type { Respondent } from '../../shared/respondents/schema';

let clock = 0;
function respondent(name: string, typeId: string, organisation: string, extra: Partial<Respondent> = {}): Respondent {
  clock += 1;
  return { id: `r${clock}`, studyId: exampleStudy.id, name, typeId, organisation, function: '', email: '', phone: '', notes: '', createdAt: clock, updatedAt: clock, ...extra };
}

describe('respondent codes', () => {
  it('derives the codes of Bijlage 1 for every municipality', () => {
    const expected: [string, string, string][] = [
      ['beleidsmedewerker', 'Aalten', 'BA'],
      ['manager', 'Aalten', 'MA'],
      ['beleidsmedewerker', 'Bronckhorst', 'BBr'],
      ['manager', 'Oude IJsselstreek', 'MOIJ'],
      ['beleidsmedewerker', 'Oost Gelre', 'BO'],
      ['manager', 'Winterswijk', 'MW'],
      ['medewerker-berkelland', 'Berkelland', 'BB'],
    ];
    const people = expected.map(([type, org]) => respondent(`Persoon ${org} ${type}`, type, org));
    const codes = deriveCodes(exampleStudy, people);
    expect(people.map((p) => codes.get(p.id))).toEqual(expected.map(([, , code]) => code));
  });

  it('matches the municipality regardless of case and spacing', () => {
    const p = respondent('Anna', 'manager', '  oude   ijsselstreek ');
    expect(deriveCodes(exampleStudy, [p]).get(p.id)).toBe('MOIJ');
  });

  it('codes the respondent with a regional overview by initials, as the thesis did (TB)', () => {
    const p = respondent('Tom Beskers', 'overzicht', '');
    expect(deriveCodes(exampleStudy, [p]).get(p.id)).toBe('TB');
    expect(initialsOf('Jan van der Berg')).toBe('JvdB');
  });

  it('numbers network representatives in the order they were added', () => {
    const a = respondent('A', 'netwerk', 'Netwerk X');
    const b = respondent('B', 'netwerk', 'Netwerk Y');
    const codes = deriveCodes(exampleStudy, [b, a]);
    expect([codes.get(a.id), codes.get(b.id)]).toEqual(['N1', 'N2']);
  });

  it('tells two respondents with the same code apart instead of giving both the same one', () => {
    const first = respondent('Eerste', 'beleidsmedewerker', 'Aalten');
    const second = respondent('Tweede', 'beleidsmedewerker', 'Aalten');
    const codes = deriveCodes(exampleStudy, [second, first]);
    expect([codes.get(first.id), codes.get(second.id)]).toEqual(['BA', 'BA2']);
  });

  it('keeps a code set by hand, and steers derived codes around it', () => {
    const mine = respondent('Eigen', 'manager', 'Doetinchem', { codeOverride: 'MA' });
    const derived = respondent('Afgeleid', 'manager', 'Aalten');
    const codes = deriveCodes(exampleStudy, [mine, derived]);
    expect(codes.get(mine.id)).toBe('MA');
    expect(codes.get(derived.id)).toBe('MA2');
  });

  it('uses the initials of an organisation the study does not know', () => {
    const p = respondent('X', 'manager', 'Gemeente Lochem');
    expect(deriveCodes(exampleStudy, [p]).get(p.id)).toBe('MGL');
  });

  it('follows a scheme the researcher sets', () => {
    const study = { ...exampleStudy, codeScheme: { template: 'R-{org}-{type}' } };
    const p = respondent('X', 'manager', 'Aalten');
    expect(deriveCodes(study, [p]).get(p.id)).toBe('R-A-M');
  });

  it('gives questionnaire codes VA and VMA', () => {
    expect(questionnaireCode(exampleStudy, respondent('x', 'beleidsmedewerker', 'Aalten'))).toBe('VA');
    expect(questionnaireCode(exampleStudy, respondent('y', 'manager', 'Aalten'))).toBe('VMA');
  });
});
