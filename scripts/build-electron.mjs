/**
 * Bundles the main process and the preload into dist/electron/{main,preload}.cjs with
 * esbuild. The preload runs sandboxed, where `require` knows only 'electron' and a few
 * built-ins, so it must be one self-contained file; main is bundled the same way so the
 * packaged app needs no node_modules. `--outdir DIR` builds elsewhere (used by tests).
 */
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = path.resolve(outdirFlag === -1 ? path.join(root, 'dist/electron') : process.argv[outdirFlag + 1]);

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 ships Node 24; node22 keeps the output readable by anything from Electron 33 on.
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  define: { 'process.env.NODE_ENV': '"production"' },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outdir, 'main.cjs') }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outdir, 'preload.cjs') }),
]);
console.log(`electron bundles written to ${path.relative(root, outdir) || outdir}`);
