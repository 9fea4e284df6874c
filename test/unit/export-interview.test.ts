/**
 * Held interviews exported end to end, as the app does it: search the interview with
 * the study's identifier list and its respondents, review (reject one, accept a
 * suggestion), apply, build the .docx and read every part of it back.
 */
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  addIdentifier,
  decide,
  keepDecisions,
  emptyReplacementBook,
  recordReplacements,
  replacementBookSchema,
  type Decisions,
} from '../../shared/anonymise';
import { exampleStudy } from '../../shared/example/study';
import {
  exportFiles,
  findExportIdentifiers,
  findExportIdentifiersInSteps,
  formatStartTime,
  interviewTexts,
  transcriptDocumentOf,
  transcriptsZipName,
  turnsInOrder,
  zipFiles,
  type InterviewForExport,
} from '../../shared/export';
import type { Interview } from '../../shared/interview/interview';
import type { Turn } from '../../shared/interview/turn';
import type { Respondent } from '../../shared/respondents/schema';
import { deriveCodes } from '../../shared/respondents/code-scheme';
import { studyIdentifiers, studySchema, type Study } from '../../shared/study/schema';
import { readDocx } from '../support/docx-reader';
import { unzipSync } from 'fflate';

const START = Date.UTC(2017, 3, 3, 8, 0); // 10:00 in Amsterdam
const study: Study = {
  ...exampleStudy,
  identifiers: [
    { id: 'karin', text: 'Karin de Vries', kind: 'person' },
    { id: 'zorg', text: 'Stichting Zorgpunt', kind: 'organisation' },
  ],
};

function respondent(id: string, name: string, typeId: string, extra: Partial<Respondent> = {}): Respondent {
  return {
    id,
    studyId: study.id,
    name,
    typeId,
    organisation: 'Aalten',
    function: '',
    email: '',
    phone: '',
    notes: '',
    createdAt: id === 'r1' ? 1 : 2,
    updatedAt: 1,
    ...extra,
  };
}

const piet = respondent('r1', 'Piet Jansen', 'beleidsmedewerker', {
  email: 'p.jansen@aalten.nl',
  phone: '06-12345678',
});
const manager = respondent('r2', 'Anja Bakker', 'manager');
const respondents = [piet, manager];
const codes = deriveCodes(study, respondents);

function interview(id: string, who: Respondent, texts: [Turn['speaker'], string][]): InterviewForExport {
  const turns: Turn[] = texts.map(([speaker, text], i) => ({ id: `${id}-t${i}`, speaker, text, startedAt: START + i }));
  const held: Interview = {
    id,
    studyId: study.id,
    respondentId: who.id,
    guide: { topicListId: 'tl-beleid', topicListTitle: 'Topiclijst', sections: [] },
    status: 'ended',
    startedAt: START,
    endedAt: START + 52 * 60_000,
    pauses: [],
    askedByHand: [],
    notAskedByHand: [],
    // Stored out of order on purpose: the turn order decides.
    turnOrder: [...turns.map((t) => t.id)],
    createdAt: START,
    updatedAt: START,
  };
  return { interview: held, turns: [...turns].reverse(), respondent: who, code: codes.get(who.id)! };
}

const first = interview('i1', piet, [
  ['interviewer', 'Goedemorgen meneer Jansen, fijn dat u er bent.'],
  ['respondent', 'Graag. Ik werk nauw samen met Karin de Vries van Stichting Zorgpunt.'],
  ['respondent', 'Mail me op p.jansen@aalten.nl of bel 06-12345678, of kijk op www.zorgpunt.nl.'],
  ['respondent', 'Mevrouw De Vries en Henk Willemsen zitten in het team. Karin’s idee was goed.'],
  ['respondent', 'Het kantoor zit op 7121 AB in Aalten.'],
]);
const second = interview('i2', manager, [
  ['interviewer', 'Kent u Karin de Vries?'],
  ['respondent', 'Ja, en ook Piet Jansen natuurlijk. Bel mevr. Bakker maar, 0543-123456.'],
]);

describe('exporting held interviews', () => {
  it('finds the respondent, the list, patterns and name suggestions, and reviews them', () => {
    const findings = findExportIdentifiers(study, respondents, codes, [first], emptyReplacementBook());
    const byMatch = (m: string) => findings.find((f) => f.match === m);
    // "meneer" stays in the text; the code after it goes in brackets.
    expect(byMatch('Jansen')).toMatchObject({ kind: 'respondent', replacement: '[BA]', certain: true });
    expect(byMatch('Karin de Vries')).toMatchObject({ kind: 'registered', replacement: '[Persoon 1]', certain: true });
    expect(byMatch('Stichting Zorgpunt')).toMatchObject({ replacement: '[Organisatie 1]' });
    expect(byMatch('p.jansen@aalten.nl')).toMatchObject({ replacement: '[e-mail]', certain: true });
    expect(byMatch('06-12345678')).toMatchObject({ replacement: '[telefoonnummer]' });
    expect(byMatch('www.zorgpunt.nl')).toMatchObject({ kind: 'url' });
    expect(byMatch('De Vries')).toMatchObject({ replacement: '[Persoon 1]' });
    // The possessive stays after the replacement.
    expect(byMatch('Karin’s')).toMatchObject({ replacement: '[Persoon 1]’s' });
    expect(byMatch('7121 AB')).toMatchObject({ kind: 'postcode' });
    // A name nobody put on the list is suggested, and not replaced unless accepted.
    expect(byMatch('Henk Willemsen')).toMatchObject({ kind: 'nameLike', certain: false });
    // The header's organisation is searched too: "Aalten" is only a suggestion here.
    expect(findings.every((f) => f.textId.startsWith('i1/'))).toBe(true);
  });

  it('writes an anonymised .docx with the reviewed replacements and no identifier anywhere', async () => {
    let findings = findExportIdentifiers(study, respondents, codes, [first], emptyReplacementBook());
    let decisions: Decisions = {};
    decisions = decide(
      decisions,
      findings.find((f) => f.match === 'Henk Willemsen')!,
      true,
    );
    // The researcher keeps the web address: rejected, so it stays.
    decisions = decide(
      decisions,
      findings.find((f) => f.kind === 'url')!,
      false,
    );
    // …and adds the municipality by hand in the review: it is then found everywhere, the header too.
    const added = addIdentifier(studyIdentifiers(study), { text: 'aalten', kind: 'place' }, 'aalten');
    if (!added.ok) throw new Error('not added');
    const withAalten = { ...study, identifiers: added.entries };
    findings = findExportIdentifiers(withAalten, respondents, codes, [first], emptyReplacementBook());
    decisions = keepDecisions(decisions, findings);
    expect(Object.keys(decisions)).toHaveLength(2);

    const [file] = await exportFiles(withAalten, [first], {
      anonymised: true,
      findings,
      decisions,
      now: START,
      timeZone: 'Europe/Amsterdam',
    });
    expect(file!.name).toBe('BA_2017-04-03.docx');
    const docx = readDocx(file!.bytes);
    expect(docx.paragraphs.slice(0, 4).map((p) => p.text)).toEqual([
      'Naam respondent: BA',
      'Werkend bij: gemeente [Plaats 1]',
      'Tijd interview: 3 april 2017, 10:00',
      'Tijdsduur interview: 52 minuten',
    ]);
    expect(docx.text).toContain('Woorden zoals ‘uh’ zijn weggelaten');
    expect(docx.paragraphs.slice(5).map((p) => p.text)).toEqual([
      'Onderzoeker: Goedemorgen meneer [BA], fijn dat u er bent.',
      'Respondent: Graag. Ik werk nauw samen met [Persoon 1] van [Organisatie 1].',
      'Respondent: Mail me op [e-mail] of bel [telefoonnummer], of kijk op www.zorgpunt.nl.',
      'Respondent: Mevrouw [Persoon 1] en [Persoon 2] zitten in het team. [Persoon 1]’s idee was goed.',
      'Respondent: Het kantoor zit op [postcode] in [Plaats 1].',
    ]);
    expect(docx.boldRuns).toEqual(['Onderzoeker:', 'Respondent:', 'Respondent:', 'Respondent:', 'Respondent:']);
    expect(docx.stylesXml).toContain('w:val="nl-NL"');
    for (const part of [docx.documentXml, docx.coreXml, docx.appXml, ...docx.footerXmls]) {
      for (const identifier of [
        'Piet',
        'Jansen',
        'Karin',
        'Vries',
        'Willemsen',
        'Aalten',
        '12345678',
        '@',
        '7121',
        'Zorgpunt ',
      ])
        expect(part).not.toContain(identifier);
    }
    expect(docx.coreXml).toContain('<dc:title>Transcript BA 2017-04-03</dc:title>');
    expect(docx.coreXml).not.toMatch(/creator|lastModifiedBy/);
    expect(docx.text).not.toContain('Niet geanonimiseerd');
  });

  it('names the municipalities of the study by their abbreviation, in the header and the turns, without being asked', async () => {
    const held = interview('i3', piet, [
      ['interviewer', 'Hoe werkt Aalten samen met Oost Gelre en Winterswijk?'],
      ['respondent', 'Met gemeente Zutphen niet; de gemeente Aalten’s aanpak is anders.'],
    ]);
    const zutphen = { ...held, respondent: { ...piet, organisation: 'Gemeente Zutphen' } };
    const all = [piet, manager, zutphen.respondent];
    const findings = findExportIdentifiers(study, all, codes, [held], emptyReplacementBook());
    expect(findings.filter((f) => f.certain).map((f) => [f.match, f.replacement])).toEqual(
      expect.arrayContaining([
        ['Aalten', '[A]'],
        ['Oost Gelre', '[O]'],
        ['Winterswijk', '[W]'],
      ]),
    );
    const [file] = await exportFiles(study, [held], {
      anonymised: true,
      findings,
      decisions: {},
      now: START,
      timeZone: 'Europe/Amsterdam',
    });
    const docx = readDocx(file!.bytes);
    expect(docx.paragraphs[1]!.text).toBe('Werkend bij: gemeente [A]');
    expect(docx.text).toContain('Hoe werkt [A] samen met [O] en [W]?');
    for (const name of ['Aalten', 'Gelre', 'Winterswijk']) expect(docx.documentXml).not.toContain(name);

    // An organisation outside the study's list, where a respondent works, is numbered.
    const other = findExportIdentifiers(study, all, codes, [zutphen], emptyReplacementBook());
    expect(other.find((f) => f.match === 'Gemeente Zutphen')).toMatchObject({
      certain: true,
      replacement: '[Organisatie 1]',
    });
  });

  it('keeps one label per person across interviews and exports, through the stored book', async () => {
    const book = emptyReplacementBook();
    const both = findExportIdentifiers(study, respondents, codes, [first, second], book);
    const karin = both.filter((f) => f.entryId === 'karin').map((f) => f.replacement.replace(/’s$/, ''));
    expect(new Set(karin)).toEqual(new Set(['[Persoon 1]']));
    // Another respondent of the study is named by code in someone else's transcript.
    expect(both.find((f) => f.textId.startsWith('i2/') && f.match === 'Piet Jansen')?.replacement).toBe('BA');
    expect(both.find((f) => f.match === 'Bakker')?.replacement).toBe('[MA]');

    // The book is stored (as JSON) after the first export; a later export of the second alone agrees.
    const stored = replacementBookSchema.parse(JSON.parse(JSON.stringify(recordReplacements(book, both))));
    const later = findExportIdentifiers(study, respondents, codes, [second], stored);
    expect(later.find((f) => f.entryId === 'karin')?.replacement).toBe('[Persoon 1]');
    const [file] = await exportFiles(study, [second], { anonymised: true, findings: later, now: START });
    expect(readDocx(file!.bytes).text).toContain('Onderzoeker: Kent u [Persoon 1]?');

    // Both interviews in one export: each document takes its own findings from the shared review.
    const files = await exportFiles(study, [first, second], { anonymised: true, findings: both, now: START });
    expect(files.map((f) => f.name)).toEqual(['BA_2017-04-03.docx', 'MA_2017-04-03.docx']);
    expect(readDocx(files[0]!.bytes).text).toContain('Graag. Ik werk nauw samen met [Persoon 1]');
    expect(readDocx(files[1]!.bytes).text).toContain(
      'Respondent: Ja, en ook BA natuurlijk. Bel mevr. [MA] maar, [telefoonnummer].',
    );
  });

  it('finds interview by interview, from a copy as a worker receives it, what one search over all finds', async () => {
    const book = recordReplacements(
      emptyReplacementBook(),
      findExportIdentifiers(study, respondents, codes, [second], emptyReplacementBook()),
    );
    const steps: [number, number][] = [];
    // A worker gets its input through structured cloning: the codes' Map, the study and the turns must survive it.
    const copy = structuredClone({ study, respondents, codes, items: [first, second], book });
    const found = await findExportIdentifiersInSteps(
      copy.study,
      copy.respondents,
      copy.codes,
      copy.items,
      copy.book,
      (done, total) => {
        steps.push([done, total]);
      },
    );
    expect(found).toEqual(findExportIdentifiers(study, respondents, codes, [first, second], book));
    expect(found.some((f) => f.textId.startsWith('i2/') && f.replacement === 'BA')).toBe(true);
    expect(steps).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('exports identified copies labelled as such, and zips several with unique names', async () => {
    const files = await exportFiles(study, [first, second], {
      anonymised: false,
      now: START,
      timeZone: 'Europe/Amsterdam',
    });
    expect(files.map((f) => f.name)).toEqual([
      'BA_2017-04-03_niet-geanonimiseerd.docx',
      'MA_2017-04-03_niet-geanonimiseerd.docx',
    ]);
    const docx = readDocx(files[0]!.bytes);
    expect(docx.paragraphs[0]!.text).toBe('Niet geanonimiseerd – alleen voor eigen archief');
    expect(docx.paragraphs[1]!.text).toBe('Naam respondent: Piet Jansen');
    expect(docx.text).toContain('Karin de Vries');
    // Even an identified copy has no author in its properties.
    expect(docx.coreXml).not.toContain('Piet');

    const zip = unzipSync(zipFiles(files));
    expect(Object.keys(zip)).toEqual(files.map((f) => f.name));
    expect(strFromU8(zip['MA_2017-04-03_niet-geanonimiseerd.docx']!).length).toBeGreaterThan(0);
    expect(readDocx(zip['MA_2017-04-03_niet-geanonimiseerd.docx']!).text).toContain('Anja Bakker');
    expect(transcriptsZipName(START, false)).toBe('transcripten_2017-04-03_niet-geanonimiseerd.zip');
    expect(transcriptsZipName(START, true)).toBe('transcripten_2017-04-03.zip');
  });

  it('reads turns in the interview order and writes the header of a running interview', () => {
    expect(turnsInOrder(first.interview, first.turns).map((t) => t.id)).toEqual(first.interview.turnOrder);
    expect(interviewTexts(first)[0]).toEqual({ id: 'i1/organisation', text: 'Aalten' });
    const running = { ...first, interview: { ...first.interview, status: 'running' as const, endedAt: undefined } };
    const { document } = transcriptDocumentOf(study, running, { anonymised: false, now: START + 61 * 60_000 });
    expect(document.headerLines[3]).toEqual({ label: 'Tijdsduur interview:', value: '1 uur en 1 minuut' });
    expect(formatStartTime(START, 'nl', 'Europe/Amsterdam')).toBe('3 april 2017, 10:00');
  });

  it('writes the date and respondent type lines, dates in the document’s region', () => {
    const english = {
      ...study,
      language: 'en',
      transcriptFormat: {
        ...study.transcriptFormat,
        headerFields: [
          { key: 'date' as const, label: 'Date:' },
          { key: 'respondentType' as const, label: 'Role:' },
          { key: 'startTime' as const, label: 'Time:' },
        ],
      },
    };
    const { document } = transcriptDocumentOf(english, first, {
      anonymised: true,
      now: START,
      timeZone: 'Europe/Amsterdam',
    });
    expect(document.headerLines).toEqual([
      { label: 'Date:', value: '3 April 2017' },
      { label: 'Role:', value: study.respondentTypes.find((t) => t.id === first.respondent.typeId)!.name },
      { label: 'Time:', value: '3 April 2017, 10:00' },
    ]);
  });

  it('reads a study saved before the identifier list existed', () => {
    const { identifiers: _dropped, ...old } = exampleStudy;
    const parsed = studySchema.parse(old);
    expect(parsed.identifiers).toBeUndefined();
    expect(findExportIdentifiers(parsed, respondents, codes, [second], emptyReplacementBook()).length).toBeGreaterThan(
      0,
    );
  });
});
