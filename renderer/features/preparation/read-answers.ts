/**
 * Reads an answers file in a Web Worker (read-answers-worker.ts) so the window keeps
 * responding and shows progress, and so reading can be stopped: stopping ends the
 * worker. The worker keeps the table and answers the review's questions about one row;
 * closing the reader ends it. Only where no worker can be made at all is the file read
 * here, after a pause so that "reading" is on screen; that read cannot show progress or
 * be stopped halfway, but a stop still discards its result.
 */
import {
  answersFromRow,
  fromPlainImportError,
  readAnswersFile,
  tableFacts,
  type RowImport,
} from '../../../shared/import';
import type { ReaderReply, ReaderRequest, ReadRequest, ReadResult } from './read-answers-messages';

/** Rejected with this when the researcher stopped the reading. */
export class ReadStopped extends Error {
  override readonly name = 'ReadStopped';
}

export interface AnswersReader extends ReadResult {
  /** The answers in row `index` (0-based), as they would be imported. */
  row(index: number): Promise<RowImport>;
  /** Lets the table go (ends the worker). */
  close(): void;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

async function readHere(request: ReadRequest, signal: AbortSignal): Promise<AnswersReader> {
  await pause();
  if (signal.aborted) throw new ReadStopped();
  const file = readAnswersFile(
    request.fileName,
    request.bytes,
    request.questionnaire,
    request.questionnaires,
    request.respondentName,
  );
  if (signal.aborted) throw new ReadStopped();
  return {
    facts: tableFacts(file.table),
    proposed: file.proposed,
    summaries: file.summaries,
    verdict: file.verdict,
    row: async (index) => answersFromRow(file.table, request.questionnaire, index),
    close: () => {},
  };
}

function replyError(reply: ReaderReply): Error {
  if (reply.type === 'refused') return fromPlainImportError(reply.error);
  return new Error(reply.type === 'failed' ? reply.message : '');
}

export function openAnswersReader(
  request: ReadRequest,
  onProgress: (share: number) => void,
  signal: AbortSignal,
): Promise<AnswersReader> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./read-answers-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readHere(request, signal);
  }
  // The worker answers in the order it was asked.
  const waiting: { resolve: (reply: ReaderReply) => void; reject: (error: Error) => void }[] = [];
  let closed = false;
  const close = (error: Error) => {
    if (closed) return;
    closed = true;
    worker.terminate();
    signal.removeEventListener('abort', stop);
    for (const pending of waiting.splice(0)) pending.reject(error);
  };
  const stop = () => close(new ReadStopped());
  const ask = (message: ReaderRequest, transfer: Transferable[] = []) =>
    new Promise<ReaderReply>((resolve, reject) => {
      if (closed) return reject(new ReadStopped());
      waiting.push({ resolve, reject });
      worker.postMessage(message, transfer);
    });

  worker.onmessage = ({ data }: MessageEvent<ReaderReply>) => {
    if (data.type === 'progress') return onProgress(data.share);
    waiting.shift()?.resolve(data);
  };
  worker.onerror = (event) => close(new Error(event.message));
  worker.onmessageerror = () => close(new Error());
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop);

  return ask({ type: 'read', ...request }, [request.bytes.buffer]).then((reply) => {
    if (reply.type !== 'read') {
      close(new ReadStopped());
      throw replyError(reply);
    }
    return {
      facts: reply.facts,
      proposed: reply.proposed,
      summaries: reply.summaries,
      verdict: reply.verdict,
      row: async (index) => {
        const answer = await ask({ type: 'row', index });
        if (answer.type !== 'row') throw replyError(answer);
        return answer.row;
      },
      close: () => close(new ReadStopped()),
    };
  });
}
