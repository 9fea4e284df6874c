/**
 * Lays a TranscriptDocument out as a Word file: the header lines, the note, then each
 * turn as one paragraph "Onderzoeker: …" with the label in bold, page numbers in the
 * footer and the document's language set for Word's spelling check. Runs in the renderer
 * (which makes the bytes) and in Node tests, so it uses Packer.pack(…, 'uint8array'):
 * toBuffer needs Node's Buffer and toBlob a browser, a Uint8Array works in both.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, Tab, TextRun } from 'docx';
import { appProperties, coreProperties } from './docx-properties';
import { exportWording } from './language';
import { withNeutralTimes } from './zip';
import type { TranscriptDocument } from './transcript-document';
import { xmlSafe } from './xml-text';

/** Calibri 11 pt (sizes are in half points) reads well on screen and in print. */
const FONT = 'Calibri';
const FONT_SIZE = 22;
/** Spacing in twentieths of a point: 6 pt after a paragraph, a blank line after a block. */
const AFTER_PARAGRAPH = 120;
const AFTER_BLOCK = 240;

/** A line's text with its tabs as real tab elements (a tab inside w:t is not laid out as one). */
function lineChildren(line: string): (string | Tab)[] {
  const parts = line.split('\t');
  return parts.flatMap((part, index) => (index === 0 ? [part] : [new Tab(), part])).filter((part) => part !== '');
}

/** One run per line; every line after the first starts with a break (w:br), not a new paragraph. */
function textRuns(text: string): TextRun[] {
  return xmlSafe(text)
    .split('\n')
    .map((line, index) => new TextRun({ children: lineChildren(line), ...(index > 0 ? { break: 1 } : {}) }));
}

function turnParagraph({ speakerLabel, text, time }: TranscriptDocument['turns'][number]): Paragraph {
  const label = speakerLabel.endsWith(':') ? speakerLabel : `${speakerLabel}:`;
  // The space after the colon goes in the plain run so only "Onderzoeker:" is bold.
  return new Paragraph({
    spacing: { after: AFTER_PARAGRAPH },
    children: [
      ...(time !== undefined ? [new TextRun({ text: `[${time}] ` })] : []),
      new TextRun({ text: xmlSafe(label), bold: true }),
      ...textRuns(` ${text}`),
    ],
  });
}

function bodyParagraphs(doc: TranscriptDocument): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (!doc.anonymised) {
    paragraphs.push(
      new Paragraph({
        spacing: { after: AFTER_BLOCK },
        children: [new TextRun({ text: xmlSafe(doc.notAnonymisedLabel), bold: true, color: 'C00000' })],
      }),
    );
  }
  doc.headerLines.forEach((line, index) => {
    const last = index === doc.headerLines.length - 1;
    paragraphs.push(
      new Paragraph({
        // The header is one block, as in Bijlage 6; a blank line separates it from the note.
        spacing: { after: last ? AFTER_BLOCK : 0 },
        children: textRuns(line.value === '' ? line.label : `${line.label} ${line.value}`),
      }),
    );
  });
  if (doc.note !== '')
    paragraphs.push(new Paragraph({ spacing: { after: AFTER_BLOCK }, children: textRuns(doc.note) }));
  for (const turn of doc.turns) paragraphs.push(turnParagraph(turn));
  return paragraphs;
}

function pageNumberFooter(language: string): Footer {
  const { page } = exportWording(language);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 18,
            children: [page.before, PageNumber.CURRENT, page.between, PageNumber.TOTAL_PAGES, page.after].filter(
              (part) => part !== '',
            ),
          }),
        ],
      }),
    ],
  });
}

export async function buildTranscriptDocx(doc: TranscriptDocument): Promise<Uint8Array> {
  const title = xmlSafe(doc.metadata.title);
  const document = new Document({
    // Overridden below as a whole; empty strings here keep the library's "Un-named" out even so.
    title,
    creator: '',
    lastModifiedBy: '',
    styles: {
      default: {
        document: {
          // w:lang in the default run properties: every run inherits it, so Word checks Dutch spelling.
          run: { font: FONT, size: FONT_SIZE, language: { value: doc.language } },
          paragraph: { spacing: { after: AFTER_PARAGRAPH, line: 276 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 } } },
        footers: { default: pageNumberFooter(doc.language) },
        children: bodyParagraphs(doc),
      },
    ],
  });
  const bytes = await Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: coreProperties(title, doc.language) },
    { path: 'docProps/app.xml', data: appProperties() },
  ]);
  return withNeutralTimes(bytes);
}
