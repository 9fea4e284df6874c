/**
 * The quotes of a cell of the code matrix as a Word file: a title (the code and the
 * column), then each quote as its own paragraph, "[BA1] …", the respondent code in
 * bold, never a name. Anonymised like a transcript: the quotes go through the same
 * search and review as export items whose turns are the quotes (coding/quotes.ts),
 * and their replacements are applied here.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { applyFindings, type Decisions, type Finding } from '../anonymise';
import { appProperties, coreProperties } from './docx-properties';
import { safeFilePart } from './file-names';
import { interviewTexts, turnTextId, type InterviewForExport } from './find-in-interviews';
import { documentLanguage, exportWording } from './language';
import { xmlSafe } from './xml-text';
import { withNeutralTimes } from './zip';

const FONT = 'Calibri';
const FONT_SIZE = 22;

export interface QuotesDocumentOptions {
  /** "Leerklimaat — Winterswijk": what the quotes are of. */
  title: string;
  studyLanguage: string;
  anonymised: boolean;
  findings?: readonly Finding[];
  decisions?: Decisions;
}

/** The quotes in the order of the items, with the reviewed replacements applied when anonymised. */
export function quoteLines(
  items: readonly InterviewForExport[],
  options: Pick<QuotesDocumentOptions, 'anonymised' | 'findings' | 'decisions'>,
): { code: string; text: string }[] {
  return items.flatMap((item) => {
    const texts = interviewTexts(item);
    const own = (options.findings ?? []).filter((f) => f.textId.startsWith(`${item.interview.id}/`));
    const written = options.anonymised ? applyFindings(texts, own, options.decisions) : texts;
    const textOf = new Map(written.map((t) => [t.id, t.text]));
    return item.turns.map((turn) => ({
      code: item.code,
      text: textOf.get(turnTextId(item.interview.id, turn.id)) ?? '',
    }));
  });
}

export function quotesFileName(title: string, anonymised: boolean): string {
  return `Citaten_${safeFilePart(title)}${anonymised ? '' : '_niet-geanonimiseerd'}.docx`;
}

export async function buildQuotesDocx(
  items: readonly InterviewForExport[],
  options: QuotesDocumentOptions,
): Promise<{ name: string; bytes: Uint8Array }> {
  const language = documentLanguage(options.studyLanguage);
  const title = xmlSafe(options.title);
  const paragraphs: Paragraph[] = [];
  if (!options.anonymised) {
    paragraphs.push(
      new Paragraph({
        children: [new TextRun({ text: exportWording(language).notAnonymised, bold: true, color: 'C00000' })],
      }),
    );
  }
  paragraphs.push(new Paragraph({ children: [new TextRun({ text: title, bold: true, size: 28 })] }));
  for (const line of quoteLines(items, options)) {
    paragraphs.push(
      new Paragraph({
        children: [new TextRun({ text: `[${xmlSafe(line.code)}] `, bold: true }), new TextRun(xmlSafe(line.text))],
      }),
    );
  }
  const document = new Document({
    title,
    creator: '',
    lastModifiedBy: '',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: FONT_SIZE, language: { value: language } },
          paragraph: { spacing: { after: 160, line: 276 } },
        },
      },
    },
    sections: [{ children: paragraphs }],
  });
  const bytes = await Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: coreProperties(title, language) },
    { path: 'docProps/app.xml', data: appProperties() },
  ]);
  return { name: quotesFileName(options.title, options.anonymised), bytes: withNeutralTimes(bytes) };
}
