/**
 * Reads the fuses of a packaged Veldwerk and compares them with `electronFuses` in
 * electron-builder.yml, so that a build whose binary could still run as plain Node, take
 * NODE_OPTIONS or --inspect, or load code from outside its asar is caught before it ships.
 * Needs a packaged app, i.e. a machine where `npm run dist` can download Electron.
 *
 *   npm run check:fuses                      every app `npm run dist` left in release/
 *   npm run check:fuses -- PATH …            these executables (or macOS .app bundles)
 *   npm run check:fuses -- --release DIR     every app in another output folder
 *
 * Exit code 0: every fuse as configured; 1: a fuse differs; 2: no packaged app to check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// electron-builder's own YAML reader and fuse library (both its dependencies), so the
// config is read and the wire decoded exactly as electron-builder does when it flips them.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml');
const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses');
const fusesVersion = require('@electron/fuses/package.json').version;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// How a fuse is stored in the binary: the ASCII characters '0', '1' and 'r'.
const STATES = { 48: 'off', 49: 'on', 114: 'removed' };

function parseArguments(argv) {
  const releaseAt = argv.indexOf('--release');
  if (releaseAt === -1) return { releaseDir: undefined, paths: argv };
  return { releaseDir: argv[releaseAt + 1], paths: argv.filter((_, i) => i !== releaseAt && i !== releaseAt + 1) };
}

/** Each fuse @electron/fuses knows, with the state electronFuses asks for (null: not set). */
function expectedFuses(electronFuses) {
  return Object.keys(FuseV1Options)
    .filter((key) => Number.isNaN(Number(key)))
    .map((name) => {
      const value = electronFuses[name[0].toLowerCase() + name.slice(1)];
      return { name, index: FuseV1Options[name], expected: value === true ? 'on' : value === false ? 'off' : null };
    });
}

/** The executables electron-builder leaves in its unpacked folders (linux-unpacked, win-unpacked, mac…). */
function packagedApps(releaseDir, config, packageJson) {
  if (!existsSync(releaseDir)) return [];
  const productName = config.productName ?? packageJson.productName ?? packageJson.name;
  const linuxName = config.linux?.executableName ?? config.executableName ?? packageJson.name.toLowerCase();
  const windowsName = `${config.executableName ?? productName}.exe`;
  const byPrefix = { linux: linuxName, win: windowsName, mac: `${productName}.app` };
  return readdirSync(releaseDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const prefix = Object.keys(byPrefix).find((p) => entry.name.startsWith(p));
      return prefix ? [path.join(releaseDir, entry.name, byPrefix[prefix])] : [];
    })
    .filter((file) => existsSync(file));
}

/** Prints one app's fuses; returns whether every configured fuse is as configured. */
async function checkApp(file, expected) {
  let wire;
  try {
    wire = await getCurrentFuseWire(file);
  } catch (error) {
    console.log(`${file}: ${error.message}`);
    return false;
  }
  if (wire.version !== '1') {
    console.log(`${file}: fuse wire version ${wire.version}, which @electron/fuses ${fusesVersion} cannot read`);
    return false;
  }
  const length = Object.keys(wire).filter((key) => key !== 'version').length;
  console.log(`${file} (${length} fuses)`);
  let good = true;
  for (let index = 0; index < length; index++) {
    const found = STATES[wire[index]] ?? `unknown state ${wire[index]}`;
    const fuse = expected.find((f) => f.index === index);
    if (!fuse || fuse.expected === null) {
      const name = fuse?.name ?? `fuse ${index} (unknown to @electron/fuses ${fusesVersion})`;
      console.log(`  --   ${name}: ${found}, left at Electron's default (not set in electron-builder.yml)`);
    } else if (found === fuse.expected) {
      console.log(`  ok   ${fuse.name}: ${found}`);
    } else {
      good = false;
      console.log(`  FAIL ${fuse.name}: ${found}, but electron-builder.yml sets it ${fuse.expected}`);
    }
  }
  return good;
}

async function main() {
  const { releaseDir, paths } = parseArguments(process.argv.slice(2));
  const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!config?.electronFuses) {
    console.error('electron-builder.yml sets no electronFuses: there is nothing to check against.');
    return 1;
  }
  const outputDir = path.resolve(root, releaseDir ?? config.directories?.output ?? 'dist');
  const apps = paths.length > 0 ? paths.map((p) => path.resolve(p)) : packagedApps(outputDir, config, packageJson);
  const missing = apps.filter((file) => !existsSync(file));
  if (apps.length === 0 || missing.length > 0) {
    const where = missing.length > 0 ? missing.join(', ') : `${path.relative(root, outputDir) || outputDir}/`;
    console.error(
      `No packaged Veldwerk found at ${where}.\n` +
        'The fuses can only be read from a packaged app: run `npm run dist` on a machine that can\n' +
        'download Electron, or name the executable: npm run check:fuses -- path/to/Veldwerk',
    );
    return 2;
  }
  const expected = expectedFuses(config.electronFuses);
  let good = true;
  for (const file of apps) good = (await checkApp(file, expected)) && good;
  console.log(
    good
      ? 'Every fuse is as electron-builder.yml sets it.'
      : 'Not every fuse could be confirmed as electron-builder.yml sets it (see above).',
  );
  return good ? 0 : 1;
}

process.exitCode = await main();
