/** Finding registered identifiers in every written form, and suggesting unregistered names. */
import { describe, expect, it } from 'vitest';
import {
  applyFindings,
  emptyReplacementBook,
  findIdentifiers,
  registryWithRespondents,
  splitPersonName,
  type FindContext,
  type Finding,
  type IdentifierEntry,
} from '../../shared/anonymise';

const registry: IdentifierEntry[] = [
  { id: 'jansen', text: 'Piet Jansen', kind: 'person' },
  { id: 'berg', text: 'Anne-Marie van der Berg', kind: 'person' },
  { id: 'jose', text: 'José Çelik', kind: 'person' },
  { id: 'aalten', text: 'Aalten', kind: 'place' },
  { id: 'oij', text: 'Oude IJsselstreek', kind: 'place', aliases: ['OIJ'] },
  { id: 'heerenberg', text: "'s-Heerenberg", kind: 'place' },
  { id: 'swo', text: 'Stichting Welzijn Oost', kind: 'organisation' },
];

function find(text: string, context: Partial<FindContext> = {}): Finding[] {
  return findIdentifiers([{ id: 't', text }], { registry, replacements: emptyReplacementBook(), ...context });
}
const certain = (text: string, context?: Partial<FindContext>): string[] =>
  find(text, context)
    .filter((f) => f.certain)
    .map((f) => f.match);
const suggested = (text: string, context?: Partial<FindContext>): string[] =>
  find(text, context)
    .filter((f) => !f.certain)
    .map((f) => f.match);
const anonymised = (text: string, context?: Partial<FindContext>): string => {
  const texts = [{ id: 't', text }];
  return applyFindings(
    texts,
    findIdentifiers(texts, { registry, replacements: emptyReplacementBook(), ...context }),
  )[0]!.text;
};

describe('person names', () => {
  it('splits a name into first names and a surname with its particles', () => {
    expect(splitPersonName('Anne-Marie van der Berg')).toEqual({
      given: ['anne-marie'],
      surname: ['van', 'der', 'berg'],
    });
    expect(splitPersonName('Jan Willem Jansen-de Vries')).toEqual({
      given: ['jan', 'willem'],
      surname: ['jansen-de', 'vries'],
    });
    expect(splitPersonName('Jansen')).toEqual({ given: [], surname: ['jansen'] });
  });

  it('finds the full name, the surname and the surname with particles', () => {
    expect(certain('Piet Jansen belde. Jansen en van der Berg.')).toEqual(['Piet Jansen', 'Jansen', 'van der Berg']);
    expect(anonymised('Piet Jansen belde; Jansen ook.')).toBe('[Persoon 1] belde; [Persoon 1] ook.');
  });

  it('ignores case and diacritics', () => {
    expect(certain('jose celik, JOSÉ ÇELIK, José Celik, piet jansen, de vries')).toEqual([
      'jose celik',
      'JOSÉ ÇELIK',
      'José Celik',
      'piet jansen',
    ]);
    expect(certain('Van Der Berg en VAN DER BERG')).toEqual(['Van Der Berg', 'VAN DER BERG']);
    expect(certain('José Çelik', { registry: [{ id: 'j', text: 'Jose Celik', kind: 'person' }] })).toEqual([
      'José Çelik',
    ]);
    // A combining accent typed separately goes with its letter.
    expect(anonymised('Jose\u0301 Çelik zei')).toBe('[Persoon 1] zei');
  });

  it('catches possessives and plural endings', () => {
    expect(certain("Jansen's idee, Jansen’s plan, Jansens voorstel, Piet Jansen's rol")).toEqual([
      "Jansen's",
      'Jansen’s',
      'Jansens',
      "Piet Jansen's",
    ]);
  });

  it('keeps a possessive after the replacement, so the sentence still reads', () => {
    expect(anonymised('Jansen’s plan')).toBe('[Persoon 1]’s plan');
    expect(anonymised("Piet Jansen's rol en Jansens agenda")).toBe("[Persoon 1]'s rol en [Persoon 1]'s agenda");
    expect(anonymised('de Aaltense aanpak')).toBe('de [Plaats 1] aanpak');
  });

  it('takes initials along and keeps titles in the text before the replacement', () => {
    // [as written, the title that stays, the name that is replaced]
    const forms = [
      ['J. Jansen', '', 'J. Jansen'],
      ['P.J. Jansen', '', 'P.J. Jansen'],
      ['P. J. Jansen', '', 'P. J. Jansen'],
      ['Th. Jansen', '', 'Th. Jansen'],
      ['A.M. v.d. Berg', '', 'A.M. v.d. Berg'],
      ['dhr. Jansen', 'dhr. ', 'Jansen'],
      ['dhr Jansen', 'dhr ', 'Jansen'],
      ['Dhr. P. Jansen', 'Dhr. ', 'P. Jansen'],
      ['de heer Jansen', 'de heer ', 'Jansen'],
      ['meneer Jansen', 'meneer ', 'Jansen'],
      ['mevrouw Van der Berg', 'mevrouw ', 'Van der Berg'],
      ['mw. van der Berg', 'mw. ', 'van der Berg'],
      ['mevr. Berg', 'mevr. ', 'Berg'],
      ['dr. Jansen', 'dr. ', 'Jansen'],
      ['drs. Jansen', 'drs. ', 'Jansen'],
      ['prof. dr. Jansen', 'prof. dr. ', 'Jansen'],
      ['mr. Jansen', 'mr. ', 'Jansen'],
      ['collega Jansen', 'collega ', 'Jansen'],
    ] as const;
    for (const [form, title, name] of forms) {
      expect(certain(`Ik sprak ${form} gisteren`), form).toEqual([name]);
      expect(anonymised(`Ik sprak ${form} gisteren`), form).toMatch(
        new RegExp(`^Ik sprak ${title.replace(/\./g, '\\.')}\\[Persoon \\d\\] gisteren$`),
      );
    }
  });

  it("puts a respondent's code in brackets after a title, so it reads as a replacement", () => {
    const respondent = { respondent: { id: 'r1', name: 'Els Bosman', code: 'BA' } };
    expect(anonymised('Ik sprak mevrouw Bosman en Bosman zelf.', respondent)).toBe('Ik sprak mevrouw [BA] en BA zelf.');
  });

  it('keeps what is not a title: a sentence end, lowercase abbreviations, functions', () => {
    expect(anonymised('Ik sprak de dokter. Jansen kwam later')).toBe('Ik sprak de dokter. [Persoon 1] kwam later');
    expect(anonymised('Dat zeiden o.a. Jansen en wethouder Jansen')).toBe(
      'Dat zeiden o.a. [Persoon 1] en wethouder [Persoon 1]',
    );
    expect(certain('meneer en mevrouw zaten er')).toEqual([]);
  });

  it('finds names split over a line break or several spaces', () => {
    expect(certain('Toen belde Piet\nJansen, en Anne-Marie   van der\r\nBerg.')).toEqual([
      'Piet\nJansen',
      'Anne-Marie   van der\r\nBerg',
    ]);
    expect(certain('Anne Marie van der Berg')).toEqual(['Anne Marie van der Berg']);
  });

  it('finds the first name alone: certain when capitalised, suggested in lowercase', () => {
    expect(find('Piet zei het, en ook Anne-Marie en Marie.').map((f) => [f.match, f.certain])).toEqual([
      ['Piet', true],
      ['Anne-Marie', true],
      ['Marie', true],
    ]);
    expect(find('de piet van sinterklaas').map((f) => [f.match, f.certain])).toEqual([['piet', false]]);
  });

  it('suggests the surname without its particles in lowercase, but is certain when capitalised', () => {
    expect(find('Berg zei het. Op de berg.').map((f) => [f.match, f.certain])).toEqual([
      ['Berg', true],
      ['berg', false],
    ]);
  });

  it('treats entries marked as ordinary words like first names', () => {
    const context = { registry: [{ id: 'best', text: 'Best', kind: 'place' as const, alsoCommonWord: true }] };
    expect(find('In Best is het best goed.', context).map((f) => [f.match, f.certain])).toEqual([
      ['Best', true],
      ['best', false],
    ]);
  });

  it('ignores forms that are only particles or too short', () => {
    expect(
      find('de man van de gemeente', {
        registry: [
          { id: 'x', text: 'De', kind: 'person' },
          { id: 'y', text: 'A', kind: 'other' },
        ],
      }),
    ).toEqual([]);
  });

  it('merges the parts of one name that were matched apart', () => {
    expect(certain('Piet J. Jansen kwam')).toEqual(['Piet J. Jansen']);
  });
});

describe('emoji before a name', () => {
  it('replaces the name itself, not the characters an emoji with a skin tone shifts it by', () => {
    expect(anonymised('Top 👍🏽 met Piet Jansen en 👩‍👩‍👧 in Aalten.')).toBe('Top 👍🏽 met [Persoon 1] en 👩‍👩‍👧 in [Plaats 1].');
  });
});

describe('word boundaries', () => {
  it('never matches inside another word', () => {
    expect(find('Het Jansenisme, de Haaltenaar en Bijansen.').filter((f) => f.certain)).toEqual([]);
    expect(certain('Pieter en Janssen')).toEqual([]);
  });

  it('suggests longer words that start with a registered name', () => {
    expect(find('Het Jansenisme in Aaltenbroek').map((f) => [f.match, f.certain, f.replacement])).toEqual([
      ['Jansenisme', false, '[Persoon 1]'],
      ['Aaltenbroek', false, '[Plaats 1]'],
    ]);
  });

  it('treats demonyms and adjectives of a place as the place', () => {
    expect(certain('De Aaltenaar, de Aaltenaren en het Aaltense beleid; Oude IJsselstreekse zaken')).toEqual([
      'Aaltenaar',
      'Aaltenaren',
      'Aaltense',
      'Oude IJsselstreekse',
    ]);
  });

  it('treats hyphens and apostrophes as boundaries', () => {
    expect(certain('Oost-Aalten en Aalten-breed')).toEqual(['Aalten', 'Aalten']);
    expect(certain("In 's-Heerenberg, 's-heerenberg en s-Heerenberg")).toEqual([
      "'s-Heerenberg",
      "'s-heerenberg",
      's-Heerenberg',
    ]);
  });

  it('matches aliases and multi-word places and organisations', () => {
    expect(certain('OIJ en oude ijsselstreek en de Stichting\nWelzijn Oost')).toEqual([
      'OIJ',
      'oude ijsselstreek',
      'Stichting\nWelzijn Oost',
    ]);
  });
});

describe('overlaps', () => {
  it('lets the longest win and never reports overlapping findings', () => {
    const findings = find('Mail piet.jansen@aalten.nl of kijk op www.aalten.nl over Piet Jansen');
    expect(findings.map((f) => [f.match, f.kind])).toEqual([
      ['piet.jansen@aalten.nl', 'email'],
      ['www.aalten.nl', 'url'],
      ['Piet Jansen', 'registered'],
    ]);
    for (const [i, a] of findings.entries()) {
      for (const b of findings.slice(i + 1)) expect(a.end <= b.start || b.end <= a.start).toBe(true);
    }
  });

  it('never lets a suggestion push out a certain finding', () => {
    // "Piet Jansen Bouw" as one capitalised run would be longer than the registered name.
    const findings = find('we belden met Piet Jansen Bouw over Aalten');
    expect(findings.map((f) => [f.match, f.certain])).toEqual([
      ['Piet Jansen', true],
      ['Bouw', false],
      ['Aalten', true],
    ]);
  });
});

describe('respondents', () => {
  const respondents = [
    { id: 'r1', name: 'Karin de Vries', email: 'k.devries@aalten.nl', phone: '06 - 1234 5678' },
    { id: 'r2', name: 'Bram Smit', email: '', phone: '' },
  ];
  const withRespondents = registryWithRespondents(
    registry,
    respondents,
    new Map([
      ['r1', 'BA'],
      ['r2', 'MA'],
    ]),
  );

  it("replaces the respondent's own name by their code and another respondent's by theirs", () => {
    const findings = find('Karin: mevrouw De Vries zei dat Bram Smit en Smit het wisten.', {
      registry: withRespondents,
      respondent: { id: 'r1', name: 'Karin de Vries' },
    });
    expect(findings.map((f) => [f.match, f.kind, f.replacement])).toEqual([
      ['Karin', 'respondent', 'BA'],
      ['De Vries', 'respondent', '[BA]'],
      ['Bram Smit', 'registered', 'MA'],
      ['Smit', 'registered', 'MA'],
    ]);
  });

  it("finds the respondent's e-mail and phone however the phone is grouped", () => {
    const findings = find('Bel 0612345678 of +31 (0)6 12 34 56 78, mail K.deVries@Aalten.nl', {
      registry: withRespondents,
      respondent: { id: 'r1', name: 'Karin de Vries' },
    });
    expect(findings.map((f) => [f.match, f.kind, f.replacement])).toEqual([
      ['0612345678', 'respondent', '[telefoonnummer]'],
      ['+31 (0)6 12 34 56 78', 'respondent', '[telefoonnummer]'],
      ['K.deVries@Aalten.nl', 'respondent', '[e-mail]'],
    ]);
  });

  it('adds the respondent given in the context when the registry lacks them', () => {
    const findings = find('Naam: Femke Bos, femke@bos.nl', {
      respondent: { id: 'r9', name: 'Femke Bos', email: 'femke@bos.nl', code: 'BB' },
    });
    expect(findings.map((f) => [f.match, f.kind, f.replacement])).toEqual([
      ['Femke Bos', 'respondent', 'BB'],
      ['femke@bos.nl', 'respondent', '[e-mail]'],
    ]);
  });
});

describe('name-like suggestions', () => {
  it('suggests capitalised words in mid-sentence, with titles and particles', () => {
    const findings = find('gisteren belde Karin Smit, en daarna mevrouw Van den Heuvel met Jan de Wit.');
    expect(findings.map((f) => [f.match, f.kind, f.certain, f.replacement])).toEqual([
      ['Karin Smit', 'nameLike', false, '[Persoon 1]'],
      ['Van den Heuvel', 'nameLike', false, '[Persoon 2]'],
      ['Jan de Wit', 'nameLike', false, '[Persoon 3]'],
    ]);
  });

  it('skips sentence starts, stop-words, acronyms, respondent codes and the study vocabulary', () => {
    expect(
      suggested(
        'Daarom zei BA dat de Wmo en de Jeugdwet op maandag in januari via Teams besproken werden. Het Sociaal Team ook.',
        {
          vocabulary: ['Sociaal Team'],
        },
      ),
    ).toEqual([]);
    expect(suggested('Smit zei het.')).toEqual([]);
  });

  it('suggests a sentence-start word that is suggested elsewhere, and a name after a particle at the start', () => {
    expect(suggested('Smit belde. Toen kwam Smit. In Lochem ook.')).toEqual(['Smit', 'Smit', 'Lochem']);
    expect(suggested('Karin Smit belde.')).toEqual(['Karin Smit']);
  });

  it('does not join names across prepositions', () => {
    expect(suggested('toen Karin in Lochem was')).toEqual(['Karin', 'Lochem']);
  });

  it('gives the same suggested name the same label', () => {
    const findings = find('toen zei Karin dat KARIN en mevrouw Karin het wisten');
    expect(findings.filter((f) => f.kind === 'nameLike').map((f) => f.replacement)).toEqual([
      '[Persoon 1]',
      '[Persoon 1]',
    ]);
  });

  it('skips words that also occur in lowercase, code-like words and vocabulary with an ending', () => {
    expect(
      suggested('de visie is goed. Over de\nVisie van Karin Smit en BBr, VMBr, de Achterhoekse gemeenten.', {
        vocabulary: ['Achterhoek'],
      }),
    ).toEqual(['Karin Smit']);
  });

  it('never suggests a respondent code that contains lowercase letters', () => {
    const codes = registryWithRespondents([], [{ id: 'r', name: 'Els Bos' }], new Map([['r', 'MBr']]));
    expect(suggested('toen zei Mbr het, en Els ook', { registry: codes })).toEqual([]);
  });

  it('suggests the rest of a hyphenated word whose first part is registered', () => {
    expect(find('toen belde Piet Jansen-Smit').map((f) => [f.match, f.certain])).toEqual([
      ['Piet Jansen', true],
      ['Smit', false],
    ]);
  });

  it('can be switched off', () => {
    expect(suggested('toen belde Karin Smit', { suggestNames: false })).toEqual([]);
  });
});

describe('Dutch names nobody registered', () => {
  const WORDS =
    'de boer, het klein, de witte, een visser, de bakker, smit, vries, mulder, jong, groen, koster, schouten, haan';

  it('takes a word after a first name, initials, a title or a function as a name, even when it is also a word', () => {
    const text =
      `${WORDS}. Toen belde Kees de Boer over mevrouw Klein Gunnewiek. Ik sprak meneer de Wit, collega Visser, ` +
      'dhr. Bakker, J. Smit, mw. de Vries, wethouder Mulder, Bart de Jong, burgemeester Groen, Ruud Koster, ' +
      'dokter Schouten en wethouder De Haan.';
    expect(suggested(text, { registry: [] })).toEqual([
      'Kees de Boer',
      'Klein Gunnewiek',
      'de Wit',
      'Visser',
      'Bakker',
      'J. Smit',
      'de Vries',
      'Mulder',
      'Bart de Jong',
      'Groen',
      'Ruud Koster',
      'Schouten',
      'De Haan',
    ]);
  });

  it('takes a capitalised surname mid-sentence after its particle, and keeps hyphens and diacritics', () => {
    expect(
      suggested(`${WORDS}. Ik heb met de Boer en Van Dam gebeld, en met Anne-Marie Jansen-Smit en Özlem Çelik.`, {
        registry: [],
      }),
    ).toEqual(['de Boer', 'Van Dam', 'Anne-Marie Jansen-Smit', 'Özlem Çelik']);
  });

  it('takes a first name that is also a word as a name mid-sentence, not at the start of a sentence', () => {
    expect(
      suggested('Ik ben blij. Ik heb met Ben en Roos gesproken. Ben je er morgen? Roos zei van wel.', { registry: [] }),
    ).toEqual(['Ben', 'Roos', 'Roos']);
  });

  it('never suggests nationalities, languages, feasts, countries or nationwide names', () => {
    expect(
      suggested(
        'Er kwamen Turkse, Oekraïense en Syrische gezinnen, die Turks en Arabisch spraken; tijdens de Ramadan en met ' +
          'Kerst gingen ze naar de Albert Heijn. Ze kwamen uit Eritrea en keken naar Omroep Gelderland.',
        { registry: [] },
      ),
    ).toEqual([]);
  });

  it('splits names that stand side by side, and does not run a name into an organisation', () => {
    expect(suggested('Ik sprak wethouder Jansen van Lochem en Wytze van Dam.', { registry: [] })).toEqual([
      'Jansen',
      'Lochem',
      'Wytze van Dam',
    ]);
    const findings = find('Toen kwam Kees de Boer van Stichting Welzijn Oost. In Zelhem Said Ouali, later ook Said.', {
      registry: [],
    });
    expect(findings.map((f) => [f.match, f.guess, f.replacement])).toEqual([
      ['Kees de Boer', 'person', '[Persoon 1]'],
      ['Stichting Welzijn Oost', 'organisation', '[Organisatie 1]'],
      ['Zelhem', 'place', '[Plaats 1]'],
      ['Said Ouali', 'person', '[Persoon 2]'],
      ['Said', 'person', '[Persoon 2]'],
    ]);
  });

  it('gives the forms of one person one label, and never shortens a place or organisation', () => {
    const findings = find(
      'Kees de Boer belde. Later zei Kees dat de Boer gelijk had. Humanitas Achterhoek werkt in de Achterhoek.',
      { registry: [] },
    );
    expect(findings.map((f) => [f.match, f.replacement])).toEqual([
      ['Kees de Boer', '[Persoon 1]'],
      ['Kees', '[Persoon 1]'],
      ['de Boer', '[Persoon 1]'],
      ['Humanitas Achterhoek', '[Naam 1]'],
      ['de Achterhoek', '[Plaats 1]'],
    ]);
  });

  it('keeps the title and the possessive outside a suggested name', () => {
    const texts = [{ id: 't', text: 'Ik sprak mevrouw Bosman. Klaassen zei het, en Klaassens agenda was vol.' }];
    const findings = findIdentifiers(texts, { registry: [], replacements: emptyReplacementBook() });
    const accepted = Object.fromEntries(findings.map((f) => [f.id, 'accept' as const]));
    expect(applyFindings(texts, findings, accepted)[0]!.text).toBe(
      "Ik sprak mevrouw [Persoon 1]. [Naam 1] zei het, en [Naam 1]'s agenda was vol.",
    );
  });
});
