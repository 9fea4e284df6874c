/** Type-ahead in the code picker, codes made while coding, marked spans, automatic codings and the quotes .docx. */
import { describe, expect, it } from 'vitest';
import { speakerCodeId } from '../../shared/coding/automatic';
import { codedStretches } from '../../shared/coding/marks';
import { flattenCodes } from '../../shared/coding/matrix';
import { withNewCode } from '../../shared/coding/new-code';
import { hasCodeNamed, matchCodes } from '../../shared/coding/pick';
import { quoteExportItems, type Quote } from '../../shared/coding/quotes';
import { withAutomaticCodings } from '../../shared/coding/with-automatic';
import { exampleStudy } from '../../shared/example/study';
import { emptyReplacementBook } from '../../shared/anonymise/replacements';
import { buildQuotesDocx } from '../../shared/export/docx-quotes';
import { findExportIdentifiers } from '../../shared/export/find-in-interviews';
import type { Interview } from '../../shared/interview/interview';
import type { Respondent } from '../../shared/respondents/schema';
import { readDocx } from '../support/docx-reader';

const codes = flattenCodes([
  {
    id: 'a',
    name: 'Ondersteunende leeromgeving',
    children: [
      { id: 'b', name: 'Openheid voor nieuwe ideeën', children: [] },
      { id: 'c', name: 'Psychologische veiligheid', children: [] },
    ],
  },
  { id: 'd', name: 'Nieuwe ideeën elders', children: [] },
]);

describe('type-ahead in the code picker', () => {
  it('finds names by their start first, then inside, then by a parent, ignoring accents and case', () => {
    expect(matchCodes(codes, 'IDEEEN').map((c) => c.id)).toEqual(['b', 'd']);
    expect(matchCodes(codes, 'nieuwe').map((c) => c.id)).toEqual(['d', 'b']);
    expect(matchCodes(codes, 'leeromg').map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(matchCodes(codes, '').map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('knows a name that is already a code, however it is spelled', () => {
    expect(hasCodeNamed(codes, '  psychologische   VEILIGHEID ')).toBe(true);
    expect(hasCodeNamed(codes, 'Veiligheid')).toBe(false);
  });
});

describe('a code made while coding', () => {
  it('joins the first code tree at the top, and a name it already has gives that code back', () => {
    const made = withNewCode(exampleStudy, '  Lerende   regio ', { code: 'n1', tree: 't1' }, 'Codes');
    expect(made.added).toBe(true);
    expect(made.study.codeTrees[0]!.nodes.at(-1)).toEqual({ id: 'n1', name: 'Lerende regio', children: [] });
    expect(made.study.codeTrees.slice(1)).toEqual(exampleStudy.codeTrees.slice(1));
    const again = withNewCode(made.study, 'lerende regio', { code: 'n2', tree: 't2' }, 'Codes');
    expect(again).toMatchObject({ added: false, codeId: 'n1' });
  });

  it('starts a code tree when the study has none', () => {
    const made = withNewCode({ ...exampleStudy, codeTrees: [] }, 'Regie', { code: 'n1', tree: 't1' }, 'Codes');
    expect(made.study.codeTrees).toEqual([
      { id: 't1', title: 'Codes', nodes: [{ id: 'n1', name: 'Regie', children: [] }] },
    ]);
  });
});

describe('coded words marked in the text', () => {
  it('joins overlapping spans and cuts spans past the end', () => {
    expect(
      codedStretches('Wij leren samen 😀', [
        { start: 4, end: 9 },
        { start: 7, end: 15 },
        { start: 16, end: 40 },
      ]),
    ).toEqual([
      { text: 'Wij ', coded: false },
      { text: 'leren samen', coded: true },
      { text: ' ', coded: false },
      { text: '😀', coded: true },
    ]);
  });
});

describe('automatic codings alongside the stored ones', () => {
  const interview = {
    id: 'i1',
    studyId: 's',
    guide: { topicListId: 'x', topicListTitle: 'x', sections: [] },
  } as unknown as Interview;
  const turns = [{ id: 't1', interviewId: 'i1', speaker: 'respondent' as const, text: 'Ja', startedAt: 1 }];

  it('adds a whole-turn coding per automatic code of a shown family, none when no family is shown', () => {
    const all = withAutomaticCodings([], [interview], turns, ['speaker']);
    expect(all.map((c) => [c.turnId, c.codeId, c.span.kind])).toEqual([['t1', speakerCodeId('respondent'), 'turn']]);
    expect(withAutomaticCodings([], [interview], turns, [])).toEqual([]);
  });
});

describe('the quotes as a Word file', () => {
  const respondent: Respondent = {
    id: 'r1',
    studyId: exampleStudy.id,
    name: 'Piet Jansen',
    typeId: 'beleidsmedewerker',
    organisation: 'Aalten',
    function: '',
    email: '',
    phone: '',
    notes: '',
    createdAt: 1,
    updatedAt: 1,
  };
  const interview = { id: 'i1', turnOrder: ['t1'] } as unknown as Interview;
  const quote: Quote = {
    codingId: 'c1',
    interviewId: 'i1',
    turnId: 't1',
    respondentCode: 'BA',
    speaker: 'respondent',
    text: 'In Aalten durven we “fouten” te maken 😀',
  };
  const items = quoteExportItems([quote], new Map([['i1', { interview, respondent, code: 'BA' }]]));

  it('is searched as one text per quote', () => {
    expect(items[0]!.turns.map((t) => t.text)).toEqual([quote.text]);
  });

  it('writes each quote after its respondent code, with the reviewed replacements applied', async () => {
    // The export's own search finds the municipality, as the review shows it.
    const findings = findExportIdentifiers(
      exampleStudy,
      [respondent],
      new Map([['r1', 'BA']]),
      items,
      emptyReplacementBook(),
    );
    expect(findings.map((f) => f.match)).toContain('Aalten');
    const file = await buildQuotesDocx(items, {
      title: 'Psychologische veiligheid — Aalten',
      studyLanguage: 'nl',
      anonymised: true,
      findings,
    });
    expect(file.name).toBe('Citaten_Psychologische-veiligheid-Aalten.docx');
    const docx = readDocx(file.bytes);
    expect(docx.paragraphs.map((p) => p.text)).toEqual([
      'Psychologische veiligheid — Aalten',
      '[BA] In [A] durven we “fouten” te maken 😀',
    ]);
    expect(docx.boldRuns).toContain('[BA] ');
  });

  it('says so when not anonymised', async () => {
    const file = await buildQuotesDocx(items, { title: 'X', studyLanguage: 'nl', anonymised: false });
    expect(readDocx(file.bytes).paragraphs[0]!.text).toMatch(/Niet geanonimiseerd/);
  });
});
