/** Applying reviewed findings: decisions, any order, and refusing stale findings. */
import { describe, expect, it } from 'vitest';
import {
  AnonymiseError,
  applyFindings,
  emptyReplacementBook,
  findIdentifiers,
  findingInContext,
  type Finding,
} from '../../shared/anonymise';

const registry = [{ id: 'jansen', text: 'Piet Jansen', kind: 'person' as const }];
const texts = [
  { id: 'h', text: 'Piet Jansen', speaker: 'header' },
  { id: 't1', text: 'Ik sprak Jansen en toen belde Karel Appel via 06-12345678.', speaker: 'respondent' },
  { id: 't2', text: 'Niets hier.', speaker: 'interviewer' },
];
const findings = findIdentifiers(texts, { registry, replacements: emptyReplacementBook() });
const byMatch = (match: string): Finding => findings.find((f) => f.match === match)!;

describe('applyFindings', () => {
  it('replaces certain findings, leaves suggestions, keeps other fields and untouched texts', () => {
    const out = applyFindings(texts, findings);
    expect(out.map((t) => t.text)).toEqual([
      '[Persoon 1]',
      'Ik sprak [Persoon 1] en toen belde Karel Appel via [telefoonnummer].',
      'Niets hier.',
    ]);
    expect(out[1]!.speaker).toBe('respondent');
    expect(out[2]).toBe(texts[2]);
    expect(texts[0]!.text).toBe('Piet Jansen');
  });

  it('applies accepted suggestions and keeps rejected certain findings', () => {
    const out = applyFindings(texts, findings, {
      [byMatch('Karel Appel').id]: 'accept',
      [byMatch('06-12345678').id]: 'reject',
    });
    expect(out[1]!.text).toBe('Ik sprak [Persoon 1] en toen belde [Persoon 2] via 06-12345678.');
  });

  it('gives the same result for findings in any order', () => {
    const expected = applyFindings(texts, findings).map((t) => t.text);
    expect(applyFindings(texts, [...findings].reverse()).map((t) => t.text)).toEqual(expected);
    expect(
      applyFindings(texts, [findings[2]!, findings[0]!, ...findings.slice(3), findings[1]!]).map((t) => t.text),
    ).toEqual(expected);
  });

  it('keeps the longest of overlapping findings added by hand', () => {
    const extra: Finding = { ...byMatch('Jansen'), id: 'x', start: 9, end: 12, match: 'Jan', replacement: '[X]' };
    expect(applyFindings(texts, [extra, ...findings])[1]!.text).toContain('sprak [Persoon 1] en');
  });

  it('refuses a finding that no longer fits its text, or names an unknown text', () => {
    const edited = texts.map((t) => (t.id === 't1' ? { ...t, text: `Nou, ${t.text}` } : t));
    expect(() => applyFindings(edited, findings)).toThrow(AnonymiseError);
    try {
      applyFindings(edited, findings);
    } catch (error) {
      expect((error as AnonymiseError).code).toBe('stale-finding');
    }
    expect(() => applyFindings(texts.slice(1), findings)).toThrow(/No text with id h/);
    // A rejected stale finding is never applied, so it does not matter.
    const stale = findings.filter((f) => f.textId === 't1');
    expect(() =>
      applyFindings(edited, stale, Object.fromEntries(stale.map((f) => [f.id, 'reject' as const]))),
    ).not.toThrow();
  });

  it('shows a finding in context for the review', () => {
    expect(findingInContext(texts[1]!.text, byMatch('Jansen'), 10)).toEqual({
      before: 'Ik sprak ',
      match: 'Jansen',
      after: ' en toen b',
    });
  });

  it('refuses duplicate text ids when searching', () => {
    expect(() => findIdentifiers([texts[0]!, texts[0]!], { registry, replacements: emptyReplacementBook() })).toThrow(
      /Duplicate/,
    );
  });
});
