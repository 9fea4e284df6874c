/**
 * Our own Windows-1252 table: the app (Chromium) and the tests (Node) must decode an
 * Excel file identically, and the encoder used to build fixtures must be its inverse.
 */
import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../shared/import';
import { encodeWindows1252 } from '../support/windows-1252';

const allBytes = Uint8Array.from({ length: 256 }, (_, byte) => byte);

describe('Windows-1252', () => {
  it('decodes 0x80–0x9F with the Windows table and the undefined bytes as C1 controls', () => {
    const text = decodeWindows1252(allBytes.subarray(0x80, 0xa0));
    expect(text).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F' + '\u0090‘’“”•–—˜™š›œ\u009DžŸ',
    );
  });

  it('decodes everything else as Latin-1', () => {
    const text = decodeWindows1252(allBytes);
    for (const byte of [0x00, 0x41, 0x7f, 0xa0, 0xe9, 0xeb, 0xff]) {
      expect(text.charCodeAt(byte)).toBe(byte);
    }
    expect(decodeWindows1252(Uint8Array.from([0x49, 0x64, 0x65, 0x65, 0xeb, 0x6e]))).toBe('Ideeën');
  });

  it('encodes to exactly the bytes it decodes from', () => {
    expect(encodeWindows1252(decodeWindows1252(allBytes))).toEqual(allBytes);
    expect([...encodeWindows1252('€ ‘’ “” é ë')]).toEqual([
      0x80, 0x20, 0x91, 0x92, 0x20, 0x93, 0x94, 0x20, 0xe9, 0x20, 0xeb,
    ]);
  });

  it('refuses characters Windows-1252 cannot hold, unless given a replacement', () => {
    expect(() => encodeWindows1252('Łódź')).toThrow(RangeError);
    expect(decodeWindows1252(encodeWindows1252('Łódź', '?'))).toBe('?ód?');
  });
});
