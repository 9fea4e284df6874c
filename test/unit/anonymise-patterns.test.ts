/** Identifiers found by their shape: phone numbers, e-mail addresses, postcodes, web addresses. */
import { describe, expect, it } from 'vitest';
import { dutchNationalNumber, findPatterns, findPhoneNumbers } from '../../shared/anonymise';

const matches = (text: string, kind?: string): string[] =>
  findPatterns(text)
    .filter((m) => kind === undefined || m.kind === kind)
    .map((m) => text.slice(m.start, m.end));

describe('phone numbers', () => {
  const formats = [
    '06-12345678',
    '06 1234 5678',
    '0612345678',
    '06 12 34 56 78',
    '06 - 12345678',
    '0314-123456',
    '0314 123456',
    '(0314) 12 34 56',
    '(0314)123456',
    '020-1234567',
    '020 123 4567',
    '+31 6 12345678',
    '+31612345678',
    '+31 (0)6-12345678',
    '+31(0)612345678',
    '+31 (0)314 123456',
    '+31 314 123456',
    '0031 6 12345678',
    '0031612345678',
    '+44 20 7946 0958',
  ];
  it.each(formats)('finds %s whole inside a sentence', (phone) => {
    expect(matches(`Bel mij op ${phone}, of mail.`, 'phone')).toEqual([phone]);
    expect(matches(`(${phone})`, 'phone')).toEqual([phone]);
    expect(matches(`nummer:${phone}.`, 'phone')).toEqual([phone]);
  });

  it('finds two numbers side by side as two', () => {
    expect(findPhoneNumbers('0314-123456 / 06-12345678').length).toBe(2);
    expect(matches('06 12345678 2 keer gebeld', 'phone')).toEqual(['06 12345678']);
  });

  it.each([
    'in 2015 en 2016',
    'op 06-05-2020 12 uur',
    'op 06-05-2020',
    'om 10.30 uur',
    'budget van 1.250.000 euro',
    'artikel 0.5',
    'code 06123',
    'ABC0612345678',
    '0612345678901234',
    '01-02-2020 10',
  ])('does not take "%s" for a phone number', (text) => {
    expect(matches(text, 'phone')).toEqual([]);
  });

  it('reads the national number of a registered phone however it is written', () => {
    for (const phone of ['06-12345678', '+31 (0)6 1234 5678', '0031612345678', '(06) 12345678']) {
      expect(dutchNationalNumber(phone)).toBe('612345678');
    }
    expect(dutchNationalNumber('bel 06-12345678')).toBeNull();
  });
});

describe('e-mail addresses', () => {
  it('finds addresses without the sentence end after them', () => {
    expect(matches('Mail piet.jansen@aalten.nl. Of P.Jansen+werk@sub.gemeente-aalten.nl!', 'email')).toEqual([
      'piet.jansen@aalten.nl',
      'P.Jansen+werk@sub.gemeente-aalten.nl',
    ]);
    expect(matches('via josé@zorg.nl', 'email')).toEqual(['josé@zorg.nl']);
  });
});

describe('postcodes', () => {
  it('finds 1234 AB and 1234AB', () => {
    expect(matches('Markt 1, 7121 AB Aalten en 7101BN', 'postcode')).toEqual(['7121 AB', '7101BN']);
    expect(matches('postcode 7121ab', 'postcode')).toEqual(['7121ab']);
  });
  it('leaves years followed by words and unissued letters alone', () => {
    expect(matches('in 2015 en 2016 zijn we', 'postcode')).toEqual([]);
    expect(matches('0123 AB 1234 SS 12345 AB 1234 ABC', 'postcode')).toEqual([]);
  });
});

describe('web addresses', () => {
  it('finds https, www and bare domains without trailing punctuation', () => {
    expect(matches('Zie https://www.aalten.nl/zorg?id=3. En www.Winterswijk.nl, of (aalten.nl).', 'url')).toEqual([
      'https://www.aalten.nl/zorg?id=3',
      'www.Winterswijk.nl',
      'aalten.nl',
    ]);
  });
  it('does not take a missed space after a full stop for a domain', () => {
    expect(matches('Dat hebben we besproken.De gemeente wil dat.nu niet', 'url')).toEqual([]);
  });
});
