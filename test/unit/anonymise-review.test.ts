/** The export review's ticks as decisions, and the researcher's edits of the identifier list. */
import { describe, expect, it } from 'vitest';
import {
  addIdentifier,
  applyFindings,
  changeIdentifierKind,
  decide,
  decideAll,
  emptyReplacementBook,
  findIdentifiers,
  keepDecisions,
  removeIdentifier,
  reviewCounts,
  reviewGroups,
  reviewRows,
  suggestionKinds,
  type IdentifierEntry,
} from '../../shared/anonymise';

const texts = [{ id: 't', text: 'Ik sprak Karin de Vries en Henk Willemsen gisteren over het plan.' }];
const registry: IdentifierEntry[] = [{ id: 'k', text: 'Karin de Vries', kind: 'person' }];
const search = (entries = registry) =>
  findIdentifiers(texts, { registry: entries, replacements: emptyReplacementBook() });

describe('export review', () => {
  it('shows each finding in context, certain ones ticked and suggestions not', () => {
    const findings = search();
    const rows = reviewRows(texts, findings, {});
    expect(rows.map((r) => [r.context.match, r.applied, r.finding.replacement])).toEqual([
      ['Karin de Vries', true, '[Persoon 1]'],
      ['Henk Willemsen', false, '[Persoon 2]'],
    ]);
    expect(rows[0]!.context.before).toBe('Ik sprak ');
    expect(rows[0]!.context.after).toBe(' en Henk Willemsen gisteren over het pla');
    expect(rows[0]!.clipped).toEqual({ before: false, after: true });
    expect(rows[1]!.clipped).toEqual({ before: false, after: false });
    expect(reviewCounts(findings, {})).toEqual({ replaced: 1, kept: 1 });
  });

  it('turns ticks into decisions, and a tick back to the default into none', () => {
    const [karin, henk] = search();
    let decisions = decide({}, karin!, false);
    decisions = decide(decisions, henk!, true);
    expect(decisions).toEqual({ [karin!.id]: 'reject', [henk!.id]: 'accept' });
    expect(applyFindings(texts, search(), decisions)[0]!.text).toBe(
      'Ik sprak Karin de Vries en [Persoon 2] gisteren over het plan.',
    );
    expect(decide(decisions, karin!, true)).toEqual({ [henk!.id]: 'accept' });
  });

  it('keeps decisions of findings that survive a new search and drops the rest', () => {
    const [karin, henk] = search();
    const decisions = decide(decide({}, karin!, false), henk!, true);
    const added = addIdentifier(registry, { text: 'Henk', kind: 'person' }, 'h');
    if (!added.ok) throw new Error('not added');
    const again = search(added.entries);
    // "Henk" alone is now certain: a new finding with a new span, the old suggestion's decision is gone.
    expect(keepDecisions(decisions, again)).toEqual({ [karin!.id]: 'reject' });
    expect(applyFindings(texts, again, keepDecisions(decisions, again))[0]!.text).toBe(
      'Ik sprak Karin de Vries en [Persoon 2] Willemsen gisteren over het plan.',
    );
  });
});

describe('export review by identifier', () => {
  const long = [
    { id: 'a', text: 'Karin de Vries belde. Henk Willemsen ook.' },
    { id: 'b', text: 'Toen zei Karin dat Henk Willemsen het wist.' },
    { id: 'c', text: 'KARIN DE VRIES en Henk Willemsen, weer.' },
  ];
  const found = () => findIdentifiers(long, { registry, replacements: emptyReplacementBook() });
  const groupsOf = (decisions: Parameters<typeof reviewRows>[2]) =>
    reviewGroups(reviewRows(long, found(), decisions), decisions);

  it('folds every occurrence of one identifier into one group with its forms, count and tick', () => {
    const groups = groupsOf({});
    expect(groups.map((g) => [g.forms, g.replacement, g.rows.length, g.state, g.certain, g.kind])).toEqual([
      [['Karin de Vries', 'KARIN DE VRIES', 'Karin'], '[Persoon 1]', 3, 'all', true, 'registered'],
      [['Henk Willemsen'], '[Persoon 2]', 3, 'none', false, 'nameLike'],
    ]);
    // The occurrences keep their own context, in text order.
    expect(groups[1]!.rows.map((r) => r.context.before)).toEqual([
      'Karin de Vries belde. ',
      'Toen zei Karin dat ',
      'KARIN DE VRIES en ',
    ]);
  });

  it('ticks a whole group at once, and shows a mixed tick when its occurrences differ', () => {
    const [karin, henk] = groupsOf({});
    let decisions = decideAll(
      {},
      henk!.rows.map((r) => r.finding),
      true,
    );
    expect(groupsOf(decisions).map((g) => g.state)).toEqual(['all', 'all']);
    expect(applyFindings(long, found(), decisions).map((t) => t.text)).toEqual([
      '[Persoon 1] belde. [Persoon 2] ook.',
      'Toen zei [Persoon 1] dat [Persoon 2] het wist.',
      '[Persoon 1] en [Persoon 2], weer.',
    ]);
    decisions = decide(decisions, henk!.rows[1]!.finding, false);
    expect(groupsOf(decisions)[1]!.state).toBe('mixed');
    expect(reviewCounts(found(), decisions)).toEqual({ replaced: 5, kept: 1 });
    // Unticking the group rejects every occurrence; ticking it back stores no decision for certain ones.
    decisions = decideAll(
      decisions,
      karin!.rows.map((r) => r.finding),
      false,
    );
    expect(applyFindings(long, found(), decisions)[2]!.text).toBe('KARIN DE VRIES en [Persoon 2], weer.');
    expect(
      decideAll(
        decisions,
        karin!.rows.map((r) => r.finding),
        true,
      ),
    ).toEqual({
      [henk!.rows[0]!.finding.id]: 'accept',
      [henk!.rows[2]!.finding.id]: 'accept',
    });
  });

  it('keeps apart what is replaced differently, even when written alike', () => {
    const texts = [{ id: 't', text: 'Jansen zei het. Mail jansen@example.nl, of Jansen zelf.' }];
    const entries: IdentifierEntry[] = [{ id: 'j', text: 'Jansen', kind: 'person', replacement: 'BA' }];
    const findings = findIdentifiers(texts, { registry: entries, replacements: emptyReplacementBook() });
    const groups = reviewGroups(reviewRows(texts, findings, {}), {});
    expect(groups.map((g) => [g.forms, g.replacement, g.rows.length])).toEqual([
      [['Jansen'], 'BA', 2],
      [['jansen@example.nl'], '[e-mail]', 1],
    ]);
  });
});

describe('export review by entity, ranked, by kind', () => {
  const interview = [
    { id: 'a', text: 'Toen belde Kees de Boer, de boer van hiernaast, over mevrouw Klein Gunnewiek.' },
    { id: 'b', text: 'Later zei Kees dat de Boer het plan van Klein Gunnewiek steunde. We zaten in Lochem.' },
    {
      id: 'c',
      text: 'Ook Bakker kwam, de bakker, en daarna sprak ik Piet Jansen in Lochem bij Stichting Welzijn Oost.',
    },
  ];
  const entries: IdentifierEntry[] = [{ id: 'j', text: 'Piet Jansen', kind: 'person' }];
  const found = () => findIdentifiers(interview, { registry: entries, replacements: emptyReplacementBook() });
  const groupsOf = (decisions: Parameters<typeof reviewRows>[2]) =>
    reviewGroups(reviewRows(interview, found(), decisions), decisions);

  it('shows all forms of one suggested person in one row, with one label', () => {
    const kees = groupsOf({}).find((g) => g.forms.includes('Kees'))!;
    expect(kees.forms).toEqual(['Kees de Boer', 'de Boer', 'Kees']);
    expect(new Set(kees.rows.map((r) => r.finding.replacement))).toEqual(new Set([kees.replacement]));
    expect(kees).toMatchObject({ certain: false, guess: 'person', confidence: 'high', replacement: '[Persoon 1]' });
    // "mevrouw" stays in the text, the name goes.
    const gunnewiek = groupsOf({}).find((g) => g.forms.includes('Klein Gunnewiek'))!;
    expect(gunnewiek.rows.map((r) => r.context.before.slice(-8))).toEqual(['mevrouw ', 'lan van ']);
  });

  it('ranks certain identifiers first, then suggestions from the most to the least likely', () => {
    const groups = groupsOf({});
    expect(groups.map((g) => [g.forms[0], g.certain ? 'certain' : g.confidence])).toEqual([
      ['Piet Jansen', 'certain'],
      ['Kees de Boer', 'high'],
      ['Klein Gunnewiek', 'high'],
      ['Stichting Welzijn Oost', 'high'],
      ['Lochem', 'medium'],
      ['Bakker', 'low'],
    ]);
  });

  it('accepts all suggestions of one kind at once, each still in its own row', () => {
    const groups = groupsOf({});
    const kinds = suggestionKinds(groups, {});
    expect(kinds.map((k) => [k.guess, k.groups, k.findings.length, k.state])).toEqual([
      ['person', 2, 5, 'none'],
      ['place', 1, 2, 'none'],
      ['organisation', 1, 1, 'none'],
      ['name', 1, 1, 'none'],
    ]);
    const decisions = decideAll({}, kinds[0]!.findings, true);
    expect(suggestionKinds(groupsOf(decisions), decisions).map((k) => k.state)).toEqual([
      'all',
      'none',
      'none',
      'none',
    ]);
    expect(groupsOf(decisions).length).toBe(groups.length);
    expect(applyFindings(interview, found(), decisions).map((t) => t.text)).toEqual([
      'Toen belde [Persoon 1], de boer van hiernaast, over mevrouw [Persoon 2].',
      'Later zei [Persoon 1] dat [Persoon 1] het plan van [Persoon 2] steunde. We zaten in Lochem.',
      'Ook Bakker kwam, de bakker, en daarna sprak ik [Persoon 3] in Lochem bij Stichting Welzijn Oost.',
    ]);
  });
});

describe('identifier list', () => {
  it('adds a trimmed entry, refuses an empty one and a name already there in another spelling', () => {
    const added = addIdentifier(registry, { text: '  Jose   Bakker ', kind: 'person' }, 'j');
    expect(added).toMatchObject({ ok: true, entry: { id: 'j', text: 'Jose Bakker', kind: 'person' } });
    expect(addIdentifier(registry, { text: '   ', kind: 'place' }, 'x')).toEqual({ ok: false, reason: 'empty' });
    expect(addIdentifier(registry, { text: 'KARIN DE VRIÉS', kind: 'person' }, 'x')).toMatchObject({
      ok: false,
      reason: 'duplicate',
      existing: { id: 'k' },
    });
  });

  it('changes the kind of an entry and removes one', () => {
    expect(changeIdentifierKind(registry, 'k', 'organisation')[0]!.kind).toBe('organisation');
    expect(removeIdentifier(registry, 'k')).toEqual([]);
  });
});
