/** The Afsluiting's follow-ups: what is still to send, and suggested respondents added to the list. */
import { describe, expect, it } from 'vitest';
import {
  closingSchema,
  emptyClosing,
  emptySuggestion,
  followUpOrder,
  followUpSummary,
  sendingDue,
  suggestionProblems,
  suggestionToDraft,
  type Closing,
} from '../../shared/reflection/closing';
import {
  attentionMark,
  emptyReflection,
  reflectionSchema,
  withAttention,
  withQuestionKind,
} from '../../shared/reflection/reflection';

const TYPES = ['beleidsmedewerker', 'manager'];

describe('closing follow-ups', () => {
  it('is due while a requested transcript or report has no date sent', () => {
    expect(sendingDue(undefined)).toBe(false);
    expect(sendingDue(emptyClosing())).toBe(false);
    expect(sendingDue({ ...emptyClosing(), reportRequested: true })).toBe(true);
    expect(sendingDue({ ...emptyClosing(), transcriptRequested: true, sentOn: '2019-05-20' })).toBe(false);
  });

  it('keeps a sent date only as a calendar date, and is saved with the reflection', () => {
    expect(closingSchema.safeParse({ ...emptyClosing(), sentOn: '20-05-2019' }).success).toBe(false);
    const saved = {
      ...emptyReflection('i1', 1),
      closing: { ...emptyClosing(), transcriptRequested: true, sentOn: '2019-05-20' },
    };
    expect(reflectionSchema.parse(saved)).toEqual(saved);
  });

  it('adds a suggestion only with a name and a known type, and only once', () => {
    const draft = { ...emptySuggestion('s1'), function: 'Manager sociaal domein' };
    expect(suggestionProblems(draft, TYPES)).toEqual(['name', 'type']);
    const ready = {
      ...draft,
      name: '  Anna de Vries ',
      typeId: 'manager',
      organisation: ' Oost  Gelre ',
      email: 'a@og.nl ',
    };
    expect(suggestionProblems(ready, TYPES)).toEqual([]);
    expect(suggestionProblems({ ...ready, typeId: 'wethouder' }, TYPES)).toEqual(['type']);
    expect(suggestionProblems({ ...ready, respondentId: 'r9' }, TYPES)).toEqual(['added']);
    expect(suggestionToDraft(ready, 'Aangedragen door BA')).toEqual({
      name: 'Anna de Vries',
      typeId: 'manager',
      organisation: 'Oost Gelre',
      function: 'Manager sociaal domein',
      email: 'a@og.nl',
      phone: '',
      notes: 'Aangedragen door BA',
    });
  });
});

describe('editing a reflection', () => {
  it('marks and unmarks topics by key; marking a cleared topic opens it again with its note', () => {
    const base = emptyReflection('i1', 1);
    const marked = withAttention(base, 'Belang van leren', true);
    expect(marked.moreAttention).toEqual([attentionMark('Belang van leren')]);
    expect(withAttention(marked, 'Belang van leren', false).moreAttention).toEqual([]);
    const cleared = { ...base, moreAttention: [{ ...attentionMark('Effecten', 'te kort'), clearedAt: 5 }] };
    expect(withAttention(cleared, 'Effecten', true).moreAttention).toEqual([attentionMark('Effecten', 'te kort')]);
    // The time of ticking is kept while the mark stays open, and renewed when a cleared mark is ticked again.
    const timed = withAttention(base, 'Effecten', true, 10);
    expect(withAttention(timed, 'Effecten', true, 20).moreAttention[0]!.markedAt).toBe(10);
    expect(withAttention(cleared, 'Effecten', true, 30).moreAttention).toEqual([
      attentionMark('Effecten', 'te kort', 30),
    ]);
  });

  it('keeps a corrected label only where it differs from the classifier', () => {
    const base = emptyReflection('i1', 1);
    const corrected = withQuestionKind(base, 't1', 'open', 'closed');
    expect(corrected.questionKindOverrides).toEqual({ t1: 'open' });
    expect(withQuestionKind(corrected, 't1', 'closed', 'closed').questionKindOverrides).toEqual({});
    // A turn the classifier did not see as a question counts once the researcher labels it.
    const labelled = withQuestionKind(base, 't2', 'closed', 'notAQuestion');
    expect(labelled.questionKindOverrides).toEqual({ t2: 'closed' });
    expect(withQuestionKind(labelled, 't2', undefined, 'notAQuestion').questionKindOverrides).toEqual({});
  });
});

describe('the follow-up table of the overview', () => {
  const closing = (c: Partial<Closing>): Closing => ({ ...emptyClosing(), ...c });
  const suggestion = (id: string, respondentId?: string) => ({
    ...emptySuggestion(id),
    name: 'Anna',
    ...(respondentId ? { respondentId } : {}),
  });

  it('sums up what was asked for, when it was sent and how many people were suggested', () => {
    expect(followUpSummary('i1', undefined)).toEqual({
      interviewId: 'i1',
      requested: [],
      suggestions: 0,
      added: 0,
      status: 'nothingAsked',
    });
    const asked = closing({
      transcriptRequested: true,
      reportRequested: true,
      suggestions: [suggestion('s1', 'r1'), suggestion('s2')],
    });
    expect(followUpSummary('i2', asked)).toEqual({
      interviewId: 'i2',
      requested: ['transcript', 'report'],
      suggestions: 2,
      added: 1,
      status: 'toSend',
    });
    expect(followUpSummary('i2', { ...asked, sentOn: '2019-05-20' })).toMatchObject({
      sentOn: '2019-05-20',
      status: 'sent',
    });
  });

  it('puts what is still to send first, and keeps rows in place while the researcher works through them', () => {
    const rows = [
      followUpSummary('a', closing({ transcriptRequested: true, sentOn: '2019-05-01' })),
      followUpSummary('b', undefined),
      followUpSummary('c', closing({ reportRequested: true })),
      followUpSummary('d', closing({ transcriptRequested: true })),
    ];
    const first = followUpOrder(rows);
    expect(first).toEqual(['c', 'd', 'a', 'b']);
    // c is sent now: it stays where it was; a new interview e (still to send) comes after the rows shown.
    const later = [
      ...rows.slice(0, 2),
      followUpSummary('c', closing({ reportRequested: true, sentOn: '2019-06-01' })),
      rows[3]!,
    ];
    expect(followUpOrder([...later, followUpSummary('e', closing({ transcriptRequested: true }))], first)).toEqual([
      'c',
      'd',
      'a',
      'b',
      'e',
    ]);
    // A deleted interview leaves the order.
    expect(followUpOrder(rows.slice(1), first)).toEqual(['c', 'd', 'b']);
  });
});
