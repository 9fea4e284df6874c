/** The handlers behind the contract, with a fake dialog and page, writing to a temp folder. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../electron/app-origin';
import { writeFileAtomically, type AtomicWriteFs } from '../../electron/atomic-write';
import {
  createIpcHandlers,
  PDF_PRINT_OPTIONS,
  registerIpcHandlers,
  type SaveDialogOptions,
} from '../../electron/ipc-handlers';
import type { InvokeEvent } from '../../electron/ipc-wrapper';
import { createAutomaticBackups } from '../../electron/automatic-backups';
import { unzipSync } from 'fflate';
import { exampleTranscriptFormat } from '../../shared/example/transcript-format';
import { buildTranscriptDocx, transcriptDocumentFrom, zipFiles } from '../../shared/export';
import { createKeychain } from '../../electron/keychain';
import { filtersFor } from '../../renderer/platform/electron';
import { readDocx } from '../support/docx-reader';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'veldwerk-save-'));

function fakePage() {
  return { printToPDF: vi.fn(async () => new TextEncoder().encode('%PDF-1.7 fake')) };
}
type Page = ReturnType<typeof fakePage>;

type Services = Parameters<typeof registerIpcHandlers<Page>>[1];

const unusedBackups = () => createAutomaticBackups({ userDataDir: tempDir(), chooseFolder: async () => null });
const unusedKeychain = () =>
  createKeychain({
    userDataDir: tempDir(),
    platform: 'linux',
    safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
  });

function register(
  services: Omit<Services, 'setMenu' | 'setMicrophone' | 'backups' | 'keychain'> &
    Partial<Pick<Services, 'setMenu' | 'setMicrophone' | 'backups' | 'keychain'>>,
) {
  const listeners = new Map<string, (event: InvokeEvent<Page>, ...args: unknown[]) => Promise<unknown>>();
  registerIpcHandlers<Page>(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    { setMenu: vi.fn(), setMicrophone: vi.fn(), backups: unusedBackups(), keychain: unusedKeychain(), ...services },
    APP_ORIGIN,
  );
  const page = fakePage();
  const call = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)!({ senderFrame: { origin: APP_ORIGIN, parent: null }, sender: page }, ...args);
  return { call, page };
}

const enospcFs = (): AtomicWriteFs => ({
  // Writes half of the bytes, then the disk is full: exactly the case that must leave nothing behind.
  async open(file, flags) {
    const handle = await fs.open(file, flags);
    return {
      async writeFile(data) {
        await handle.writeFile(data.subarray(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: fs.rename,
  rm: fs.rm,
});

describe("'file:save'", () => {
  it('asks where, writes the bytes there and reports the location', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'verslag.docx');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const { call, page } = register({ showSaveDialog, appInfo: () => ({ version: '1', platform: 'linux' }) });

    const filters = [{ name: 'Word-document', extensions: ['docx'] }];
    const result = await call('file:save', {
      suggestedName: 'verslag.docx',
      filters,
      bytes: new Uint8Array([7, 8, 9]),
    });

    expect(result).toEqual({ ok: true, value: { status: 'saved', location: target } });
    expect([...readFileSync(target)]).toEqual([7, 8, 9]);
    expect(readdirSync(dir)).toEqual(['verslag.docx']);
    expect(showSaveDialog).toHaveBeenCalledWith(page, {
      defaultPath: 'verslag.docx',
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('writes an exported .docx and a zip of them byte for byte', async () => {
    const dir = tempDir();
    const doc = transcriptDocumentFrom(
      exampleTranscriptFormat,
      {
        respondent: 'BA',
        organisation: 'Aalten',
        respondentType: 'Beleidsmedewerker',
        date: '3 april 2017',
        startTime: '3 april 2017, 10:00',
        duration: '52 minuten',
      },
      [{ speaker: 'respondent', text: 'Eén idee — “prima”.' }],
      { language: 'nl', anonymised: true, title: 'Transcript BA 2017-04-03' },
    );
    const docx = await buildTranscriptDocx(doc);
    const zip = zipFiles([{ name: 'BA_2017-04-03.docx', bytes: docx }]);
    for (const [name, bytes] of [
      ['BA_2017-04-03.docx', docx],
      ['transcripten_2017-04-03.zip', zip],
    ] as const) {
      const target = path.join(dir, name);
      const { call } = register({
        showSaveDialog: async () => ({ canceled: false, filePath: target }),
        appInfo: () => ({ version: '1', platform: 'linux' }),
      });
      const result = await call('file:save', { suggestedName: name, filters: filtersFor(name), bytes });
      expect(result).toEqual({ ok: true, value: { status: 'saved', location: target } });
      expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    }
    expect(readDocx(new Uint8Array(readFileSync(path.join(dir, 'BA_2017-04-03.docx')))).boldRuns).toEqual([
      'Respondent:',
    ]);
    const unzipped = unzipSync(new Uint8Array(readFileSync(path.join(dir, 'transcripten_2017-04-03.zip'))));
    expect(readDocx(unzipped['BA_2017-04-03.docx']!).text).toContain('Respondent: Eén idee — “prima”.');
  });

  it('offers the folder saved to last for the next file, also for a PDF, and keeps it past a cancel', async () => {
    // Electron 43+ opens a dialog given a bare file name in Downloads every time.
    const dir = tempDir();
    const answers = [path.join(dir, 'BA.docx'), null, path.join(dir, 'BB.docx'), path.join(dir, 'gids.pdf')];
    const showSaveDialog = vi.fn(async (_page: Page, _options: SaveDialogOptions) => {
      const filePath = answers.shift();
      return filePath ? { canceled: false, filePath } : { canceled: true };
    });
    const { call } = register({ showSaveDialog, appInfo: () => ({ version: '1', platform: 'linux' }) });
    const save = (name: string) => call('file:save', { suggestedName: name, filters: [], bytes: new Uint8Array([1]) });

    await save('BA.docx');
    expect(await save('BB.docx')).toEqual({ ok: true, value: { status: 'cancelled' } });
    await save('BB.docx');
    await call('page:printToPdf', { suggestedName: 'gids' });

    expect(showSaveDialog.mock.calls.map(([, options]) => options.defaultPath)).toEqual([
      'BA.docx',
      path.join(dir, 'BB.docx'),
      path.join(dir, 'BB.docx'),
      path.join(dir, 'gids.pdf'),
    ]);
    expect(readdirSync(dir).sort()).toEqual(['BA.docx', 'BB.docx', 'gids.pdf']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const writeFile = vi.fn();
    const { call } = register({
      showSaveDialog: async () => ({ canceled: true }),
      writeFile,
      appInfo: () => ({ version: '1', platform: 'linux' }),
    });
    const result = await call('file:save', { suggestedName: 'a.csv', filters: [], bytes: new Uint8Array() });
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('on a full disk returns its code, removes the temp file and keeps the old file intact', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'verslag.docx');
    writeFileSync(target, 'old version');
    const { call } = register({
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
      writeFile: (file, bytes) => writeFileAtomically(file, bytes, enospcFs()),
      appInfo: () => ({ version: '1', platform: 'linux' }),
    });

    const result = await call('file:save', {
      suggestedName: 'verslag.docx',
      filters: [],
      bytes: new Uint8Array(1000).fill(1),
    });

    expect(result).toEqual({ ok: false, error: { code: 'disk-full' } });
    expect(readdirSync(dir)).toEqual(['verslag.docx']);
    expect(readFileSync(target, 'utf8')).toBe('old version');
  });

  it('on a permission error returns its code and leaves nothing behind', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'export.csv');
    const { call } = register({
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
      writeFile: (file, bytes) =>
        writeFileAtomically(file, bytes, {
          open: fs.open,
          rename: async () => {
            throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
          },
          rm: fs.rm,
        }),
      appInfo: () => ({ version: '1', platform: 'linux' }),
    });
    const result = await call('file:save', { suggestedName: 'export.csv', filters: [], bytes: new Uint8Array([1]) });
    expect(result).toEqual({ ok: false, error: { code: 'no-permission' } });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("'page:printToPdf'", () => {
  it('asks where (as .pdf), prints the calling page to A4 with backgrounds, and writes it', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'gespreksleidraad.pdf');
    const showSaveDialog = vi.fn(async (_page: Page, _options: SaveDialogOptions) => ({
      canceled: false,
      filePath: target,
    }));
    const { call, page } = register({ showSaveDialog, appInfo: () => ({ version: '1', platform: 'linux' }) });

    const result = await call('page:printToPdf', { suggestedName: 'gespreksleidraad' });

    expect(result).toEqual({ ok: true, value: { status: 'saved', location: target } });
    expect(page.printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'A4' });
    expect(PDF_PRINT_OPTIONS).toEqual({ printBackground: true, pageSize: 'A4' });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: 'gespreksleidraad.pdf',
      filters: [{ name: 'PDF-document', extensions: ['pdf'] }],
    });
  });

  it('does not print when the dialog is cancelled', async () => {
    const { call, page } = register({
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      appInfo: () => ({ version: '1', platform: 'linux' }),
    });
    expect(await call('page:printToPdf', { suggestedName: 'x.pdf' })).toEqual({
      ok: true,
      value: { status: 'cancelled' },
    });
    expect(page.printToPDF).not.toHaveBeenCalled();
  });
});

describe("'app:info'", () => {
  it('returns version and platform', async () => {
    const { call } = register({
      showSaveDialog: vi.fn(),
      appInfo: () => ({ version: '0.1.0', platform: 'win32' }),
    });
    expect(await call('app:info')).toEqual({ ok: true, value: { version: '0.1.0', platform: 'win32' } });
  });
});

describe("'recording:microphone'", () => {
  it('switches the microphone with the recorder, and takes nothing but { on: boolean }', async () => {
    const setMicrophone = vi.fn();
    const { call, page } = register({ showSaveDialog: vi.fn(), appInfo: vi.fn(), setMicrophone });
    expect(await call('recording:microphone', { on: true })).toEqual({ ok: true, value: null });
    expect(await call('recording:microphone', { on: false })).toEqual({ ok: true, value: null });
    expect(setMicrophone.mock.calls).toEqual([
      [true, page],
      [false, page],
    ]);
    for (const bad of [undefined, { on: 'yes' }, { on: true, video: true }, true]) {
      expect(await call('recording:microphone', bad)).toEqual({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(setMicrophone).toHaveBeenCalledTimes(2);
  });
});

describe('createIpcHandlers', () => {
  it('has a handler for every channel of the contract', () => {
    const handlers = createIpcHandlers({
      showSaveDialog: vi.fn(),
      appInfo: vi.fn(),
      setMenu: vi.fn(),
      setMicrophone: vi.fn(),
      backups: unusedBackups(),
      keychain: unusedKeychain(),
    });
    expect(Object.keys(handlers).sort()).toEqual([
      'app:info',
      'backups:chooseFolder',
      'backups:forgetFolder',
      'backups:list',
      'backups:read',
      'backups:write',
      'file:save',
      'keychain:available',
      'keychain:forget',
      'keychain:load',
      'keychain:store',
      'menu:set',
      'page:printToPdf',
      'recording:microphone',
    ]);
  });
});
