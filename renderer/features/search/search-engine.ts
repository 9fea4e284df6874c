/**
 * The study search's index, kept up to date and asked in the order things happen. It
 * lives in a Web Worker (search-worker.ts), so indexing 60,000 turns never freezes the
 * window; only where no worker can be made does it run here.
 */
import type { StudyIndex } from '../../../shared/search/study-search';
import { answer } from './search-answer';
import type { SearchReply, SearchRequest } from './search-messages';

export interface SearchEngine {
  send(request: SearchRequest): void;
  stop(): void;
}

export function startSearchEngine(onReply: (reply: SearchReply) => void): SearchEngine {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  if (!worker) {
    const state: { index?: StudyIndex } = {};
    return {
      send: (request) => {
        try {
          onReply(answer(state, request));
        } catch (error) {
          onReply({ type: 'failed', message: String((error as Error)?.message ?? error) });
        }
      },
      stop: () => undefined,
    };
  }
  const running = worker;
  running.onmessage = ({ data }: MessageEvent<SearchReply>) => onReply(data);
  running.onerror = (event) => onReply({ type: 'failed', message: event.message || 'worker' });
  return { send: (request) => running.postMessage(request), stop: () => running.terminate() };
}
