/** The texts come in two parts per language (the first screen's and the rest) that together make the whole. */
import { describe, expect, it } from 'vitest';
import { enRest } from '../../renderer/i18n/en-rest';
import { enStart } from '../../renderer/i18n/en-start';
import { nl } from '../../renderer/i18n/nl';
import { nlRest } from '../../renderer/i18n/nl-rest';
import { nlStart } from '../../renderer/i18n/nl-start';

describe('interface text bundles', () => {
  it('split every namespace into exactly one part, the same in both languages', () => {
    const start = Object.keys(nlStart);
    const rest = Object.keys(nlRest);
    expect(start.filter((ns) => rest.includes(ns))).toEqual([]);
    expect([...start, ...rest].sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(enStart).sort()).toEqual([...start].sort());
    expect(Object.keys(enRest).sort()).toEqual([...rest].sort());
  });

  it('keep the first screen’s part small: its own namespaces only', () => {
    expect(Object.keys(nlStart)).not.toContain('interview');
    expect(JSON.stringify(nlStart).length).toBeLessThan(JSON.stringify(nl).length / 5);
  });
});
