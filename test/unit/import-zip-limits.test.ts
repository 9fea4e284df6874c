/**
 * Zip input is checked before and while inflating: a zip bomb or a zip that lies about
 * its size is refused quickly with a message, never unpacked into memory or truncated.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, readSpreadsheet } from '../../shared/import';
import { csvFromZip, ZIP_ENTRY_LIMIT } from '../../shared/import/unzip';
import { deflateBomb, rawZip } from '../support/hostile-zip';

const MB = 1024 * 1024;
const csv = new TextEncoder().encode('Tijdstempel,Naam\n2024-05-01 10:00,Anna\n');

function thrown(read: () => unknown): ImportError {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('zip input limits', () => {
  it('refuses a zip bomb (a few hundred KB that unpacks to 400 MB) by its declared size, at once', () => {
    const bomb = rawZip([{ name: 'antwoorden.csv', method: 8, data: deflateBomb(400), declaredSize: 400 * MB }]);
    expect(bomb.length).toBeLessThan(1 * MB);
    const error = thrown(() => readSpreadsheet('antwoorden.zip', bomb));
    expect(error.code).toBe('zipTooLarge');
    expect(error.params).toMatchObject({ fileName: 'antwoorden.zip', entryName: 'antwoorden.csv', limitMb: 100 });
  });

  it('stops a bomb that declares a small size as soon as it unpacks past that size', () => {
    const bomb = rawZip([{ name: 'antwoorden.csv', method: 8, data: deflateBomb(400), declaredSize: 1000 }]);
    const error = thrown(() => readSpreadsheet('antwoorden.zip', bomb));
    // Never a silently cut-off CSV: the zip is called unreadable.
    expect(error.code).toBe('zipUnreadable');
  });

  it('stops a bomb that declares just under the cap at the cap', () => {
    const bomb = rawZip([{ name: 'a.csv', method: 8, data: deflateBomb(60), declaredSize: ZIP_ENTRY_LIMIT }]);
    expect(thrown(() => csvFromZip('a.zip', bomb, 4 * MB)).code).toBe('zipTooLarge');
  });

  it('refuses an entry shorter than it declares rather than padding it', () => {
    const zip = rawZip([{ name: 'a.csv', method: 0, data: csv, declaredSize: csv.length + 10 }]);
    expect(thrown(() => readSpreadsheet('a.zip', zip)).code).toBe('zipUnreadable');
  });

  it('still reads an ordinary zip, stored or deflated, and one just under the cap', () => {
    for (const level of [0, 6] as const) {
      const table = readSpreadsheet('export.zip', zipSync({ 'antwoorden.csv': csv }, { level }));
      expect(table.rows).toEqual([['2024-05-01 10:00', 'Anna']]);
    }
    const justUnder = csvFromZip('a.zip', zipSync({ 'a.csv': new Uint8Array(MB).fill(65) }), MB);
    expect(justUnder.bytes.length).toBe(MB);
  });

  it('keeps the message short when a zip holds thousands of entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 2000; i++) files[`map/bestand-met-een-lange-naam-${i}.txt`] = new Uint8Array([65]);
    const error = thrown(() => readSpreadsheet('veel.zip', zipSync(files)));
    expect(error.code).toBe('zipWithoutCsv');
    expect(error.params).toMatchObject({ entryCount: 2000 });
    expect(error.message.length).toBeLessThan(500);
  });
});
