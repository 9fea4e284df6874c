/** The stored interview (or a turn or memo of it) fails its schema; what can be read of it travels along. */
import type { Interview } from '../../shared/interview/interview';

export class DamagedInterviewError extends Error {
  override readonly name = 'DamagedInterviewError';
  constructor(
    readonly interviewId: string,
    readonly problems: string[],
    readonly repaired: Interview | undefined,
  ) {
    super(`Interview ${interviewId} is damaged: ${problems.join('; ')}`);
  }
}
