/**
 * The study search in a Web Worker: holds the MiniSearch index of every turn, updates
 * it when the study changes (only the turns that changed) and answers queries in order.
 */
import type { StudyIndex } from '../../../shared/search/study-search';
import { answer } from './search-answer';
import type { SearchReply, SearchRequest } from './search-messages';

// The renderer's tsconfig has DOM types, not the worker's; this is all of the scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage: (reply: SearchReply) => void;
};

const state: { index?: StudyIndex } = {};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage(answer(state, data));
  } catch (error) {
    scope.postMessage({ type: 'failed', message: String((error as Error)?.message ?? error) });
  }
};
