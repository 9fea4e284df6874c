/**
 * Reads a chosen answers file in a Web Worker: a 20 MB Forms export took seconds and
 * froze the window on the main thread. Answers with progress, then what the review
 * needs or why the file cannot be used; keeps the table and answers for one row at a
 * time.
 */
import {
  answersFromRow,
  clip,
  isImportError,
  readAnswersFile,
  tableFacts,
  toPlainImportError,
  type AnswersFile,
} from '../../../shared/import';
import type { Questionnaire } from '../../../shared/study/schema';
import type { ReaderReply, ReaderRequest } from './read-answers-messages';

// The renderer's tsconfig has DOM types, not the worker's; this is all of the scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReaderRequest>) => void) | null;
  postMessage: (reply: ReaderReply) => void;
};

let read: { file: AnswersFile; questionnaire: Questionnaire } | undefined;

function answer(request: ReaderRequest): ReaderReply {
  if (request.type === 'row') {
    if (!read) return { type: 'failed', message: '' };
    return { type: 'row', row: answersFromRow(read.file.table, read.questionnaire, request.index) };
  }
  let lastPercent = -1;
  const { fileName, bytes, questionnaire, questionnaires, respondentName } = request;
  const file = readAnswersFile(fileName, bytes, questionnaire, questionnaires, respondentName, (share) => {
    // One message per percent is plenty for a progress bar.
    const percent = Math.floor(share * 100);
    if (percent === lastPercent) return;
    lastPercent = percent;
    scope.postMessage({ type: 'progress', share });
  });
  read = { file, questionnaire };
  return {
    type: 'read',
    facts: tableFacts(file.table),
    proposed: file.proposed,
    summaries: file.summaries,
    verdict: file.verdict,
  };
}

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage(answer(data));
  } catch (error) {
    if (isImportError(error)) scope.postMessage({ type: 'refused', error: toPlainImportError(error) });
    else scope.postMessage({ type: 'failed', message: clip(String((error as Error)?.message ?? error), 400) });
  }
};
