/**
 * The interface's translator (renderer/i18n/translate.ts): what a researcher reads is the
 * right sentence, in the chosen language, with the right plural and the values filled in;
 * a text that is not there is said in the console rather than hidden.
 */
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { nl } from '../../renderer/i18n/nl';
import { Translator, type Bundle } from '../../renderer/i18n/translate';

function translator(bundles: Record<string, Bundle>, language = 'nl') {
  const onMissing = vi.fn();
  const texts = new Translator({ language, fallback: 'nl', onMissing });
  for (const [code, bundle] of Object.entries(bundles)) texts.addBundle(code, bundle);
  return { texts, onMissing };
}

describe('looking a text up', () => {
  it('finds a text by its dotted key, at any depth', () => {
    const { texts } = translator({
      nl: { nav: { study: 'Studie', deep: { deeper: { leaf: 'Blad' } } }, top: 'Boven' },
    });
    expect(texts.t('nav.study')).toBe('Studie');
    expect(texts.t('nav.deep.deeper.leaf')).toBe('Blad');
    expect(texts.t('top')).toBe('Boven');
  });

  it('shows the key and reports it once when the text is in neither language', () => {
    const { texts, onMissing } = translator({ nl: { nav: { study: 'Studie' } } });
    expect(texts.t('nav.nothing')).toBe('nav.nothing');
    expect(texts.t('nav.nothing')).toBe('nav.nothing');
    expect(texts.t('nope.nav')).toBe('nope.nav');
    // A namespace is not a text.
    expect(texts.t('nav')).toBe('nav');
    expect(onMissing.mock.calls).toEqual([
      ['nav.nothing', 'nl'],
      ['nope.nav', 'nl'],
      ['nav', 'nl'],
    ]);
  });

  it('reports a key asked for again after texts arrived that still lack it', () => {
    const { texts, onMissing } = translator({ nl: { a: { x: 'X' } } });
    texts.t('a.y');
    texts.addBundle('nl', { b: { z: 'Z' } });
    texts.t('a.y');
    expect(onMissing).toHaveBeenCalledTimes(2);
  });

  it('takes the Dutch text where the chosen language has none, and reports nothing', () => {
    const { texts, onMissing } = translator(
      { nl: { a: { x: 'Alleen Nederlands', y: 'Ja' } }, en: { a: { y: 'Yes' } } },
      'en',
    );
    expect(texts.t('a.y')).toBe('Yes');
    expect(texts.t('a.x')).toBe('Alleen Nederlands');
    expect(onMissing).not.toHaveBeenCalled();
  });

  it('uses the default value given for a key that may not exist, filled in, without a report', () => {
    const { texts, onMissing } = translator({ nl: { import: { errors: { known: 'Kolom {{column}} ontbreekt' } } } });
    expect(texts.t('import.errors.known', { column: 'B', defaultValue: 'fallback' })).toBe('Kolom B ontbreekt');
    expect(texts.t('import.errors.unknown', { column: 'B', defaultValue: 'Column {{column}} is odd' })).toBe(
      'Column B is odd',
    );
    expect(onMissing).not.toHaveBeenCalled();
  });
});

describe('filling values in', () => {
  const { texts } = translator({
    nl: { s: { two: '{{name}} sprak {{ minutes }} minuten met {{name}}', lone: 'Geen {{waarde}}', markup: '{{x}}' } },
  });

  it('fills every placeholder, also one used twice and one with spaces', () => {
    expect(texts.t('s.two', { name: 'R01', minutes: 12 })).toBe('R01 sprak 12 minuten met R01');
  });

  it('writes numbers, zero and false as they are, and leaves markup to React to escape', () => {
    expect(texts.t('s.lone', { waarde: 0 })).toBe('Geen 0');
    expect(texts.t('s.lone', { waarde: false })).toBe('Geen false');
    expect(texts.t('s.markup', { x: '<b>&amp;</b>' })).toBe('<b>&amp;</b>');
  });

  it('leaves a placeholder without a value visible instead of dropping words', () => {
    expect(texts.t('s.lone')).toBe('Geen {{waarde}}');
    expect(texts.t('s.lone', { andere: 'x' })).toBe('Geen {{waarde}}');
  });
});

describe('plurals', () => {
  it('chooses one or other by count in Dutch and English, with the count filled in', () => {
    const { texts } = translator({
      nl: { turns_one: '{{count}} beurt', turns_other: '{{count}} beurten' },
      en: { turns_one: '{{count}} turn', turns_other: '{{count}} turns' },
    });
    expect([0, 1, 2, 21].map((count) => texts.t('turns', { count }))).toEqual([
      '0 beurten',
      '1 beurt',
      '2 beurten',
      '21 beurten',
    ]);
    texts.setLanguage('en');
    expect([0, 1, 1.5].map((count) => texts.t('turns', { count }))).toEqual(['0 turns', '1 turn', '1.5 turns']);
  });

  it('says zero in its own words where a _zero text exists (the follow-up table)', () => {
    const { texts } = translator({ nl, en });
    expect(texts.t('followUpTable.dueCount', { count: 0 })).toBe('Niets meer te versturen.');
    expect(texts.t('followUpTable.dueCount', { count: 1 })).toBe(
      'Bij 1 interview is nog iets te versturen; het staat bovenaan.',
    );
    expect(texts.t('followUpTable.dueCount', { count: 3 })).toMatch(/^Bij 3 interviews is/);
    expect(texts.getFixedT('en')('followUpTable.dueCount', { count: 0 })).toBe('Nothing left to send.');
  });

  it("follows the language's plural rules (few, many), falling back to other", () => {
    const { texts } = translator(
      {
        nl: {},
        pl: {
          files_one: '{{count}} plik',
          files_few: '{{count}} pliki',
          files_many: '{{count}} plików',
          files_other: '{{count}} pliku',
        },
        ar: { x_other: '{{count}} ar' },
      },
      'pl',
    );
    expect([1, 2, 5, 22, 1.5].map((count) => texts.t('files', { count }))).toEqual([
      '1 plik',
      '2 pliki',
      '5 plików',
      '22 pliki',
      '1.5 pliku',
    ]);
    texts.setLanguage('ar');
    // Arabic has two, few and many; with only _other, every count takes it.
    expect([0, 2, 3, 11].map((count) => texts.t('x', { count }))).toEqual(['0 ar', '2 ar', '3 ar', '11 ar']);
  });

  it('takes the bare key when a text has no plural forms', () => {
    const { texts } = translator({ nl: { plain: '{{count}} keer' } });
    expect(texts.t('plain', { count: 4 })).toBe('4 keer');
  });
});

describe('languages and texts arriving', () => {
  it('adds texts deep without replacing what a language already has', () => {
    const { texts } = translator({ nl: { a: { x: 'eerste', y: 'Y' } } });
    texts.addBundle('nl', { a: { x: 'tweede', z: 'Z' }, b: { w: 'W' } });
    expect([texts.t('a.x'), texts.t('a.y'), texts.t('a.z'), texts.t('b.w')]).toEqual(['eerste', 'Y', 'Z', 'W']);
  });

  it('tells subscribers when texts arrive or the language changes, not when nothing changed', () => {
    const { texts } = translator({ nl: { a: { x: 'X' } } });
    const listener = vi.fn();
    const unsubscribe = texts.subscribe(listener);
    const before = texts.revision;
    texts.addBundle('en', { a: { x: 'X in English' } });
    texts.setLanguage('en');
    texts.setLanguage('en');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(texts.revision).toBe(before + 2);
    expect(texts.language).toBe('en');
    expect(texts.t('a.x')).toBe('X in English');
    unsubscribe();
    texts.setLanguage('nl');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('gives a fixed translator that keeps its language whatever the interface speaks', () => {
    const { texts } = translator({ nl, en });
    const english = texts.getFixedT('en');
    const dutch = texts.getFixedT('nl');
    texts.setLanguage('en');
    expect(dutch('nav.respondents')).toBe(nl.nav.respondents);
    expect(english('nav.respondents')).toBe(en.nav.respondents);
    expect(texts.hasBundle('en')).toBe(true);
    expect(texts.hasBundle('de')).toBe(false);
  });
});
