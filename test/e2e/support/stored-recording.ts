/**
 * Reads an interview's recording straight from the page's IndexedDB (as stored, no app
 * code), joins its parts as the app does (shared/recording/webm-join.ts), and decodes the
 * result in the page with decodeAudioData: what a player would get.
 */
import type { Page } from '@playwright/test';
import { partOffsets, totalDurationMs, type RecordingPart } from '../../../shared/recording/recording';
import { joinWebm } from '../../../shared/recording/webm-join';

export interface StoredRecording {
  parts: RecordingPart[];
  turnStarts: (number | null)[];
  bytes: Uint8Array[];
}

export async function readStoredRecording(page: Page): Promise<StoredRecording> {
  const raw = await page.evaluate(
    () =>
      new Promise<{ parts: RecordingPart[]; turnStarts: (number | null)[]; bytes: number[][] }>((resolve, reject) => {
        const open = indexedDB.open('veldwerk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['recordings', 'recordingChunks', 'turns'], 'readonly');
          const recordings = tx.objectStore('recordings').getAll();
          const chunks = tx.objectStore('recordingChunks').getAll();
          const turns = tx.objectStore('turns').getAll();
          tx.oncomplete = () => {
            db.close();
            const recording = recordings.result[0] as { id: string; parts: RecordingPart[] } | undefined;
            const all = chunks.result as { recordingId: string; part: number; seq: number; bytes: Uint8Array }[];
            const parts = recording?.parts ?? [];
            resolve({
              parts,
              turnStarts: (turns.result as { startedAt: number; startMs?: number }[])
                .sort((a, b) => a.startedAt - b.startedAt)
                .map((t) => t.startMs ?? null),
              bytes: parts.map((p) => {
                const pieces = all.filter((c) => c.part === p.part).sort((a, b) => a.seq - b.seq);
                return pieces.flatMap((c) => Array.from(c.bytes));
              }),
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  return { parts: raw.parts, turnStarts: raw.turnStarts, bytes: raw.bytes.map((b) => new Uint8Array(b)) };
}

/** The decoded length (ms) of the stored recording, its parts joined into one file. */
export async function decodedDurationMs(page: Page, stored: StoredRecording): Promise<number> {
  const offsets = partOffsets(stored.parts);
  const joined = joinWebm(
    stored.bytes.map((bytes, i) => ({ bytes, offsetMs: offsets[i]! })),
    totalDurationMs(stored.parts),
  );
  return page.evaluate(async (bytes) => {
    const context = new OfflineAudioContext(1, 1, 48_000);
    const buffer = await context.decodeAudioData(new Uint8Array(bytes).buffer);
    return buffer.duration * 1000;
  }, Array.from(joined));
}
