/**
 * The quotes behind a cell of the code matrix: the text of every coding of one code
 * among the respondents of one column, with the respondent's code, in the order of the
 * interviews and, within one, the order of the transcript.
 */
import type { InterviewForExport } from '../export/find-in-interviews';
import type { Interview } from '../interview/interview';
import type { Respondent } from '../respondents/schema';
import type { Turn } from '../interview/turn';
import { columnKey, type MatrixDimension, type MatrixRespondent } from './matrix';
import { codedText, type Coding } from './schema';

export interface Quote {
  codingId: string;
  interviewId: string;
  turnId: string;
  /** The respondent code ("BA"), never the name. */
  respondentCode: string;
  speaker: Turn['speaker'];
  text: string;
  memo?: string;
}

export interface QuoteSource {
  interview: Pick<Interview, 'id' | 'turnOrder'>;
  turns: readonly Turn[];
  respondent: MatrixRespondent;
  code: string;
}

export interface MatrixCell {
  dimension: MatrixDimension;
  codeId: string;
  column: string;
}

/**
 * The quotes of a cell; `sources` in the order the quotes should come in (oldest
 * interview first). A coding whose turn has gone, or whose text is now empty, is left out.
 */
export function quotesOfCell(cell: MatrixCell, codings: readonly Coding[], sources: readonly QuoteSource[]): Quote[] {
  return sources.flatMap((source) => {
    if (columnKey(cell.dimension, source.respondent) !== cell.column) return [];
    const turns = new Map(source.turns.map((turn) => [turn.id, turn]));
    const position = new Map(source.interview.turnOrder.map((id, index) => [id, index]));
    return codings
      .filter((c) => c.interviewId === source.interview.id && c.codeId === cell.codeId && turns.has(c.turnId))
      .map((coding) => ({ coding, turn: turns.get(coding.turnId)! }))
      .sort(
        (a, b) =>
          (position.get(a.turn.id) ?? Infinity) - (position.get(b.turn.id) ?? Infinity) ||
          startOf(a.coding) - startOf(b.coding),
      )
      .flatMap(({ coding, turn }) => {
        const text = codedText(coding.span, turn.text).trim();
        if (text === '') return [];
        const quote: Quote = {
          codingId: coding.id,
          interviewId: source.interview.id,
          turnId: turn.id,
          respondentCode: source.code,
          speaker: turn.speaker,
          text,
        };
        if (coding.memo) quote.memo = coding.memo;
        return [quote];
      });
  });
}

const startOf = (coding: Coding): number => (coding.span.kind === 'turn' ? 0 : coding.span.start);

/**
 * One export item per interview with quotes, its turns being the quotes (id = coding id),
 * so the anonymisation search and review see exactly the text that is exported.
 */
export function quoteExportItems(
  quotes: readonly Quote[],
  interviews: ReadonlyMap<string, { interview: Interview; respondent: Respondent; code: string }>,
): InterviewForExport[] {
  const items = new Map<string, InterviewForExport>();
  for (const quote of quotes) {
    const source = interviews.get(quote.interviewId);
    if (!source) continue;
    const item = items.get(quote.interviewId) ?? {
      interview: { ...source.interview, turnOrder: [] },
      turns: [],
      respondent: source.respondent,
      code: source.code,
    };
    items.set(quote.interviewId, {
      ...item,
      turns: [...item.turns, { id: quote.codingId, speaker: quote.speaker, text: quote.text, startedAt: 0 }],
    });
  }
  return [...items.values()];
}
