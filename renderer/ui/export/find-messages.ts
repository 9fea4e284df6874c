/** What the export's search worker is sent and what it answers (structured-cloned both ways). */
import type { Finding, ReplacementBook } from '../../../shared/anonymise';
import type { InterviewForExport } from '../../../shared/export';
import type { Respondent } from '../../../shared/respondents/schema';
import type { Study } from '../../../shared/study/schema';

export interface FindRequest {
  study: Study;
  respondents: readonly Respondent[];
  codes: ReadonlyMap<string, string>;
  items: readonly InterviewForExport[];
  book: ReplacementBook;
}

export type FindReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'found'; findings: Finding[] }
  | { type: 'failed'; message: string };
