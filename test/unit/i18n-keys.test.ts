/**
 * Every interface text the code asks for exists, in Dutch and in English: a missing key
 * would show the researcher a raw key like "design.saved" instead of a sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { nl } from '../../renderer/i18n/nl';
import { RULE_IDS } from '../../shared/reflection/question-rules';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Keys passed literally to t(…) / i18n.t(…). */
function usedKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of sourceFiles(join(__dirname, '../../renderer'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) {
      keys.set(match[1]!, file);
    }
  }
  return keys;
}

function has(messages: unknown, key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop()!;
  let node = messages as Record<string, unknown> | undefined;
  for (const part of parts) node = node?.[part] as Record<string, unknown> | undefined;
  if (!node) return false;
  // Plural keys live as key_one / key_other.
  return typeof node[last] === 'string' || typeof node[`${last}_other`] === 'string';
}

describe('interface texts', () => {
  const keys = usedKeys();

  it('finds the keys the interface uses', () => {
    expect(keys.size).toBeGreaterThan(300);
  });

  it.each([
    ['Dutch', nl],
    ['English', en],
  ])('every key the code uses exists in %s', (_language, messages) => {
    const missing = [...keys].filter(([key]) => !has(messages, key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  // The reflection explains each question's label by the classifier's rule id, a key built at run time.
  it.each([
    ['Dutch', nl],
    ['English', en],
  ])('explains every rule of the question classifier in %s, and no rule that does not exist', (_language, messages) => {
    const explained = messages.classifierRules as Record<string, string>;
    expect(Object.keys(explained).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(explained[id]?.length).toBeGreaterThan(10);
  });
});
