/**
 * The plain text of one interview as a REFI-QDA source, laid out in the study's
 * transcript format as the Word export is: the warning line of an identified copy, the
 * header lines, the note, then each turn as "Onderzoeker: …" / "Respondent: …", blocks
 * separated by a blank line. Each turn's text is kept exactly (line breaks made '\n',
 * the edges trimmed), and where it starts is recorded so codings land at exact positions.
 */
import type { TranscriptDocument } from '../export/transcript-document';

const BREAK = /\r\n|\r|[\u2028\u2029\u0085]/y;

/** A turn's text as laid out, and for every UTF-16 offset of the given text its offset in the layout. */
export function layoutTurnText(raw: string): { text: string; map: Uint32Array } {
  let normal = '';
  const toNormal = new Uint32Array(raw.length + 1);
  for (let i = 0; i < raw.length; ) {
    BREAK.lastIndex = i;
    const match = BREAK.exec(raw);
    const width = match ? match[0].length : 1;
    for (let k = 0; k < width; k++) toNormal[i + k] = normal.length;
    normal += match ? '\n' : raw[i];
    i += width;
  }
  toNormal[raw.length] = normal.length;
  const lead = normal.length - normal.trimStart().length;
  const text = normal.trim();
  const map = toNormal.map((at) => Math.min(Math.max(at - lead, 0), text.length));
  return { text, map };
}

export interface TurnInSource {
  speaker: TranscriptDocument['turns'][number]['speakerLabel'];
  /** Where the turn's text starts in the source (UTF-16) and its layout map. */
  start: number;
  /** Where its line starts, at the speaker label (a sync point marks the turn there). */
  lineStart: number;
  map: Uint32Array;
  length: number;
}

export interface PlainTextSource {
  text: string;
  turns: Map<string, TurnInSource>;
}

/** `turns` are the (anonymised) texts in reading order; empty ones are left out, as in Word. */
export function plainTextSource(
  document: Pick<TranscriptDocument, 'anonymised' | 'notAnonymisedLabel' | 'headerLines' | 'note'>,
  turns: readonly { id: string; speakerLabel: string; text: string }[],
): PlainTextSource {
  const blocks: string[] = [];
  if (!document.anonymised) blocks.push(document.notAnonymisedLabel);
  if (document.headerLines.length > 0)
    blocks.push(
      document.headerLines.map((line) => (line.value === '' ? line.label : `${line.label} ${line.value}`)).join('\n'),
    );
  if (document.note !== '') blocks.push(document.note);
  let text = blocks.map((block) => `${block}\n\n`).join('');
  const placed = new Map<string, TurnInSource>();
  for (const turn of turns) {
    const { text: body, map } = layoutTurnText(turn.text);
    if (body === '') continue;
    const label = turn.speakerLabel.trim().endsWith(':') ? turn.speakerLabel.trim() : `${turn.speakerLabel.trim()}:`;
    const prefix = `${label} `;
    placed.set(turn.id, {
      speaker: turn.speakerLabel,
      start: text.length + prefix.length,
      lineStart: text.length,
      map,
      length: body.length,
    });
    text += `${prefix}${body}\n\n`;
  }
  return { text: text.replace(/\n\n$/, '\n'), turns: placed };
}
