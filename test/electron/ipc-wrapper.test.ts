/** The one IPC wrapper: sender check, schema parse, errors turned into results. */
import { describe, expect, it, vi } from 'vitest';
import { ipcChannels, isIpcError, type IpcError } from '../../shared/ipc';
import { APP_ORIGIN } from '../../electron/app-origin';
import { IpcFailure } from '../../electron/ipc-errors';
import { guardHandler, registerGuardedHandlers, type HandlerMap, type InvokeEvent } from '../../electron/ipc-wrapper';

const mainFrame = { origin: 'app://veldwerk', parent: null };
const event = (senderFrame: InvokeEvent<unknown>['senderFrame']): InvokeEvent<unknown> => ({
  senderFrame,
  sender: {},
});
const goodEvent = event(mainFrame);
const saveArgument = {
  suggestedName: 'verslag.docx',
  filters: [{ name: 'Word-document', extensions: ['docx'] }],
  bytes: new Uint8Array([1, 2, 3]),
};

describe('guardHandler', () => {
  it('passes a good call through and wraps the value', async () => {
    const handler = vi.fn(() => ({ version: '0.1.0', platform: 'linux' }));
    const guarded = guardHandler('app:info', handler, APP_ORIGIN);
    expect(await guarded(goodEvent)).toEqual({ ok: true, value: { version: '0.1.0', platform: 'linux' } });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('hands the handler the parsed argument', async () => {
    const handler = vi.fn(async (_argument: unknown) => ({ status: 'cancelled' as const }));
    const guarded = guardHandler('file:save', handler, APP_ORIGIN);
    expect(await guarded(goodEvent, saveArgument)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(handler.mock.calls[0]?.[0]).toEqual(saveArgument);
  });

  it.each([
    ['a sub-frame, even of the app origin', { origin: 'app://veldwerk', parent: mainFrame }],
    ['a foreign origin', { origin: 'https://evil.example', parent: null }],
    ['a look-alike host', { origin: 'app://veldwerk.evil', parent: null }],
    ['an opaque origin', { origin: 'null', parent: null }],
    ['a frame that has gone away', null],
  ])('refuses %s without calling the handler', async (_label, frame) => {
    const handler = vi.fn();
    const result = await guardHandler('app:info', handler, APP_ORIGIN)(event(frame));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses when reading the sender frame throws', async () => {
    const throwing = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
      sender: {},
    };
    const result = await guardHandler('app:info', vi.fn(), APP_ORIGIN)(throwing);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('accepts the dev server origin only when that is the trusted origin', async () => {
    const devFrame = event({ origin: 'http://localhost:5173', parent: null });
    const handler = vi.fn(() => ({ version: '1', platform: 'linux' }));
    expect(await guardHandler('app:info', handler, 'http://localhost:5173')(devFrame)).toMatchObject({ ok: true });
    expect(await guardHandler('app:info', handler, APP_ORIGIN)(devFrame)).toMatchObject({ ok: false });
    expect(await guardHandler('app:info', handler, 'http://localhost:5173')(goodEvent)).toMatchObject({ ok: false });
  });

  it.each([
    ['no argument', []],
    ['a string', ['verslag.docx']],
    ['bytes as a plain array', [{ ...saveArgument, bytes: [1, 2, 3] }]],
    ['a path instead of a name', [{ ...saveArgument, suggestedName: '../../etc/passwd' }]],
    ['a Windows path', [{ ...saveArgument, suggestedName: 'C:\\Users\\x\\a.docx' }]],
    ['an empty name', [{ ...saveArgument, suggestedName: '' }]],
    ['a bad extension', [{ ...saveArgument, filters: [{ name: 'x', extensions: ['.docx'] }] }]],
    ['extra arguments', [saveArgument, 'extra']],
  ])('refuses an argument that fails the schema: %s', async (_label, args) => {
    const handler = vi.fn();
    const quiet = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await guardHandler('file:save', handler, APP_ORIGIN)(goodEvent, ...args);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument' } });
    expect(handler).not.toHaveBeenCalled();
    expect(quiet).toHaveBeenCalledOnce();
    quiet.mockRestore();
  });

  it("refuses an argument for 'app:info', which takes none", async () => {
    const quiet = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await guardHandler('app:info', vi.fn(), APP_ORIGIN)(goodEvent, { any: 1 });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument' } });
    quiet.mockRestore();
  });

  it('refuses to guard a channel that is not in the contract', () => {
    expect(() => guardHandler('fs:readFile' as never, vi.fn(), APP_ORIGIN)).toThrow(/not in the contract/);
    expect(() => guardHandler('toString' as never, vi.fn(), APP_ORIGIN)).toThrow(/not in the contract/);
  });

  it('turns thrown errors into error codes, one per kind of file system failure', async () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const cases: Array<[unknown, IpcError]> = [
      [enospc, { code: 'disk-full' }],
      [Object.assign(new Error('x'), { code: 'EDQUOT' }), { code: 'quota-exceeded' }],
      [Object.assign(new Error('x'), { code: 'EACCES' }), { code: 'no-permission' }],
      [Object.assign(new Error('x'), { code: 'EPERM' }), { code: 'not-permitted' }],
      [Object.assign(new Error('x'), { code: 'EROFS' }), { code: 'read-only' }],
      [Object.assign(new Error('x'), { code: 'EBUSY' }), { code: 'file-in-use' }],
      [Object.assign(new Error('x'), { code: 'EIO' }), { code: 'write-failed', systemCode: 'EIO' }],
      [new IpcFailure({ code: 'file-in-use' }), { code: 'file-in-use' }],
      [new TypeError('oops'), { code: 'internal' }],
      ['a string', { code: 'internal' }],
    ];
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const [thrown, error] of cases) {
      const result = await guardHandler(
        'app:info',
        () => {
          throw thrown;
        },
        APP_ORIGIN,
      )(goodEvent);
      expect(result).toEqual({ ok: false, error });
    }
    quiet.mockRestore();
  });

  it('sends a code and nothing else: no sentence, path or stack crosses the bridge', async () => {
    const quietError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quietWarn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const results = [
      await guardHandler(
        'app:info',
        () => Promise.reject(Object.assign(new Error('ENOSPC /home/x/.tmp'), { code: 'ENOSPC' })),
        APP_ORIGIN,
      )(goodEvent),
      await guardHandler(
        'app:info',
        () => {
          throw new Error('secret stack detail');
        },
        APP_ORIGIN,
      )(goodEvent),
      await guardHandler('file:save', vi.fn(), APP_ORIGIN)(goodEvent, { ...saveArgument, suggestedName: '../x' }),
      await guardHandler('app:info', vi.fn(), APP_ORIGIN)(event({ origin: 'https://evil.example', parent: null })),
    ];
    expect(results).toEqual([
      { ok: false, error: { code: 'disk-full' } },
      { ok: false, error: { code: 'internal' } },
      { ok: false, error: { code: 'invalid-argument' } },
      { ok: false, error: { code: 'forbidden-sender' } },
    ]);
    for (const result of results) expect(isIpcError((result as { error: unknown }).error)).toBe(true);
    // What was wrong stays in main's log, for whoever debugs it.
    expect(quietError).toHaveBeenCalledWith(
      expect.any(String),
      expect.objectContaining({ message: 'secret stack detail' }),
    );
    expect(quietWarn).toHaveBeenCalledWith(expect.stringContaining('suggestedName'));
    quietError.mockRestore();
    quietWarn.mockRestore();
  });
});

describe('registerGuardedHandlers', () => {
  const handlers: HandlerMap<unknown> = {
    'file:save': async () => ({ status: 'cancelled' }),
    'page:printToPdf': async () => ({ status: 'cancelled' }),
    'app:info': () => ({ version: '1', platform: 'linux' }),
    'menu:set': () => null,
    'recording:microphone': () => null,
    'backups:write': async () => ({ location: '', chosen: null, removed: 0 }),
    'backups:list': async () => ({ app: [], chosen: null }),
    'backups:read': async () => new Uint8Array(),
    'backups:chooseFolder': async () => ({ status: 'cancelled' }),
    'backups:forgetFolder': async () => null,
    'keychain:available': () => ({ available: false }),
    'keychain:store': async () => false,
    'keychain:load': async () => null,
    'keychain:forget': async () => null,
  };

  it('registers exactly the contract channels, each guarded', async () => {
    const registered = new Map<string, (event: InvokeEvent<unknown>, ...args: unknown[]) => Promise<unknown>>();
    registerGuardedHandlers({ handle: (channel, listener) => registered.set(channel, listener) }, handlers, APP_ORIGIN);
    expect([...registered.keys()].sort()).toEqual([...ipcChannels].sort());
    expect(await registered.get('app:info')!(event({ origin: 'https://evil.example', parent: null }))).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('refuses handlers for channels that are not in the contract', () => {
    const extra = { ...handlers, 'shell:exec': () => 'nope' } as HandlerMap<unknown>;
    expect(() => registerGuardedHandlers({ handle: vi.fn() }, extra, APP_ORIGIN)).toThrow(/shell:exec/);
  });
});
