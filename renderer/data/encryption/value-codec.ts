/**
 * A stored record as bytes and back, synchronously (the middleware cannot wait inside a
 * transaction). JSON, plus what IndexedDB stores that JSON does not: binary data (a
 * recording's chunks), dates and undefined array slots come back as they went in.
 * A Blob cannot be read synchronously and is refused with a clear error.
 */
import { fromUtf8, utf8, toBase64, fromBase64 } from './cipher';

const TAG = '\u0000vw';

type Tagged = { [TAG]: 'u8' | 'ab' | 'date'; v: string | number };

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Uint8Array) return { [TAG]: 'u8', v: toBase64(raw) };
  if (raw instanceof ArrayBuffer) return { [TAG]: 'ab', v: toBase64(new Uint8Array(raw)) };
  if (raw instanceof Date) return { [TAG]: 'date', v: raw.getTime() };
  if (typeof Blob !== 'undefined' && raw instanceof Blob) {
    throw new TypeError('Een Blob kan niet versleuteld worden opgeslagen; sla bytes op (Uint8Array).');
  }
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && TAG in value) {
    const tagged = value as Tagged;
    if (tagged[TAG] === 'u8') return fromBase64(tagged.v as string);
    if (tagged[TAG] === 'ab') return fromBase64(tagged.v as string).buffer;
    if (tagged[TAG] === 'date') return new Date(tagged.v as number);
  }
  return value;
}

export function encodeValue(value: unknown): Uint8Array {
  return utf8(JSON.stringify(value, replacer));
}

/** The tag as JSON.stringify writes it: a record without it has nothing to revive. */
const TAG_IN_JSON = JSON.stringify(TAG).slice(1, -1);

export function decodeValue(bytes: Uint8Array): unknown {
  const text = fromUtf8(bytes);
  // A reviver is called for every value in the record, several times slower than none:
  // most records (a summary, a respondent) hold no bytes or dates and need none.
  return text.includes(TAG_IN_JSON) ? JSON.parse(text, reviver) : JSON.parse(text);
}
