/**
 * Errors cross the bridge as codes and are worded by the renderer in the interface
 * language: every code has its own sentence in Dutch and in English, and a failure in main
 * reaches an English interface in English.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../electron/app-origin';
import { guardHandler, type InvokeEvent } from '../../electron/ipc-wrapper';
import { createBridge } from '../../electron/preload-bridge';
import { en } from '../../renderer/i18n/en';
import type { TextKey, TFunction } from '../../renderer/i18n/keys';
import { nl } from '../../renderer/i18n/nl';
import { Translator } from '../../renderer/i18n/translate';
import { createElectronPlatform } from '../../renderer/platform/electron';
import { failureReason, PLATFORM_ERROR_KEYS, platformErrorText } from '../../renderer/platform/error-text';
import type { PlatformFailure } from '../../renderer/platform/platform';
import { IPC_ERROR_CODES } from '../../shared/ipc';

const translators: Record<'nl' | 'en', TFunction> = {} as never;

beforeAll(() => {
  const texts = new Translator<TextKey>({ language: 'nl', fallback: 'nl' });
  texts.addBundle('nl', nl);
  texts.addBundle('en', en);
  for (const language of ['nl', 'en'] as const) translators[language] = texts.getFixedT(language);
});

const failureOf = (code: PlatformFailure['code']): PlatformFailure =>
  code === 'write-failed' ? { code, systemCode: 'EIO' } : ({ code } as PlatformFailure);

const allCodes = [...IPC_ERROR_CODES, 'no-answer' as const];

describe('platform error texts', () => {
  it('has a key for every code main can send, and for main not answering', () => {
    expect(Object.keys(PLATFORM_ERROR_KEYS).sort()).toEqual([...allCodes].sort());
  });

  it.each(allCodes)("words '%s' in Dutch and in English, each its own sentence", (code) => {
    const dutch = platformErrorText(failureOf(code), translators.nl);
    const english = platformErrorText(failureOf(code), translators.en);
    for (const text of [dutch, english]) {
      expect(text).not.toBe(PLATFORM_ERROR_KEYS[code]); // a missing key shows as the key itself
      expect(text).not.toContain('{{');
      expect(text).toMatch(/^[A-Z].{20,}\.$/);
    }
    expect(english).not.toBe(dutch);
  });

  it('gives every code a different sentence, in each language', () => {
    for (const t of Object.values(translators)) {
      const texts = allCodes.map((code) => platformErrorText(failureOf(code), t));
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('names the system error of a failed write', () => {
    const failure = { code: 'write-failed', systemCode: 'ENAMETOOLONG' } as const;
    expect(platformErrorText(failure, translators.nl)).toContain('ENAMETOOLONG');
    expect(platformErrorText(failure, translators.en)).toContain('ENAMETOOLONG');
  });

  it('gives other errors (not from the platform) their own message', () => {
    expect(failureReason(new Error('docx: bad run'), translators.en)).toBe('docx: bad run');
  });
});

describe('a failed save, from main to the interface', () => {
  async function saveOnFullDisk(t: TFunction): Promise<string> {
    // Main's real wrapper around a handler that hits a full disk, behind the real preload bridge.
    const handler = guardHandler(
      'file:save',
      () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })),
      APP_ORIGIN,
    );
    const event: InvokeEvent<unknown> = { senderFrame: { origin: APP_ORIGIN, parent: null }, sender: {} };
    const bridge = createBridge({
      invoke: (_channel, ...args) => handler(event, ...args),
      on: () => undefined,
      removeListener: () => undefined,
    });
    const platform = createElectronPlatform(bridge);
    try {
      await platform.saveFile({
        suggestedName: 'BA.docx',
        mimeType: 'application/octet-stream',
        bytes: new Uint8Array(1),
      });
    } catch (error) {
      return failureReason(error, t);
    }
    throw new Error('the save did not fail');
  }

  it('reads in English in an English interface and in Dutch in a Dutch one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await saveOnFullDisk(translators.en)).toBe(en.platformErrors.diskFull);
    expect(await saveOnFullDisk(translators.nl)).toBe(nl.platformErrors.diskFull);
    expect(en.platformErrors.diskFull).toMatch(/disk is full/);
    expect(nl.platformErrors.diskFull).toMatch(/schijf is vol/);
  });
});
