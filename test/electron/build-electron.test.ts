/**
 * Runs scripts/build-electron.mjs into a temp folder and checks the bundles: the sandboxed
 * preload may require nothing but 'electron' (a sandboxed preload cannot load local files),
 * and main needs only electron and Node built-ins (no node_modules ship).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ipcChannels, ipcEventNames } from '../../shared/ipc';

const root = path.resolve(import.meta.dirname, '../..');
let outdir: string;

beforeAll(() => {
  outdir = mkdtempSync(path.join(tmpdir(), 'veldwerk-electron-build-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs'), '--outdir', outdir], {
    cwd: root,
    stdio: 'pipe',
  });
});

/** Every require(...) in the code: the literal ones by name, anything else as '<dynamic>'. */
function requiredModules(code: string): string[] {
  const all = code.match(/\brequire\s*\(/g) ?? [];
  const literal = [...code.matchAll(/\brequire\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2]!);
  return [...literal, ...Array<string>(all.length - literal.length).fill('<dynamic>')];
}

describe('scripts/build-electron.mjs', () => {
  it('bundles the preload into one file that requires only electron', () => {
    const preload = readFileSync(path.join(outdir, 'preload.cjs'), 'utf8');
    expect(new Set(requiredModules(preload))).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/\bimport\s*\(|\bimport\s+[\w{*]/); // no ESM left over
    expect(preload).not.toContain('zod'); // the schema library stays in main
  });

  it('produces a preload that works when run the way a sandboxed preload runs', () => {
    const code = readFileSync(path.join(outdir, 'preload.cjs'), 'utf8');
    const exposed: Array<[string, Record<string, unknown>]> = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.push([name, api]) },
      ipcRenderer: { invoke: async () => ({ ok: true, value: null }) },
    };
    const require = (name: string) => {
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return fakeElectron;
    };
    vm.runInNewContext(code, { require, module: { exports: {} }, exports: {} });
    expect(exposed.map(([name]) => name)).toEqual(['veldwerk']);
    expect(Object.keys(exposed[0]![1]).sort()).toEqual([...ipcChannels, ...ipcEventNames].sort());
  });

  it('bundles main as CommonJS that requires only electron and Node built-ins', () => {
    const main = readFileSync(path.join(outdir, 'main.cjs'), 'utf8');
    const required = new Set(requiredModules(main));
    for (const name of required) expect(name === 'electron' || name.startsWith('node:'), name).toBe(true);
    expect(required.has('electron')).toBe(true);
    // security.ts runs first: the scheme is registered before anything else touches electron.
    expect(main.indexOf('registerSchemesAsPrivileged')).toBeLessThan(main.indexOf('requestSingleInstanceLock'));
  });
});
