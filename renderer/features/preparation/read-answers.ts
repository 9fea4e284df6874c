/**
 * Reads an answers file in a Web Worker (read-answers-worker.ts) so the window keeps
 * responding and shows progress, and so reading can be stopped: stopping ends the
 * worker. Only where no worker can be made at all does the file get read here, after a
 * pause so that "reading" is on screen; that read cannot show progress or be stopped
 * halfway, but a stop still discards its result.
 */
import { fromPlainImportError, readAnswersFile, type AnswersFile } from '../../../shared/import';
import type { ReadReply, ReadRequest } from './read-answers-messages';

/** Rejected with this when the researcher stopped the reading. */
export class ReadStopped extends Error {
  override readonly name = 'ReadStopped';
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

async function readHere(request: ReadRequest, signal: AbortSignal): Promise<AnswersFile> {
  await pause();
  if (signal.aborted) throw new ReadStopped();
  const file = readAnswersFile(request.fileName, request.bytes, request.questionnaire, request.respondentName);
  if (signal.aborted) throw new ReadStopped();
  return file;
}

export function readAnswersInWorker(
  request: ReadRequest,
  onProgress: (share: number) => void,
  signal: AbortSignal,
): Promise<AnswersFile> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./read-answers-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readHere(request, signal);
  }
  return new Promise<AnswersFile>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', stop);
    };
    const stop = () => {
      finish();
      reject(new ReadStopped());
    };
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop);
    worker.onmessage = ({ data }: MessageEvent<ReadReply>) => {
      if (data.type === 'progress') return onProgress(data.share);
      finish();
      if (data.type === 'read') resolve(data.file);
      else if (data.type === 'refused') reject(fromPlainImportError(data.error));
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error());
    };
    worker.postMessage(request, [request.bytes.buffer]);
  });
}
