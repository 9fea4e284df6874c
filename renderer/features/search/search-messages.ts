/** What the search screen and its worker (search-worker.ts) say to each other. */
import type { Coding } from '../../../shared/coding/schema';
import type { Interview, StoredTurn } from '../../../shared/interview/interview';
import type { SearchRespondent } from '../../../shared/search/study-docs';
import type { SearchFilters, SearchResult } from '../../../shared/search/study-search';

/** The study as it is now: the worker brings its index up to date with it. */
export interface StudyContents {
  interviews: Interview[];
  turns: StoredTurn[];
  respondents: SearchRespondent[];
  codings: Pick<Coding, 'interviewId' | 'turnId' | 'codeId'>[];
}

export type SearchRequest =
  | { type: 'update'; contents: StudyContents }
  | { type: 'search'; seq: number; query: string; filters: SearchFilters; limit: number };

export type SearchReply =
  | { type: 'updated'; turns: number }
  | { type: 'results'; seq: number; total: number; results: SearchResult[] }
  | { type: 'failed'; message: string };
