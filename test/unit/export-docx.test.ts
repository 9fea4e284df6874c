/**
 * Exported .docx files read back from their XML: what the researcher reads (header,
 * note, bold speaker labels, line breaks, page numbers), what Word uses (language) and
 * what must not be there (a name in the file's properties, the "not anonymised" line on
 * an anonymised copy).
 */
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exampleTranscriptFormat } from '../../shared/example/transcript-format';
import { buildTranscriptDocx, transcriptDocumentFrom, type TranscriptDocument } from '../../shared/export';
import type { Speaker } from '../../shared/interview/turn';
import { readDocx } from '../support/docx-reader';

const NAME = 'Bram Aalders';
const TITLE = 'Transcript BA 2017-04-03';

const turns: { speaker: Speaker; text: string }[] = [
  { speaker: 'interviewer', text: 'Kunt u iets vertellen over uw functie?' },
  { speaker: 'respondent', text: '' },
  { speaker: 'respondent', text: 'Ik ben beleidsmedewerker.\nSinds 2012 bij de gemeente.\n\nDaarvoor elders.' },
  { speaker: 'interviewer', text: '   ' },
  { speaker: 'interviewer', text: 'Café “De Zwaan” & <de raad>: één idee?' },
  { speaker: 'respondent', text: 'Geëvalueerd, ja — “prima” & <goed>.' },
];

function transcript(anonymised: boolean, language = 'nl'): TranscriptDocument {
  return transcriptDocumentFrom(
    exampleTranscriptFormat,
    {
      respondent: anonymised ? 'BA' : NAME,
      organisation: 'Aalten',
      respondentType: 'Beleidsmedewerker',
      date: '3 april 2017',
      startTime: '3 april 2017, 10:00',
      duration: '52 minuten',
    },
    turns,
    { language, anonymised, title: TITLE },
  );
}

const build = async (doc: TranscriptDocument) => readDocx(await buildTranscriptDocx(doc));

describe('buildTranscriptDocx', () => {
  it('stamps its parts with a neutral time, not the moment of export', async () => {
    const bytes = await buildTranscriptDocx(transcript(true));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const parts: { name: string; date: number; time: number }[] = [];
    for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
      const nameLength = view.getUint16(at + 26, true);
      const name = strFromU8(bytes.subarray(at + 30, at + 30 + nameLength));
      parts.push({ name, time: view.getUint16(at + 10, true), date: view.getUint16(at + 12, true) });
      at += 30 + nameLength + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
    }
    expect(parts.map((p) => p.name)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    // DOS date and time of 1980-01-01 00:00.
    for (const part of parts) expect([part.name, part.date, part.time]).toEqual([part.name, (1 << 5) | 1, 0]);
  });

  it('writes the header lines, the note and every turn in order', async () => {
    const docx = await build(transcript(true));
    expect(docx.paragraphs.map((p) => p.text)).toEqual([
      'Naam respondent: BA',
      'Werkend bij: gemeente Aalten',
      'Tijd interview: 3 april 2017, 10:00',
      'Tijdsduur interview: 52 minuten',
      'Woorden zoals ‘uh’ zijn weggelaten in het transcript maar de zinsconstructies van de respondenten blijven onaangetast.',
      'Onderzoeker: Kunt u iets vertellen over uw functie?',
      'Respondent: Ik ben beleidsmedewerker.\nSinds 2012 bij de gemeente.\n\nDaarvoor elders.',
      'Onderzoeker: Café “De Zwaan” & <de raad>: één idee?',
      'Respondent: Geëvalueerd, ja — “prima” & <goed>.',
    ]);
  });

  it('sets every speaker label with its colon in bold, and nothing else', async () => {
    const docx = await build(transcript(true));
    expect(docx.boldRuns).toEqual(['Onderzoeker:', 'Respondent:', 'Onderzoeker:', 'Respondent:']);
    for (const p of docx.paragraphs.filter((p) => /^(Onderzoeker|Respondent):/.test(p.text))) {
      expect(p.runs[0]).toEqual({ text: p.text.slice(0, p.text.indexOf(':') + 1), bold: true });
      expect(p.runs.slice(1).every((run) => !run.bold)).toBe(true);
    }
  });

  it('keeps line breaks inside a turn as breaks, not new paragraphs', async () => {
    const docx = await build(transcript(true));
    const answer = docx.paragraphs.find((p) => p.text.startsWith('Respondent: Ik ben'))!;
    expect(answer.text.split('\n')).toHaveLength(4);
    const xml = /<w:p>(?:(?!<\/w:p>).)*Ik ben beleidsmedewerker(?:(?!<\/w:p>).)*<\/w:p>/s.exec(docx.documentXml)![0];
    expect(xml.match(/<w:br\/>/g)).toHaveLength(3);
  });

  it('escapes special characters so they survive as typed', async () => {
    const docx = await build(transcript(true));
    expect(docx.text).toContain('Café “De Zwaan” & <de raad>: één idee?');
    expect(docx.text).toContain('Geëvalueerd, ja — “prima” & <goed>.');
    expect(docx.documentXml).toContain('&amp; &lt;de raad&gt;');
  });

  it('drops characters XML cannot hold instead of writing a file Word refuses', async () => {
    const doc = transcript(true);
    doc.turns = [{ speakerLabel: 'Respondent', text: 'a\u0000b\u000Cc\uD800d\uFFFEe\tf 😀' }];
    const docx = await build(doc);
    expect(docx.paragraphs.at(-1)!.text).toBe('Respondent: abcde\tf 😀');
    expect(docx.documentXml).toContain('<w:tab/>');
  });

  it('puts "Pagina X van Y" page-number fields in the footer', async () => {
    const [footer] = (await build(transcript(true))).footerXmls;
    expect(footer).toBeDefined();
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(footer).toContain('>Pagina </w:t>');
    expect(footer).toContain('> van </w:t>');
    expect((await build(transcript(true))).documentXml).toMatch(/<w:footerReference w:type="default"/);
  });

  it('words the page numbers in English for an English study', async () => {
    const [footer] = (await build(transcript(true, 'en'))).footerXmls;
    expect(footer).toContain('>Page </w:t>');
    expect(footer).toContain('> of </w:t>');
  });

  it("sets the document's language in the default run properties, for Word's spelling check", async () => {
    const nl = await build(transcript(true));
    const defaults = /<w:rPrDefault>(.*?)<\/w:rPrDefault>/s.exec(nl.stylesXml)![1];
    expect(defaults).toContain('<w:lang w:val="nl-NL"/>');
    expect(defaults).toMatch(/<w:rFonts w:ascii="Calibri"/);
    expect(defaults).toContain('<w:sz w:val="22"/>');
    expect(nl.coreXml).toContain('<dc:language>nl-NL</dc:language>');
    const en = await build(transcript(true, 'en-US'));
    expect(en.stylesXml).toContain('<w:lang w:val="en-US"/>');
  });

  it('opens with the "not anonymised" line only when not anonymised', async () => {
    const anonymised = await build(transcript(true));
    expect(anonymised.text).not.toMatch(/geanonimiseerd/i);
    const own = await build(transcript(false));
    expect(own.paragraphs[0]).toEqual({
      text: 'Niet geanonimiseerd – alleen voor eigen archief',
      runs: [{ text: 'Niet geanonimiseerd – alleen voor eigen archief', bold: true }],
    });
    expect(own.paragraphs[1]!.text).toBe(`Naam respondent: ${NAME}`);
  });

  it('carries no name in its metadata: no creator, no last modified by, a neutral title', async () => {
    const docx = await build(transcript(false));
    expect(docx.coreXml).not.toMatch(/<dc:creator|<cp:lastModifiedBy|<dc:subject|<dc:description|<cp:keywords/);
    expect(/<dc:title>(.*?)<\/dc:title>/.exec(docx.coreXml)?.[1]).toBe(TITLE);
    expect(docx.appXml).not.toMatch(/<Company|<Manager|<Template/);
    expect(docx.appXml).toContain('<Application>Veldwerk</Application>');
    // The library's default author, and the respondent's name, appear nowhere but in the text itself.
    for (const [path, bytes] of Object.entries(docx.files)) {
      const xml = strFromU8(bytes);
      expect(xml, path).not.toContain('Un-named');
      if (path !== 'word/document.xml') expect(xml, path).not.toContain(NAME);
    }
  });

  it('still declares the package parts it overrides, so Word finds them', async () => {
    const docx = await build(transcript(true));
    const types = strFromU8(docx.files['[Content_Types].xml']!);
    expect(types).toContain('PartName="/docProps/core.xml"');
    expect(types).toContain('PartName="/docProps/app.xml"');
    expect(strFromU8(docx.files['_rels/.rels']!)).toContain('Target="docProps/core.xml"');
  });

  it('builds a 30,000-word, 1,000-turn transcript and reads every turn back', async () => {
    const words = [
      'gemeente',
      'beleid',
      'samenwerking',
      'inwoners',
      'jeugdzorg',
      'wethouder',
      'eigenlijk',
      'dat',
      'we',
      'hebben',
      'ook',
      'één',
      'geëvalueerd',
    ];
    const big: { speaker: Speaker; text: string }[] = Array.from({ length: 1000 }, (_, i) => ({
      speaker: i % 2 === 0 ? 'interviewer' : 'respondent',
      text:
        Array.from({ length: 30 }, (_, w) => words[(i * 7 + w * 3) % words.length]).join(' ') +
        (i % 10 === 0 ? `\nregel ${i}` : ''),
    }));
    const doc = transcriptDocumentFrom(
      exampleTranscriptFormat,
      { respondent: 'BA', organisation: 'Aalten', respondentType: '', date: '', startTime: '10:00', duration: '2 uur' },
      big,
      { language: 'nl', anonymised: true, title: TITLE },
    );
    const docx = await build(doc);
    const turnParagraphs = docx.paragraphs.filter((p) => p.runs[0]?.bold);
    expect(turnParagraphs).toHaveLength(1000);
    turnParagraphs.forEach((p, i) =>
      expect(p.text).toBe(`${i % 2 === 0 ? 'Onderzoeker' : 'Respondent'}: ${big[i]!.text}`),
    );
    const wordCount = turnParagraphs.reduce((n, p) => n + p.text.split(/\s+/).length - 1, 0);
    expect(wordCount).toBeGreaterThanOrEqual(30_000);
  });
});
