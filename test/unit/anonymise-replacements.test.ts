/** The same person keeps the same label across texts, calls and transcripts of a study. */
import { describe, expect, it } from 'vitest';
import {
  applyFindings,
  assignLabel,
  emptyReplacementBook,
  ENGLISH_LABELS,
  findIdentifiers,
  LabelConflictError,
  labelsForLanguage,
  recordReplacements,
  replacementBookSchema,
  type IdentifierEntry,
} from '../../shared/anonymise';

const registry: IdentifierEntry[] = [
  { id: 'jansen', text: 'Piet Jansen', kind: 'person' },
  { id: 'bakker', text: 'Els Bakker', kind: 'person' },
  { id: 'aalten', text: 'Aalten', kind: 'place' },
  { id: 'swo', text: 'Stichting Welzijn Oost', kind: 'organisation' },
  { id: 'project', text: 'Project Zonnebloem', kind: 'other' },
  { id: 'code', text: 'Anna Smit', kind: 'person', replacement: 'XY' },
];

describe('replacement labels', () => {
  it('numbers per kind in order of first use and fixes pattern labels', () => {
    const texts = [
      { id: 'a', text: 'Els Bakker uit Aalten werkt bij Stichting Welzijn Oost (Project Zonnebloem).' },
      {
        id: 'b',
        text: 'Piet Jansen mailde piet@x.nl, belde 06-12345678 vanuit 7121 AB, zie www.x.nl. Toen kwam Karel Appel.',
      },
    ];
    const findings = findIdentifiers(texts, { registry, replacements: emptyReplacementBook() });
    expect(findings.map((f) => f.replacement)).toEqual([
      '[Persoon 1]',
      '[Plaats 1]',
      '[Organisatie 1]',
      '[Gegeven 1]',
      '[Persoon 2]',
      '[e-mail]',
      '[telefoonnummer]',
      '[postcode]',
      '[website]',
      // A suggested name that is most likely a person is numbered among the persons.
      '[Persoon 3]',
    ]);
  });

  it('gives the same entry the same label in two texts and keeps a fixed replacement', () => {
    const texts = [
      { id: 'a', text: 'Els Bakker en Anna Smit' },
      { id: 'b', text: 'Piet Jansen, daarna Bakker en Smit' },
    ];
    const out = applyFindings(texts, findIdentifiers(texts, { registry, replacements: emptyReplacementBook() }));
    expect(out.map((t) => t.text)).toEqual(['[Persoon 1] en XY', '[Persoon 2], daarna [Persoon 1] en XY']);
  });

  it('continues the stored book in a later call, for a later transcript', () => {
    const first = [{ id: 't1', text: 'Els Bakker belde Karel Appel.' }];
    const firstFindings = findIdentifiers(first, { registry, replacements: emptyReplacementBook() });
    const stored = replacementBookSchema.parse(
      JSON.parse(
        JSON.stringify(
          recordReplacements(emptyReplacementBook(), firstFindings, {
            [firstFindings[1]!.id]: 'accept',
          }),
        ),
      ),
    );

    const second = [{ id: 't2', text: 'Piet Jansen en Bakker spraken Karel Appel en Jan Klaassen.' }];
    const secondFindings = findIdentifiers(second, { registry, replacements: stored });
    expect(secondFindings.map((f) => [f.match, f.replacement])).toEqual([
      ['Piet Jansen', '[Persoon 3]'],
      ['Bakker', '[Persoon 1]'],
      ['Karel Appel', '[Persoon 2]'],
      ['Jan Klaassen', '[Persoon 4]'],
    ]);
  });

  it('does not keep labels of rejected or unaccepted findings, and never reuses a number', () => {
    const texts = [{ id: 't', text: 'toen belde Karel Appel met Els Bakker' }];
    const findings = findIdentifiers(texts, { registry, replacements: emptyReplacementBook() });
    const book = recordReplacements(emptyReplacementBook(), findings, { [findings[1]!.id]: 'reject' });
    expect(book.labels).toEqual({});
    const next = recordReplacements(book, findings);
    // The suggestion "Karel Appel" took number 1 in the search; unaccepted, it is skipped.
    expect(Object.values(next.labels)).toEqual([{ category: 'person', n: 2 }]);
  });

  it('refuses to record labels found against a book that has moved on since', () => {
    const texts = [{ id: 't', text: 'Els Bakker' }];
    const stale = findIdentifiers(texts, { registry, replacements: emptyReplacementBook() });
    const other = recordReplacements(
      emptyReplacementBook(),
      findIdentifiers([{ id: 'u', text: 'Piet Jansen' }], { registry, replacements: emptyReplacementBook() }),
    );
    expect(() => recordReplacements(other, stale)).toThrow(LabelConflictError);
    const fresh = findIdentifiers(texts, { registry, replacements: other });
    expect(fresh[0]!.replacement).toBe('[Persoon 2]');
    expect(recordReplacements(other, fresh).labels).toHaveProperty(['person:entry:bakker'], {
      category: 'person',
      n: 2,
    });
  });

  it('returns new books and leaves the old one untouched', () => {
    const empty = emptyReplacementBook();
    const { book, label } = assignLabel(empty, 'k', 'place');
    expect(empty.labels).toEqual({});
    expect(label.n).toBe(1);
    expect(assignLabel(book, 'k', 'place').book).toBe(book);
    expect(assignLabel(book, 'j', 'place').label.n).toBe(2);
    expect(assignLabel(book, 'j', 'person').label.n).toBe(1);
  });

  it('renders the same book in English', () => {
    const texts = [{ id: 't', text: 'Els Bakker, 06-12345678, Aalten' }];
    const findings = findIdentifiers(texts, {
      registry,
      replacements: emptyReplacementBook(),
      labels: labelsForLanguage('en-GB'),
    });
    expect(findings.map((f) => f.replacement)).toEqual(['[Person 1]', '[phone number]', '[Place 1]']);
    expect(labelsForLanguage('nl')).not.toBe(ENGLISH_LABELS);
  });

  it('gives an entry whose kind was corrected a label of the new kind', () => {
    const book = recordReplacements(
      emptyReplacementBook(),
      findIdentifiers([{ id: 't', text: 'Aalten' }], { registry, replacements: emptyReplacementBook() }),
    );
    const moved = registry.map((e) => (e.id === 'aalten' ? { ...e, kind: 'organisation' as const } : e));
    expect(
      findIdentifiers([{ id: 't', text: 'Aalten' }], { registry: moved, replacements: book })[0]!.replacement,
    ).toBe('[Organisatie 1]');
  });
});
