/**
 * Runs the export's search for identifiers in a Web Worker (find-worker.ts), so the
 * window keeps responding while a long interview is searched, and reports progress
 * per interview. A worker that fails to load or fails while searching rejects the
 * promise, which the export panel reports; it is not silently retried elsewhere.
 */
import type { Finding } from '../../../shared/anonymise';
import { findExportIdentifiersInSteps } from '../../../shared/export/find-in-interviews';
import type { FindReply, FindRequest } from './find-messages';

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

export function findIdentifiersInWorker(
  request: FindRequest,
  onProgress: (done: number, total: number) => void,
): Promise<Finding[]> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./find-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Only when no worker can be made at all (the constructor throws, e.g. where module
    // workers are unsupported) does the search run here, with a pause before each
    // interview so the progress line still updates.
    const { study, respondents, codes, items, book } = request;
    return findExportIdentifiersInSteps(study, respondents, codes, items, book, async (done, total) => {
      onProgress(done, total);
      await pause();
    });
  }
  return new Promise<Finding[]>((resolve, reject) => {
    const finish = () => worker.terminate();
    worker.onmessage = ({ data }: MessageEvent<FindReply>) => {
      if (data.type === 'progress') return onProgress(data.done, data.total);
      finish();
      if (data.type === 'found') resolve(data.findings);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The search could not be started.'));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error('The search sent back what could not be read.'));
    };
    worker.postMessage(request);
  });
}
