/** The export review's ticks as decisions, and the researcher's edits of the identifier list. */
import { describe, expect, it } from 'vitest';
import {
  addIdentifier,
  applyFindings,
  changeIdentifierKind,
  decide,
  emptyReplacementBook,
  findIdentifiers,
  keepDecisions,
  removeIdentifier,
  reviewCounts,
  reviewRows,
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
      ['Henk Willemsen', false, '[Naam 1]'],
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
      'Ik sprak Karin de Vries en [Naam 1] gisteren over het plan.',
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
