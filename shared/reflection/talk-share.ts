/**
 * Who did the talking: words spoken by the interviewer and by the respondent. In a
 * semi-structured interview the respondent should do most of it; a high interviewer
 * share is worth a look during the reflection.
 */
import type { Turn } from '../interview/turn';

// A word has at least one letter or digit: "–", "…" and a lone "?" are not words,
// "zo'n", "team-overleggen" and "2019" are one word each.
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => HAS_LETTER_OR_DIGIT.test(token)).length;
}

export interface TalkShare {
  interviewerWords: number;
  respondentWords: number;
  /** Interviewer words / all words, 0…1; undefined while nothing has been said. */
  interviewerShare?: number;
}

export function talkShare(turns: readonly Pick<Turn, 'speaker' | 'text'>[]): TalkShare {
  let interviewerWords = 0;
  let respondentWords = 0;
  for (const turn of turns) {
    const words = countWords(turn.text);
    if (turn.speaker === 'interviewer') interviewerWords += words;
    else respondentWords += words;
  }
  const total = interviewerWords + respondentWords;
  return {
    interviewerWords,
    respondentWords,
    ...(total > 0 ? { interviewerShare: interviewerWords / total } : {}),
  };
}
