/**
 * The anonymity promise as a property: whatever transcript is generated (Dutch filler
 * sentences with registered people, places and organisations, e-mail addresses, phone
 * numbers, postcodes and web addresses inserted in many written forms), after finding
 * and applying every certain finding no identifier survives in any form, no pattern is
 * left, and the text around the identifiers is unchanged. And names nobody registered
 * whose surname is also a word ("Kees de Boer" in a text about "de boer") leave nothing
 * of themselves in the exported Word file once the suggestions are accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFindings,
  emptyReplacementBook,
  findIdentifiers,
  registryWithRespondents,
  type IdentifierEntry,
} from '../../shared/anonymise';
import { exampleStudy } from '../../shared/example/study';
import { exportFiles, findExportIdentifiers, type InterviewForExport } from '../../shared/export';
import { readDocx } from '../support/docx-reader';

// ------------------------------------------------------------------ test data

const GIVEN = ['Piet', 'José', 'Anne-Marie', 'Sanne', 'Güler', 'Noël', 'Bram', 'Femke', 'Jan Willem', 'Ömer'];
const PARTICLES = ['', '', 'van', 'de', 'van der', 'van den', 'ter', "in 't"];
const SURNAMES = ['Jansen', 'Berg', 'Vries', 'Dijk', 'Bakker', 'Çelik', 'Brouwer', 'Hoekstra', 'Smit', 'Veld'];
const PLACES = [
  'Aalten',
  'Winterswijk',
  'Oude IJsselstreek',
  "'s-Heerenberg",
  'Groenlo',
  'Lichtenvoorde',
  'Zelhem',
  'Bredevoort',
];
const ORGANISATIONS = ['Stichting Welzijn Oost', 'Zorggroep Ümit', 'Buurtteam Noord', 'Wijkcentrum De Schakel'];
const TITLES = [
  'dhr.',
  'Dhr.',
  'mevrouw',
  'Mevrouw',
  'mw.',
  'mevr.',
  'meneer',
  'de heer',
  'dr.',
  'drs.',
  'ir.',
  'prof.',
  'mr.',
  'prof. dr.',
];
const POSSESSIVES = ["'s", '’s', 's'];

/**
 * Filler between identifiers: begins and ends with a non-letter so it never runs into a
 * name, and holds a word, because two mentions of one entry with only whitespace
 * between them are deliberately merged into one finding.
 */
const FILLER = [
  ' overlegde met ',
  ', want ',
  '. Toen zei ',
  ' dat het beleid ',
  ' veranderde. Ook ',
  ' had een voorstel over de zorg en ',
  ', maar ',
  ' vond dat niet. Daarna kwam ',
  ' met een plan voor ',
  ' en we spraken over ',
  ' in het team.\n\nWe hebben ',
  ' gebeld over ',
  ' omdat ',
  ' het wilde. ',
  ' (zoals ',
  ') ',
  ': ',
  '\n- ',
  ' uit ',
  ' zei: "',
  '" en ',
  ' — “',
  '”, ',
  ',\tdaarna ',
];
const OPENINGS = ['Het overleg was goed. ', 'We begonnen met ', 'Ik weet nog dat ', ''];
const CLOSINGS = ['.', ' en dat was het.', '', '?'];

/** Independent of the code under test: lowercase without accents. */
const plain = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Person {
  given: string;
  particles: string;
  surname: string;
}
const fullName = (p: Person): string => [p.given, p.particles, p.surname].filter(Boolean).join(' ');
const surnameOf = (p: Person): string => [p.particles, p.surname].filter(Boolean).join(' ');

/** What was inserted, and the pieces of it that must not survive (plain text, or digits of a phone). */
interface Inserted {
  shown: string;
  pieces: string[];
  phoneDigits?: string;
}

// --------------------------------------------------------------- arbitraries

const personArb = fc.record({
  given: fc.constantFrom(...GIVEN),
  particles: fc.constantFrom(...PARTICLES),
  surname: fc.constantFrom(...SURNAMES),
});

const studyArb: fc.Arbitrary<Study> = fc.record({
  people: fc.uniqueArray(personArb, { minLength: 1, maxLength: 4, selector: (p) => p.surname }),
  places: fc.uniqueArray(fc.constantFrom(...PLACES), { minLength: 1, maxLength: 3 }),
  organisations: fc.uniqueArray(fc.constantFrom(...ORGANISATIONS), { minLength: 1, maxLength: 2 }),
});
interface Study {
  people: Person[];
  places: string[];
  organisations: string[];
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A person in one of the forms people write: every one of these must be found with certainty. */
function personFormArb(p: Person): fc.Arbitrary<Inserted> {
  const full = fullName(p);
  const surname = surnameOf(p);
  const pieces = [...p.given.split(/[\s-]+/), p.surname].map(plain);
  const initials = fc.constantFrom(
    p.given.charAt(0).toUpperCase() + '.',
    p.given.charAt(0).toUpperCase() + '.J.',
    p.given.charAt(0).toUpperCase() + '. M. ',
  );
  const surnameCased = fc.constantFrom(surname, capitalise(surname), surname.toLowerCase(), surname.toUpperCase());
  const forms: fc.Arbitrary<string>[] = [
    fc.constant(full),
    fc.constant(full.toLowerCase()),
    fc.constant(full.toUpperCase()),
    fc.constant(stripAccents(full)),
    fc.constantFrom(...POSSESSIVES).map((s) => full + s),
    fc.constantFrom(...POSSESSIVES).map((s) => capitalise(surname) + s),
    fc.tuple(fc.constantFrom(...TITLES), surnameCased).map(([t, s]) => `${t} ${s}`),
    fc.tuple(initials, surnameCased).map(([i, s]) => `${i}${i.endsWith(' ') ? '' : ' '}${s}`),
    fc.tuple(fc.constantFrom(...TITLES), initials).map(([t, i]) => `${t} ${i} ${capitalise(surname)}`),
    fc.constantFrom('\n', '\r\n', '   ', ' \n ').map((gap) => `${p.given}${gap}${surname}`),
    surnameCased,
    fc.constant(capitalise(p.surname)), // the surname without particles, capitalised
    fc.constant(p.surname.toUpperCase()),
    fc.constantFrom(p.given, p.given.toUpperCase(), stripAccents(p.given)), // first name alone
  ];
  return fc.oneof(...forms).map((shown) => ({ shown, pieces }));
}

function placeFormArb(place: string): fc.Arbitrary<Inserted> {
  const pieces = [plain(place).replace(/^'s-/, '')];
  return fc
    .constantFrom(
      place,
      place.toLowerCase(),
      place.toUpperCase(),
      stripAccents(place),
      `${place}se`,
      `${place}'s`,
      place.replace(' ', '\n'),
      place.replace(/^'/, ''),
    )
    .map((shown) => ({ shown, pieces }));
}

function organisationFormArb(organisation: string): fc.Arbitrary<Inserted> {
  const pieces = [plain(organisation)];
  return fc
    .constantFrom(
      organisation,
      organisation.toLowerCase(),
      organisation.toUpperCase(),
      stripAccents(organisation),
      organisation.replace(/ /g, '\n'),
      `${organisation}'s`,
    )
    .map((shown) => ({ shown, pieces }));
}

const emailArb: fc.Arbitrary<Inserted> = fc
  .tuple(
    fc.constantFrom('piet', 'a.jansen', 'k.de.vries', 'info', 'josé_c'),
    fc.constantFrom('aalten.nl', 'zorg-oost.nl', 'mail.gemeente.nl'),
    fc.boolean(),
  )
  .map(([local, domain, upper]) => {
    const email = `${local}@${domain}`;
    return { shown: upper ? email.toUpperCase() : email, pieces: [plain(email)] };
  });

const urlArb: fc.Arbitrary<Inserted> = fc
  .constantFrom('https://www.aalten.nl/zorg', 'www.zorg-oost.nl', 'http://intranet.gemeente.nl/a?b=1', 'welzijnoost.nl')
  .map((url) => ({ shown: url, pieces: [plain(url)] }));

const digitsArb = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Every Dutch phone format of the brief, built from the same nine national digits. */
const phoneArb: fc.Arbitrary<Inserted> = fc.oneof(
  digitsArb(8).chain((d) => {
    const national = `6${d}`;
    return fc
      .constantFrom(
        `06-${d}`,
        `06 ${d.slice(0, 4)} ${d.slice(4)}`,
        `06${d}`,
        `06 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
        `+31 6 ${d}`,
        `+31 (0)6-${d}`,
        `+31(0)6 ${d.slice(0, 4)} ${d.slice(4)}`,
        `0031 6 ${d}`,
        `00316${d}`,
        `+316${d}`,
      )
      .map((shown) => ({ shown, pieces: [], phoneDigits: national }));
  }),
  digitsArb(6).chain((d) => {
    const national = `314${d}`;
    return fc
      .constantFrom(
        `0314-${d}`,
        `(0314) ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`,
        `0314 ${d}`,
        `+31 314 ${d}`,
        `+31 (0)314-${d}`,
      )
      .map((shown) => ({ shown, pieces: [], phoneDigits: national }));
  }),
  digitsArb(7).chain((d) => {
    const national = `20${d}`;
    return fc
      .constantFrom(`020-${d}`, `020 ${d.slice(0, 3)} ${d.slice(3)}`)
      .map((shown) => ({ shown, pieces: [], phoneDigits: national }));
  }),
);

const postcodeArb: fc.Arbitrary<Inserted> = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('AB', 'GH', 'KL', 'XZ', 'BN'), fc.boolean())
  .map(([n, letters, space]) => ({ shown: `${n}${space ? ' ' : ''}${letters}`, pieces: [] }));

function insertedArb(study: Study): fc.Arbitrary<Inserted> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.oneof(...study.people.map(personFormArb)) },
    { weight: 2, arbitrary: fc.oneof(...study.places.map(placeFormArb)) },
    { weight: 1, arbitrary: fc.oneof(...study.organisations.map(organisationFormArb)) },
    { weight: 1, arbitrary: emailArb },
    { weight: 1, arbitrary: urlArb },
    { weight: 2, arbitrary: phoneArb },
    { weight: 1, arbitrary: postcodeArb },
  );
}

/** One text: filler and identifiers alternating, so the filler parts are known exactly. */
function textArb(study: Study): fc.Arbitrary<{ fillers: string[]; inserted: Inserted[] }> {
  return fc
    .tuple(
      fc.constantFrom(...OPENINGS),
      fc.array(fc.tuple(insertedArb(study), fc.constantFrom(...FILLER)), { minLength: 1, maxLength: 8 }),
      fc.constantFrom(...CLOSINGS),
    )
    .map(([opening, pairs, closing]) => ({
      fillers: [opening, ...pairs.slice(0, -1).map(([, f]) => f), closing],
      inserted: pairs.map(([i]) => i),
    }));
}

const transcriptArb = studyArb.chain((study) =>
  fc.record({ study: fc.constant(study), texts: fc.array(textArb(study), { minLength: 1, maxLength: 4 }) }),
);

/** Lowercase first names and surnames without particles: found, but only as suggestions. */
function lowercasePartArb(p: Person): fc.Arbitrary<Inserted> {
  const pieces = [...p.given.split(/[\s-]+/), p.surname].map(plain);
  return fc
    .constantFrom(p.given.toLowerCase(), p.surname.toLowerCase(), stripAccents(p.given).toLowerCase())
    .map((shown) => ({ shown, pieces }));
}

const withLowercasePartsArb = studyArb.chain((study) => {
  const anyForm = fc.oneof(insertedArb(study), fc.oneof(...study.people.map(lowercasePartArb)));
  const text = fc
    .tuple(
      fc.constantFrom(...OPENINGS),
      fc.array(fc.tuple(anyForm, fc.constantFrom(...FILLER)), { minLength: 1, maxLength: 8 }),
      fc.constantFrom(...CLOSINGS),
    )
    .map(([opening, pairs, closing]) => ({
      fillers: [opening, ...pairs.slice(0, -1).map(([, f]) => f), closing],
      inserted: pairs.map(([i]) => i),
    }));
  return fc.record({ study: fc.constant(study), texts: fc.array(text, { minLength: 1, maxLength: 3 }) });
});

function registryOf(study: Study): IdentifierEntry[] {
  const [respondent, ...others] = study.people;
  const entries: IdentifierEntry[] = [
    ...others.map((p, i): IdentifierEntry => ({ id: `p${i}`, text: fullName(p), kind: 'person' })),
    ...study.places.map((place, i): IdentifierEntry => ({ id: `pl${i}`, text: place, kind: 'place' })),
    ...study.organisations.map((org, i): IdentifierEntry => ({ id: `o${i}`, text: org, kind: 'organisation' })),
  ];
  return registryWithRespondents(
    entries,
    [{ id: 'r1', name: fullName(respondent!), email: 'resp@aalten.nl', phone: '06-11223344' }],
    new Map([['r1', 'BA']]),
  );
}

// ----------------------------------------------------------------- property

/**
 * One replacement as it reads in the text: a title written before the name stays before
 * it ("dhr. [Persoon 1]"), and a possessive after it ("[Persoon 1]'s").
 */
const LABEL = `(?:(?:${TITLES.map(escape).join('|')})\\s+)?(?:\\[[^\\]\\n]+\\]|BA)(?:['’]s)?`;

function phoneSurvives(text: string, digits: string): boolean {
  return new RegExp([...digits].join('[\\s().\\-/]*')).test(text.replace(/\+31|0031/g, ' '));
}

describe('anonymisation property', () => {
  it('the filler never contains a piece of an identifier (precondition of the property)', () => {
    const pieces = [...GIVEN.flatMap((g) => g.split(/[\s-]+/)), ...SURNAMES, ...PLACES, ...ORGANISATIONS].map(plain);
    const labels = [
      '[persoon 1]',
      '[plaats 1]',
      '[organisatie 1]',
      '[naam 1]',
      '[telefoonnummer]',
      '[e-mail]',
      '[postcode]',
      '[website]',
      'ba',
    ];
    for (const filler of [...FILLER, ...OPENINGS, ...CLOSINGS, ...labels]) {
      for (const piece of pieces)
        expect(plain(filler).includes(piece.replace(/^'s-/, '')), `${filler} / ${piece}`).toBe(false);
    }
  });

  it.each([
    ['certain findings', transcriptArb, false],
    ['all findings, with lowercase first names and surname cores', withLowercasePartsArb, true],
  ] as const)(
    'leaves no identifier, in any form, and changes nothing else: accepting %s',
    (_name, arbitrary, acceptAll) => {
      fc.assert(
        fc.property(arbitrary, ({ study, texts }) => {
          const input = texts.map((t, i) => ({
            id: `t${i}`,
            text: t.fillers.map((f, k) => f + (t.inserted[k]?.shown ?? '')).join(''),
          }));
          const findings = findIdentifiers(input, {
            registry: registryOf(study),
            respondent: { id: 'r1', name: fullName(study.people[0]!) },
            replacements: emptyReplacementBook(),
          });
          const decisions = acceptAll ? Object.fromEntries(findings.map((f) => [f.id, 'accept' as const])) : {};
          const output = applyFindings(input, findings, decisions);

          output.forEach((out, i) => {
            const { fillers, inserted } = texts[i]!;
            // Exactly the filler, with one replacement label where each identifier was.
            const shape = new RegExp(`^${fillers.map(escape).join(LABEL)}$`, 'u');
            expect(out.text, `${input[i]!.text}\n→ ${out.text}`).toMatch(shape);

            const flat = plain(out.text).replace(/\s+/g, ' ');
            for (const item of inserted) {
              for (const piece of item.pieces)
                expect(flat.includes(piece.replace(/\s+/g, ' ').replace(/^'s-/, '')), `${piece} in ${out.text}`).toBe(
                  false,
                );
              if (item.phoneDigits) expect(phoneSurvives(out.text, item.phoneDigits), out.text).toBe(false);
            }
            expect(out.text).not.toMatch(/@/);
            expect(out.text).not.toMatch(/[1-9]\d{3} ?[A-Za-z]{2}(?![A-Za-z])/);
            expect(out.text).not.toMatch(/\d{6,}/);
          });
        }),
        { numRuns: 300 },
      );
    },
  );
});

// ------------------------------------------------- through the whole export

/** The generated texts as the turns of a held interview with the first person as respondent. */
function heldInterview(study: Study, texts: string[]): InterviewForExport {
  const respondent = study.people[0]!;
  const at = Date.UTC(2017, 3, 3, 8);
  return {
    interview: {
      id: 'i1',
      studyId: exampleStudy.id,
      respondentId: 'r1',
      guide: { topicListId: 'tl-beleid', topicListTitle: '', sections: [] },
      status: 'ended',
      startedAt: at,
      endedAt: at + 45 * 60_000,
      pauses: [],
      askedByHand: [],
      notAskedByHand: [],
      turnOrder: texts.map((_, i) => `t${i}`),
      createdAt: at,
      updatedAt: at,
    },
    turns: texts.map((text, i) => ({
      id: `t${i}`,
      speaker: i % 2 ? 'respondent' : 'interviewer',
      text,
      startedAt: at,
    })),
    respondent: {
      id: 'r1',
      studyId: exampleStudy.id,
      name: fullName(respondent),
      typeId: 'beleidsmedewerker',
      organisation: 'Aalten',
      function: '',
      email: 'resp@aalten.nl',
      phone: '06-11223344',
      notes: '',
      createdAt: 1,
      updatedAt: 1,
    },
    code: 'BA',
  };
}

describe('anonymisation property, through the exported .docx', () => {
  it('no identifier reaches the Word file: text, header, properties', async () => {
    await fc.assert(
      fc.asyncProperty(transcriptArb, async ({ study, texts }) => {
        const item = heldInterview(
          study,
          texts.map((t) => t.fillers.map((f, k) => f + (t.inserted[k]?.shown ?? '')).join('')),
        );
        const identifiers = registryOf(study).filter((entry) => entry.respondentId === undefined);
        const withList = { ...exampleStudy, identifiers };
        const codes = new Map([['r1', 'BA']]);
        const findings = findExportIdentifiers(withList, [item.respondent], codes, [item], emptyReplacementBook());
        const [file] = await exportFiles(withList, [item], { anonymised: true, findings, now: 0, timeZone: 'UTC' });
        expect(file!.name).toBe('BA_2017-04-03.docx');
        const docx = readDocx(file!.bytes);
        const body = plain(docx.text).replace(/\s+/g, ' ');
        const title = plain(/<dc:title>([^<]*)<\/dc:title>/.exec(docx.coreXml)?.[1] ?? '');
        expect(title).toBe('transcript ba 2017-04-03');
        expect(docx.coreXml).not.toMatch(/creator|lastModifiedBy|<cp:keywords|<dc:subject|<dc:description/);
        expect(docx.appXml).toMatch(/<Properties[^>]*><Application>Veldwerk<\/Application><\/Properties>$/);
        expect(docx.paragraphs[0]!.text).toBe('Naam respondent: BA');
        for (const { inserted } of texts) {
          for (const item of inserted) {
            for (const piece of item.pieces)
              expect(body.includes(piece.replace(/\s+/g, ' ').replace(/^'s-/, '')), `${piece} in ${docx.text}`).toBe(
                false,
              );
            if (item.phoneDigits) expect(phoneSurvives(docx.text, item.phoneDigits), docx.text).toBe(false);
          }
        }
        expect(docx.text).not.toMatch(/@/);
        expect(body).not.toContain(plain(fullName(study.people[0]!)));
      }),
      { numRuns: 60 },
    );
  });
});

// ------------------------- surnames that are also words, nobody registered

/** Surnames that are Dutch words too; the filler below uses every one of them in lowercase. */
const WORD_SURNAMES = [
  { particles: 'de', surname: 'Boer' },
  { particles: 'de', surname: 'Wit' },
  { particles: 'de', surname: 'Jong' },
  { particles: 'de', surname: 'Haan' },
  { particles: '', surname: 'Visser' },
  { particles: '', surname: 'Bakker' },
  { particles: '', surname: 'Smit' },
  { particles: '', surname: 'Mulder' },
  { particles: '', surname: 'Groen' },
  { particles: '', surname: 'Koster' },
  { particles: '', surname: 'Schouten' },
  { particles: '', surname: 'Kok' },
  { particles: '', surname: 'Vos' },
  { particles: '', surname: 'Klein Gunnewiek' },
];
const WORD_GIVEN = ['Kees', 'Anja', 'Bart', 'Marloes', 'Henk', 'Fatima', 'Gert-Jan', 'Ingrid'];
const WORD_TITLES = ['mevrouw', 'meneer', 'Mevrouw', 'dhr.', 'mw.', 'wethouder', 'collega', 'burgemeester', 'juf'];
const WORDS_IN_LOWERCASE =
  'De boer en de bakker, de visser, de smit, de mulder, de koster en de kok kwamen; de haan kraaide, het was wit, ' +
  'groen en klein, de vos was jong, en de schouten van vroeger waren er niet meer. ';
const WORD_FILLER = [
  ' overlegde met ',
  ', want de boer zei dat ',
  '. Toen belde ',
  ' met de bakker over ',
  ', maar ',
  ' (een visser) en ',
  '\n- ',
  ': "',
  '" en ',
  ' — zei ',
];

interface WordPerson {
  given: string;
  particles: string;
  surname: string;
}

/** The forms the issue names: a first name, a title or function, initials, or a capitalised particle before the word. */
function wordPersonFormArb(p: WordPerson): fc.Arbitrary<string> {
  const surname = [p.particles, p.surname].filter(Boolean).join(' ');
  const forms: fc.Arbitrary<string>[] = [
    fc.constant(`${p.given} ${surname}`),
    fc.constantFrom(...WORD_TITLES).map((title) => `${title} ${surname}`),
    fc.constant(`${p.given.charAt(0)}. ${surname}`),
    fc.constant(p.given),
  ];
  if (p.particles) forms.push(fc.constant(capitalise(surname)));
  return fc.oneof(...forms);
}

const wordStudyArb = fc
  .uniqueArray(fc.record({ given: fc.constantFrom(...WORD_GIVEN), name: fc.constantFrom(...WORD_SURNAMES) }), {
    minLength: 1,
    maxLength: 4,
    selector: (p) => p.name.surname,
  })
  .map((people) => people.map(({ given, name }): WordPerson => ({ given, ...name })))
  .filter((people) => new Set(people.map((p) => p.given)).size === people.length);

const wordTranscriptArb = wordStudyArb.chain((people) =>
  fc.record({
    people: fc.constant(people),
    texts: fc.array(
      fc
        .array(fc.tuple(fc.oneof(...people.map(wordPersonFormArb)), fc.constantFrom(...WORD_FILLER)), {
          minLength: 1,
          maxLength: 6,
        })
        .map((pairs) => WORDS_IN_LOWERCASE + pairs.map(([form, filler]) => form + filler).join('') + 'dat was het.'),
      { minLength: 1, maxLength: 3 },
    ),
  }),
);

describe('anonymisation property: surnames that are also words, through the export', () => {
  it('leaves none of them in the Word file once the suggestions are accepted', async () => {
    await fc.assert(
      fc.asyncProperty(wordTranscriptArb, async ({ people, texts }) => {
        const item = heldInterview(
          { people: [{ given: 'Els', particles: '', surname: 'Hoekstra' }], places: [], organisations: [] },
          texts,
        );
        const study = { ...exampleStudy, identifiers: [] };
        const codes = new Map([['r1', 'BA']]);
        const findings = findExportIdentifiers(study, [item.respondent], codes, [item], emptyReplacementBook());
        // The researcher accepts every suggestion, as "all suggested persons" does.
        const decisions = Object.fromEntries(findings.map((f) => [f.id, 'accept' as const]));
        const [file] = await exportFiles(study, [item], {
          anonymised: true,
          findings,
          decisions,
          now: 0,
          timeZone: 'UTC',
        });
        const { text } = readDocx(file!.bytes);
        for (const person of people) {
          // Capitalised, the word is the name; in lowercase it is the word, which stays.
          for (const word of [...person.surname.split(' '), ...person.given.split('-')])
            expect(text, `${word} in ${text}`).not.toMatch(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'));
        }
        // The words themselves stay.
        expect(text).toContain('boer en de bakker, de visser');
      }),
      { numRuns: 120 },
    );
  });
});
