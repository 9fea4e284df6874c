/** A pause of the interview clock as stored (apart from the clock's arithmetic, so that needs no zod). */
import { z } from 'zod';

export const pauseSchema = z.object({
  start: z.number().int().nonnegative(),
  /** Absent while the pause is still going on. */
  end: z.number().int().nonnegative().optional(),
});
export type Pause = z.infer<typeof pauseSchema>;
