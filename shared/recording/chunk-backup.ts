/**
 * A recording chunk in a backup file: the backup is JSON, so the audio bytes travel as
 * base64 and become bytes again on restore. Checked like every other backup record.
 */
import { z } from 'zod';
import type { RecordingChunk } from './recording';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const backupChunkSchema = z.object({
  id: z.string().min(1),
  recordingId: z.string().min(1),
  part: z.number().int().nonnegative(),
  seq: z.number().int().nonnegative(),
  bytes: z.string().refine((value) => value.length % 4 === 0 && BASE64.test(value), 'base64'),
  endMs: z.number().nonnegative(),
});
export type BackupChunk = z.infer<typeof backupChunkSchema>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  // In slices, so a long recording does not build one enormous argument list.
  for (let start = 0; start < bytes.length; start += 3 * 4096) {
    const end = Math.min(bytes.length, start + 3 * 4096);
    let piece = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const c = i + 2 < end ? bytes[i + 2]! : 0;
      piece +=
        ALPHABET[a >> 2]! +
        ALPHABET[((a & 3) << 4) | (b >> 4)]! +
        (i + 1 < end ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : '=') +
        (i + 2 < end ? ALPHABET[c & 63]! : '=');
    }
    out.push(piece);
  }
  return out.join('');
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (VALUES[text.charCodeAt(i)]! << 18) |
      (VALUES[text.charCodeAt(i + 1)]! << 12) |
      (VALUES[text.charCodeAt(i + 2)]! << 6) |
      VALUES[text.charCodeAt(i + 3)]!;
    if (at < out.length) out[at++] = n >> 16;
    if (at < out.length) out[at++] = (n >> 8) & 255;
    if (at < out.length) out[at++] = n & 255;
  }
  return out;
}

export function chunkToBackup(chunk: RecordingChunk): BackupChunk {
  return { ...chunk, bytes: toBase64(chunk.bytes) };
}

export function chunkFromBackup(chunk: BackupChunk): RecordingChunk {
  return { ...chunk, bytes: fromBase64(chunk.bytes) };
}
