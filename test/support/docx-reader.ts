/**
 * Reads a .docx back for tests: the XML parts as text, plus the body's paragraphs and
 * its bold runs, found with regular expressions. Enough for files our own exporter
 * writes (flat paragraphs of runs), not a general Word parser, and no new dependency.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParagraph {
  /** Runs concatenated; w:br → '\n', w:tab → '\t'. */
  text: string;
  runs: { text: string; bold: boolean }[];
}

export interface ReadDocx {
  files: Record<string, Uint8Array>;
  documentXml: string;
  coreXml: string;
  appXml: string;
  stylesXml: string;
  /** Every footer part (word/footer1.xml …), in name order. */
  footerXmls: string[];
  paragraphs: DocxParagraph[];
  /** The body's paragraphs joined by '\n'. */
  text: string;
  boldRuns: string[];
}

const decode = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (_all, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name.toLowerCase()]!;
  });

/** Bold when the run properties have <w:b/> or <w:b w:val="true|1|on"/> (not <w:bCs/>). */
function isBold(run: string): boolean {
  const props = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
  const b = /<w:b(?=[\s/>])([^>]*)>/.exec(props);
  if (!b) return false;
  const val = /w:val="([^"]*)"/.exec(b[1]!)?.[1];
  return val === undefined || ['true', '1', 'on'].includes(val);
}

/** The visible text of one run: text, breaks and tabs in document order (field codes left out). */
function runText(run: string): string {
  let text = '';
  for (const match of run.matchAll(
    /<w:t(?:\s[^>]*)?\/>|<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:br\b[^>]*\/>|<w:tab\b[^>]*\/>/g,
  )) {
    if (match[0].startsWith('<w:br')) text += '\n';
    else if (match[0].startsWith('<w:tab')) text += '\t';
    else text += decode(match[1] ?? '');
  }
  return text;
}

export function paragraphsOf(xml: string): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  // The self-closing form first, or an empty <w:p/> would swallow the next paragraph.
  for (const p of xml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    const runs = [...(p[1] ?? '').matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g)].map((r) => ({
      text: runText(r[1]!),
      bold: isBold(r[1]!),
    }));
    paragraphs.push({ text: runs.map((run) => run.text).join(''), runs });
  }
  return paragraphs;
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} ontbreekt in de .docx`);
    return strFromU8(file);
  };
  const documentXml = part('word/document.xml');
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  const paragraphs = paragraphsOf(body);
  return {
    files,
    documentXml,
    coreXml: part('docProps/core.xml'),
    appXml: part('docProps/app.xml'),
    stylesXml: part('word/styles.xml'),
    footerXmls: Object.keys(files)
      .filter((name) => /^word\/footer\d+\.xml$/.test(name))
      .sort()
      .map(part),
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
    boldRuns: paragraphs.flatMap((p) => p.runs.filter((run) => run.bold).map((run) => run.text)),
  };
}
