/**
 * The fuses a shipped Veldwerk gets: the electronFuses of electron-builder.yml (checked
 * against the key names the installed electron-builder accepts), and
 * scripts/check-fuses.mjs, which reads them back from a packaged binary. No Electron binary
 * can be downloaded here, so the script is run on a file that carries Electron's fuse wire
 * (sentinel, version, length, one byte per fuse), flipped by the real @electron/fuses the
 * way electron-builder flips a packaged app.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  asar?: boolean;
  electronFuses?: Record<string, boolean>;
}
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const fuses = config.electronFuses ?? {};

/** The fuse names @electron/fuses knows ('RunAsNode', …), and their electron-builder keys ('runAsNode'). */
const fuseNames = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
const builderKey = (name: string) => name[0]!.toLowerCase() + name.slice(1);

describe('electronFuses in electron-builder.yml', () => {
  it('uses only keys the installed electron-builder accepts', () => {
    const scheme = require('app-builder-lib/scheme.json') as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const accepted = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(Object.keys(fuses).filter((key) => !accepted.includes(key))).toEqual([]);
  });

  it('decides every fuse electron-builder can set, none left to chance', () => {
    expect(fuseNames.length).toBeGreaterThanOrEqual(8);
    const undecided = fuseNames.filter((name) => typeof fuses[builderKey(name)] !== 'boolean');
    expect(undecided).toEqual([]);
  });

  it('keeps the shipped binary from becoming a Node runtime or debugger, or running code outside its asar', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    // With onlyLoadAppFromAsar the app would not even find itself without an asar.
    expect(config.asar).toBe(true);
  });
});

// Electron's fuse wire: a sentinel, the wire version (1), the number of fuses, then one
// ASCII byte per fuse. This is the wire of a stock Electron 45 (nine fuses, the ninth,
// WasmTrapHandlers, newer than the @electron/fuses electron-builder uses).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const STOCK_WIRE = '101100011';

function stockElectron(): { releaseDir: string; executable: string } {
  const releaseDir = mkdtempSync(path.join(tmpdir(), 'veldwerk-release-'));
  mkdirSync(path.join(releaseDir, 'linux-unpacked'));
  const executable = path.join(releaseDir, 'linux-unpacked', 'veldwerk');
  const padding = Buffer.alloc(4096, 0x90);
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, STOCK_WIRE.length]), Buffer.from(STOCK_WIRE)]);
  writeFileSync(executable, Buffer.concat([padding, wire, padding]));
  return { releaseDir, executable };
}

/** What electron-builder hands flipFuses for the config above. */
function builderFuseConfig(): FuseConfig {
  const flips: Record<number, boolean> = {};
  for (const name of fuseNames) {
    const value = fuses[builderKey(name)];
    if (typeof value === 'boolean') flips[FuseV1Options[name as keyof typeof FuseV1Options]] = value;
  }
  return { version: FuseVersion.V1, ...flips };
}

function checkFuses(...args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [path.join(root, 'scripts/check-fuses.mjs'), ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe('scripts/check-fuses.mjs', () => {
  it('says clearly that there is no packaged app to read, and exits 2', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'veldwerk-release-'));
    const result = checkFuses('--release', empty);
    expect(result.status).toBe(2);
    expect(result.output).toContain('No packaged Veldwerk found');
    expect(result.output).toContain('npm run dist');
  });

  it('fails a stock Electron whose fuses were never flipped, naming each fuse that differs', () => {
    const { releaseDir } = stockElectron();
    const result = checkFuses('--release', releaseDir);
    expect(result.status).toBe(1);
    for (const name of ['RunAsNode', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments']) {
      expect(result.output).toMatch(new RegExp(`FAIL ${name}: on, but electron-builder.yml sets it off`));
    }
    expect(result.output).toMatch(/FAIL OnlyLoadAppFromAsar: off, but electron-builder.yml sets it on/);
  });

  it('passes the app once its fuses are flipped as electron-builder flips them, and reports the fuse it cannot set', async () => {
    const { releaseDir, executable } = stockElectron();
    await flipFuses(executable, builderFuseConfig());
    const result = checkFuses('--release', releaseDir);
    expect(result.output).not.toContain('FAIL');
    expect(result.output).toMatch(/ok {3}RunAsNode: off/);
    expect(result.output).toMatch(/ok {3}OnlyLoadAppFromAsar: on/);
    expect(result.output).toMatch(/fuse 8 .*: on, left at Electron's default/);
    expect(result.output).toContain('Every fuse is as electron-builder.yml sets it.');
    expect(result.status).toBe(0);
    // The same app named directly.
    expect(checkFuses(executable).status).toBe(0);
  });

  it('refuses a file that is not an Electron binary', () => {
    const result = checkFuses(path.join(root, 'package.json'));
    expect(result.status).toBe(1);
    expect(result.output).toContain('Could not find sentinel');
  });
});
