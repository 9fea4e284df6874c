/** The identifier registry: schema and the respondents added to it. */
import { describe, expect, it } from 'vitest';
import { identifierRegistrySchema, registryWithRespondents, respondentEntries } from '../../shared/anonymise';

describe('identifier registry', () => {
  it('validates entries', () => {
    expect(identifierRegistrySchema.safeParse([{ id: 'a', text: ' Aalten ', kind: 'place' }]).data).toEqual([
      { id: 'a', text: 'Aalten', kind: 'place' },
    ]);
    expect(identifierRegistrySchema.safeParse([{ id: 'a', text: '  ', kind: 'place' }]).success).toBe(false);
    expect(identifierRegistrySchema.safeParse([{ id: 'a', text: 'X', kind: 'street' }]).success).toBe(false);
  });

  it('adds every respondent with their code, e-mail and phone, and refreshes earlier entries', () => {
    const respondents = [
      { id: 'r1', name: 'Karin de Vries', email: 'k@x.nl', phone: '0612345678' },
      { id: 'r2', name: 'Bram Smit', email: '', phone: ' ' },
    ];
    const stale = respondentEntries({ id: 'r1', name: 'Karin Oud' }, 'OLD');
    const registry = registryWithRespondents(
      [{ id: 'a', text: 'Aalten', kind: 'place' }, ...stale],
      respondents,
      new Map([['r1', 'BA']]),
    );
    expect(registry).toEqual([
      { id: 'a', text: 'Aalten', kind: 'place' },
      { id: 'respondent:r1:name', text: 'Karin de Vries', kind: 'person', replacement: 'BA', respondentId: 'r1' },
      { id: 'respondent:r1:email', text: 'k@x.nl', kind: 'other', respondentId: 'r1' },
      { id: 'respondent:r1:phone', text: '0612345678', kind: 'other', respondentId: 'r1' },
      { id: 'respondent:r2:name', text: 'Bram Smit', kind: 'person', respondentId: 'r2' },
    ]);
    expect(identifierRegistrySchema.safeParse(registry).success).toBe(true);
  });
});
