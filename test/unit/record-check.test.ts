/** Records read back from the database: named when damaged, repaired only where nothing is lost. */
import { describe, expect, it } from 'vitest';
import { checkStoredRecord } from '../../shared/backup/record-check';
import { emptyReflection } from '../../shared/reflection/reflection';

describe('checkStoredRecord', () => {
  it('passes a sound turn and names what is wrong with a damaged one', () => {
    expect(
      checkStoredRecord('turns', { id: 't', interviewId: 'i', speaker: 'respondent', text: 'Ja.', startedAt: 1 }),
    ).toEqual({
      ok: true,
    });
    const check = checkStoredRecord('turns', { id: 't', interviewId: 'i', speaker: 'respondent', startedAt: 1 });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.join()).toContain('text');
      // An empty text is what a new turn starts with; the rest stays as it was.
      expect(check.repaired).toEqual({ id: 't', interviewId: 'i', speaker: 'respondent', startedAt: 1, text: '' });
    }
  });

  it('offers no repair where a default would invent something: a speaker, a name, a wrong type', () => {
    for (const [table, record] of [
      ['turns', { id: 't', interviewId: 'i', text: 'Ja.', startedAt: 1 }],
      ['respondents', { id: 'r', studyId: 's', name: 'Piet', organisation: '' }],
      ['memos', { id: 'm', interviewId: 'i', text: 42, at: 1 }],
      ['studies', { id: 's', name: 'Kapot' }],
    ] as const) {
      const check = checkStoredRecord(table, record);
      expect(check.ok).toBe(false);
      expect(check).not.toHaveProperty('repaired');
    }
  });

  it('keeps a reflection’s readable notes when it fills in missing lists', () => {
    const { moreAttention: _gone, ...reflection } = {
      ...emptyReflection('i', 1),
      studyId: 's',
      notes: 'Meer doorvragen',
    };
    const check = checkStoredRecord('reflections', reflection);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.repaired).toMatchObject({ notes: 'Meer doorvragen', moreAttention: [] });
  });

  it('checks an interview with the interview screen’s own rule', () => {
    const check = checkStoredRecord('interviews', { id: 'i' });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.length).toBeGreaterThan(0);
  });
});
