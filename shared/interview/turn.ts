/**
 * One turn of an interview transcript: what the interviewer or the respondent said,
 * noted live as "Onderzoeker: Vraag / Respondent: Antwoord" (Bijlage 6) and edited
 * afterwards. Stored with the interview, so its shape is validated with zod.
 */
import { z } from 'zod';

export const speakerSchema = z.enum(['interviewer', 'respondent']);
export type Speaker = z.infer<typeof speakerSchema>;

export const turnSchema = z.object({
  id: z.string().min(1, 'id mag niet leeg zijn'),
  speaker: speakerSchema,
  /** May be empty: a turn is often created before anything is typed in it. */
  text: z.string(),
  /** Epoch ms when the turn was started, to find the passage in a recording later. */
  startedAt: z.number().int().nonnegative(),
  /** The guide question or topic the turn belongs to, when the researcher linked one. */
  nodeId: z.string().min(1).optional(),
  /** Where the turn begins in the interview's recording (ms into the whole recording), when one ran. */
  startMs: z.number().nonnegative().optional(),
  /**
   * Epoch ms of the keystroke that made this text. A journal entry from a killed session is
   * put back only when it is newer: the browser may persist the journal later than the
   * database, and an older entry must never overwrite text that was saved after it.
   */
  textAt: z.number().nonnegative().optional(),
});
export type Turn = z.infer<typeof turnSchema>;

/** A transcript's turns in reading order; ids must be unique because edits address turns by id. */
export const turnsSchema = z.array(turnSchema).superRefine((turns, ctx) => {
  const seen = new Set<string>();
  turns.forEach((turn, index) => {
    if (seen.has(turn.id)) {
      ctx.addIssue({ code: 'custom', message: `dubbel id: ${turn.id}`, path: [index, 'id'] });
    }
    seen.add(turn.id);
  });
});

export function otherSpeaker(speaker: Speaker): Speaker {
  return speaker === 'interviewer' ? 'respondent' : 'interviewer';
}
