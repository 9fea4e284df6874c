/**
 * Codings: a code of the study's code tree applied to (part of) one turn of a held
 * interview. Positions are offsets into the turn's text in UTF-16 code units, as the
 * browser counts them (a selection's offsets); exports that count otherwise (REFI-QDA
 * counts Unicode characters) convert at the border. A coding of a whole turn keeps
 * covering the whole turn when its text is corrected later.
 */
import { z } from 'zod';

export const codingSchema = z
  .object({
    id: z.string().min(1),
    studyId: z.string().min(1),
    interviewId: z.string().min(1),
    turnId: z.string().min(1),
    /** A node of one of the study's code trees (CodeNode.id). */
    codeId: z.string().min(1),
    /** The whole turn, or the characters [start, end) of its text. */
    span: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('turn') }),
      z
        .object({ kind: z.literal('text'), start: z.number().int().nonnegative(), end: z.number().int().positive() })
        .refine((s) => s.end > s.start, 'end must lie after start'),
    ]),
    /** The researcher's note on this coding. */
    memo: z.string().optional(),
    createdAt: z.number(),
    updatedAt: z.number(),
  })
  .strict();

export type Coding = z.infer<typeof codingSchema>;
export type CodingSpan = Coding['span'];

/** The characters a coding covers in its turn's current text; a span past the end is cut to it. */
export function codedRange(span: CodingSpan, text: string): { start: number; end: number } {
  if (span.kind === 'turn') return { start: 0, end: text.length };
  const end = Math.min(span.end, text.length);
  return { start: Math.min(span.start, end), end };
}

export function codedText(span: CodingSpan, text: string): string {
  const { start, end } = codedRange(span, text);
  return text.slice(start, end);
}
