/**
 * What the first screen's JavaScript is made of: each loaded file of the build split by
 * the source it came from (through its source map), packages summed, largest first, so
 * a figure over its target names what to load later.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { root } from './bench-support.mjs';

import { SourceMapConsumer } from './source-maps.mjs';

function owner(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return pkg ? pkg[1] : source.replace(/^(\.\.\/)+/, '');
}

/** Bytes per source (packages as one) over the given built files (names under dist/renderer/assets). */
export function bundleBreakdown(files) {
  const bytes = new Map();
  const add = (key, n) => bytes.set(key, (bytes.get(key) ?? 0) + n);
  for (const file of files.map((f) => basename(f))) {
    const path = join(root, 'dist/renderer/assets', file);
    if (!existsSync(path)) continue;
    const code = readFileSync(path, 'utf8');
    if (!SourceMapConsumer || !existsSync(`${path}.map`)) {
      add(file, code.length);
      continue;
    }
    const lines = code.split('\n');
    const map = new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    let prev;
    let counted = 0;
    map.eachMapping((m) => {
      if (prev) {
        const end = prev.generatedLine === m.generatedLine ? m.generatedColumn : lines[prev.generatedLine - 1].length;
        const n = Math.max(0, end - prev.generatedColumn);
        add(prev.source ? owner(prev.source) : '(generated)', n);
        counted += n;
      }
      prev = m;
    });
    add('(generated)', Math.max(0, code.length - counted));
  }
  return [...bytes].sort((a, b) => b[1] - a[1]);
}

export function printBreakdown(title, breakdown, top = 12) {
  console.log('');
  console.log(title);
  for (const [source, n] of breakdown.slice(0, top))
    console.log(`  ${(n / 1000).toFixed(1).padStart(7)} kB  ${source}`);
  const rest = breakdown.slice(top).reduce((sum, [, n]) => sum + n, 0);
  console.log(`  ${(rest / 1000).toFixed(1).padStart(7)} kB  ${breakdown.length - top} other sources`);
}
