/**
 * The built renderer's source maps, for the benchmarks and profiles that name script by
 * its original source. source-map-js comes with Vite (not a dependency of its own):
 * without it, callers fall back to the names the browser gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { root } from './bench-support.mjs';

export const SourceMapConsumer = await import('source-map-js').then(
  (m) => m.SourceMapConsumer,
  () => undefined,
);

const maps = new Map();

/**
 * Where a position in a built file (by URL or name under dist/renderer/assets) came from:
 * `{ source, line, name }` with the package path shortened, or undefined when unknown.
 * `line` counts from 1 and `column` from 0, as source maps do.
 */
export function originalPosition(url, line, column) {
  const file = basename(url ?? '');
  if (!file.endsWith('.js') || !SourceMapConsumer) return undefined;
  if (!maps.has(file)) {
    const path = join(root, 'dist/renderer/assets', `${file}.map`);
    maps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  const map = maps.get(file);
  if (!map) return undefined;
  const pos = map.originalPositionFor({ line, column });
  if (!pos.source) return undefined;
  return {
    source: pos.source.replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, ''),
    line: pos.line,
    name: pos.name ?? undefined,
  };
}
