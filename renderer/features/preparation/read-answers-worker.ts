/**
 * Reads a chosen answers file in a Web Worker: a 20 MB Forms export took seconds and
 * froze the window on the main thread. Answers with progress, then the table or why the
 * file cannot be used.
 */
import { clip, isImportError, readAnswersFile, toPlainImportError } from '../../../shared/import';
import type { ReadReply, ReadRequest } from './read-answers-messages';

// The renderer's tsconfig has DOM types, not the worker's; this is all of the scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage: (reply: ReadReply) => void;
};

scope.onmessage = ({ data }) => {
  let lastPercent = -1;
  try {
    const file = readAnswersFile(data.fileName, data.bytes, data.questionnaire, data.respondentName, (share) => {
      // One message per percent is plenty for a progress bar.
      const percent = Math.floor(share * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      scope.postMessage({ type: 'progress', share });
    });
    scope.postMessage({ type: 'read', file });
  } catch (error) {
    if (isImportError(error)) scope.postMessage({ type: 'refused', error: toPlainImportError(error) });
    else scope.postMessage({ type: 'failed', message: clip(String((error as Error)?.message ?? error), 400) });
  }
};
