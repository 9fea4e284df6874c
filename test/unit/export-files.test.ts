/**
 * File names of exported transcripts and zipping several exports into one download.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { safeFilePart, transcriptFileName, transcriptTitle, uniqueNames, zipFiles } from '../../shared/export';

// Local time: the date is the interview's date where the researcher is.
const april3 = new Date(2017, 3, 3, 10, 15);

describe('transcriptFileName', () => {
  it('names an anonymised transcript by code and date', () => {
    expect(transcriptFileName('BA', april3, true)).toBe('BA_2017-04-03.docx');
    expect(transcriptFileName('BA', april3.getTime(), true)).toBe('BA_2017-04-03.docx');
  });

  it('says in the name when a transcript is not anonymised', () => {
    expect(transcriptFileName('BA', april3, false)).toBe('BA_2017-04-03_niet-geanonimiseerd.docx');
  });

  it('keeps only safe characters', () => {
    expect(transcriptFileName('../B/A', april3, true)).toBe('B-A_2017-04-03.docx');
    expect(transcriptFileName('OIJ 3', april3, true)).toBe('OIJ-3_2017-04-03.docx');
    expect(transcriptFileName('Ö:ß*?"<>|é', april3, true)).toBe('O-ss-e_2017-04-03.docx');
    expect(transcriptFileName('  ', april3, true)).toBe('transcript_2017-04-03.docx');
    expect(transcriptFileName('a_b', april3, true)).toBe('a-b_2017-04-03.docx');
  });

  it('refuses an invalid date rather than naming a file "NaN"', () => {
    expect(() => transcriptFileName('BA', Number.NaN, true)).toThrow(RangeError);
  });

  it.each(['BA', 'B A', 'É/ë', 'CON', '..', 'x'.repeat(300)])('%j gives a portable name', (code) => {
    const part = safeFilePart(code);
    expect(part).toMatch(/^[A-Za-z0-9-]*$/);
    expect(part.length).toBeLessThanOrEqual(60);
  });
});

describe('transcriptTitle', () => {
  it('is the code and date, nothing more', () => {
    expect(transcriptTitle('BA', april3)).toBe('Transcript BA 2017-04-03');
  });
});

describe('zipFiles', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('zips the files under their names, unique regardless of case', () => {
    const zip = zipFiles([
      { name: 'BA_2017-04-03.docx', bytes: bytes('een') },
      { name: 'ba_2017-04-03.docx', bytes: bytes('twee') },
      { name: 'BA_2017-04-03.docx', bytes: bytes('drie') },
      { name: 'notities', bytes: bytes('vier') },
      { name: 'notities', bytes: bytes('vijf') },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual([
      'BA_2017-04-03.docx',
      'ba_2017-04-03-2.docx',
      'BA_2017-04-03-3.docx',
      'notities',
      'notities-2',
    ]);
    expect(new TextDecoder().decode(files['BA_2017-04-03-3.docx'])).toBe('drie');
  });

  it('records a neutral time for every entry, not the moment of export', () => {
    const files = [
      { name: 'BA_2017-04-03.docx', bytes: bytes('een') },
      { name: 'notities.txt', bytes: bytes('twee') },
    ];
    const zip = zipFiles(files);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // DOS date of 1980-01-01: year 0 since 1980, month 1, day 1; time 00:00:00.
    const neutral = { date: (0 << 9) | (1 << 5) | 1, time: 0 };
    const stamps: { date: number; time: number }[] = [];
    for (let at = 0; at + 4 <= zip.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50)
        stamps.push({ time: view.getUint16(at + 10, true), date: view.getUint16(at + 12, true) });
      if (signature === 0x02014b50)
        stamps.push({ time: view.getUint16(at + 12, true), date: view.getUint16(at + 14, true) });
    }
    // A local header and a central directory entry per file.
    expect(stamps).toEqual([neutral, neutral, neutral, neutral]);
    // The same files zipped later give the same bytes.
    expect(zipFiles(files)).toEqual(zip);
  });

  it('keeps entries inside the folder they are unpacked into', () => {
    expect(uniqueNames(['../../etc/x.docx', '/abs/y.docx', 'a\\b.docx', '.hidden', ''])).toEqual([
      'etc-x.docx',
      'abs-y.docx',
      'a-b.docx',
      'hidden',
      'bestand',
    ]);
  });

  it('does not clash with a name a number was added to', () => {
    expect(uniqueNames(['a-2.docx', 'a.docx', 'a.docx'])).toEqual(['a-2.docx', 'a.docx', 'a-3.docx']);
  });
});
