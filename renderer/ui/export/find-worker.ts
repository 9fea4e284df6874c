/**
 * The search for identifiers before an anonymised export, in a Web Worker: a three-hour
 * interview takes seconds to search, and on the main thread that froze the window.
 * Answers each request with progress per interview, then the findings (or why it failed).
 */
// The search module alone: the .docx writer has no business in the worker.
import { findExportIdentifiersInSteps } from '../../../shared/export/find-in-interviews';
import type { FindReply, FindRequest } from './find-messages';

// The renderer's tsconfig has DOM types, not the worker's; this is all of the scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FindRequest>) => void) | null;
  postMessage: (reply: FindReply) => void;
};

scope.onmessage = ({ data }) => {
  findExportIdentifiersInSteps(data.study, data.respondents, data.codes, data.items, data.book, (done, total) =>
    scope.postMessage({ type: 'progress', done, total }),
  ).then(
    (findings) => scope.postMessage({ type: 'found', findings }),
    (error: unknown) => scope.postMessage({ type: 'failed', message: String((error as Error)?.message ?? error) }),
  );
};
