/**
 * How well the export finds names nobody registered, measured on a benchmark of seven
 * interviews written as people speak (test/fixtures/anonymise-benchmark.txt): every
 * person, place and organisation in it is marked, and so are capitalised words that
 * identify nobody (nationalities, feasts, national bodies, tools). Nothing is on the
 * identifier list, so all of it rests on the suggestions. Prints the figures; fails
 * below 95 % recall or above 5 % false suggestions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyReplacementBook, findIdentifiers, type Finding, type TextToSearch } from '../../shared/anonymise';
import { bookAfterSearch } from '../../shared/export';

interface Marked {
  textId: string;
  start: number;
  end: number;
  text: string;
  kind?: 'person' | 'place' | 'organisation';
}

interface Benchmark {
  interviews: TextToSearch[][];
  identifiers: Marked[];
  nonIdentifiers: Marked[];
}

const MARK = /\[\[([^|\]]+)\|(person|place|organisation)\]\]|\{\{([^}]+)\}\}/gu;

function readBenchmark(source: string): Benchmark {
  const identifiers: Marked[] = [];
  const nonIdentifiers: Marked[] = [];
  const lines = source.split('\n').filter((line) => !line.startsWith('#'));
  const interviews = lines
    .join('\n')
    .split(/^=== .*$/mu)
    .slice(1)
    .map((block, i) =>
      block
        .split(/\n\s*\n/u)
        .map((paragraph) => paragraph.trim().replace(/^[OR]: /u, ''))
        .filter(Boolean)
        .map((marked, t): TextToSearch => {
          const id = `i${i + 1}/t${t + 1}`;
          let text = '';
          let at = 0;
          for (const m of marked.matchAll(MARK)) {
            text += marked.slice(at, m.index);
            const shown = m[1] ?? m[3]!;
            const span = { textId: id, start: text.length, end: text.length + shown.length, text: shown };
            if (m[2]) identifiers.push({ ...span, kind: m[2] as Marked['kind'] });
            else nonIdentifiers.push(span);
            text += shown;
            at = m.index + m[0].length;
          }
          return { id, text: text + marked.slice(at) };
        }),
    );
  return { interviews, identifiers, nonIdentifiers };
}

/**
 * Each interview searched on its own, as the export does, numbering on through the
 * study's book: a study with an empty identifier list and no vocabulary of its own, so
 * nothing but the suggestions finds anything.
 */
function search(benchmark: Benchmark): Finding[] {
  let book = emptyReplacementBook();
  const findings: Finding[] = [];
  for (const texts of benchmark.interviews) {
    const found = findIdentifiers(texts, { registry: [], replacements: book });
    book = bookAfterSearch(book, found);
    findings.push(...found);
  }
  return findings;
}

const overlaps = (a: Marked | Finding, b: Marked | Finding): boolean =>
  a.textId === b.textId && a.start < b.end && b.start < a.end;

/** Every letter of the identifier is inside a finding: accepting the suggestions leaves nothing of it. */
function caught(identifier: Marked, findings: readonly Finding[]): boolean {
  for (let at = identifier.start; at < identifier.end; at++) {
    if (!/\p{L}/u.test(identifier.text[at - identifier.start]!)) continue;
    if (!findings.some((f) => f.textId === identifier.textId && f.start <= at && at < f.end)) return false;
  }
  return true;
}

const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;

describe('suggesting names nobody registered, on the benchmark', () => {
  const benchmark = readBenchmark(
    readFileSync(new URL('../fixtures/anonymise-benchmark.txt', import.meta.url), 'utf8'),
  );

  it('is a benchmark of the promised size, its marks read as intended', () => {
    expect(benchmark.identifiers.length).toBeGreaterThanOrEqual(200);
    const capitalised = benchmark.nonIdentifiers.filter((m) => /^\p{Lu}/u.test(m.text));
    expect(capitalised.length).toBeGreaterThanOrEqual(50);
    for (const texts of benchmark.interviews) {
      for (const { text } of texts) expect(text).not.toMatch(/\[\[|\]\]|\{\{|\}\}/u);
    }
    const kinds = new Set(benchmark.identifiers.map((m) => m.kind));
    expect(kinds).toEqual(new Set(['person', 'place', 'organisation']));
  });

  it('finds at least 95 % of the identifiers and makes at most 5 % false suggestions', () => {
    const findings = search(benchmark);
    const missed = benchmark.identifiers.filter((m) => !caught(m, findings));
    const wrong = findings.filter((f) => !benchmark.identifiers.some((m) => overlaps(m, f)));
    const nonIdentifiersSuggested = benchmark.nonIdentifiers.filter((m) => findings.some((f) => overlaps(m, f)));

    const total = benchmark.identifiers.length;
    const recall = (total - missed.length) / total;
    const falseShare = wrong.length / findings.length;
    const nonIdentifierShare = nonIdentifiersSuggested.length / benchmark.nonIdentifiers.length;
    const byKind = (['person', 'place', 'organisation'] as const).map((kind) => {
      const all = benchmark.identifiers.filter((m) => m.kind === kind);
      const hit = all.filter((m) => caught(m, findings)).length;
      return `${kind} ${hit}/${all.length}`;
    });
    console.log(
      [
        `recall: ${total - missed.length}/${total} identifiers (${percent(total - missed.length, total)}; ${byKind.join(', ')})`,
        `false suggestions: ${wrong.length}/${findings.length} suggestions (${percent(wrong.length, findings.length)})`,
        `capitalised non-identifiers suggested: ${nonIdentifiersSuggested.length}/${benchmark.nonIdentifiers.length} (${percent(nonIdentifiersSuggested.length, benchmark.nonIdentifiers.length)})`,
        `missed: ${missed.map((m) => m.text).join(' · ') || 'none'}`,
        `false: ${wrong.map((f) => f.match).join(' · ') || 'none'}`,
      ].join('\n'),
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falseShare).toBeLessThanOrEqual(0.05);
    expect(nonIdentifierShare).toBeLessThanOrEqual(0.05);
  });
});
