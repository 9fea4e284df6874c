/** One request to the study search answered against its index; the same code runs in the worker and, without one, in the window. */
import { studySearchDocs } from '../../../shared/search/study-docs';
import {
  buildStudyIndex,
  searchStudyPage,
  updateStudyIndex,
  type StudyIndex,
} from '../../../shared/search/study-search';
import type { SearchReply, SearchRequest } from './search-messages';

export function answer(state: { index?: StudyIndex }, request: SearchRequest): SearchReply {
  if (request.type === 'update') {
    const { interviews, turns, respondents, codings } = request.contents;
    const docs = studySearchDocs(interviews, turns, respondents, codings);
    if (state.index) updateStudyIndex(state.index, docs);
    else state.index = buildStudyIndex(docs);
    return { type: 'updated', turns: docs.length };
  }
  const page = state.index
    ? searchStudyPage(state.index, request.query, request.filters, request.limit)
    : { total: 0, results: [] };
  return { type: 'results', seq: request.seq, ...page };
}
