/**
 * A respondent's questionnaire answers, whether imported from a spreadsheet export or
 * typed in by hand. Option answers are stored by their canonical label as written in
 * the study's questionnaire, so the flag rules can compare them exactly.
 */
import { z } from 'zod';

export const answerSchema = z.object({
  /** Chosen option labels, exactly as in the questionnaire (one for single choice). */
  values: z.array(z.string()),
  /** Free text: an open answer, or what was typed after "Anders"/"namelijk:". */
  text: z.string().optional(),
});

/** Keyed by questionnaire question id ("V1", "naam"). */
export const answersSchema = z.record(z.string(), answerSchema);

export type Answer = z.infer<typeof answerSchema>;
export type Answers = z.infer<typeof answersSchema>;
