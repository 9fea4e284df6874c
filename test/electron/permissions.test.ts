/** Permission policy: deny everything except persistent storage (and, when enabled, audio only). */
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../electron/app-origin';
import {
  createMicrophoneSwitch,
  installPermissionHandlers,
  isPermissionAllowed,
  switchOffWhenPageGoes,
  type PermissionSession,
} from '../../electron/permissions';

const strict = { trustedOrigin: APP_ORIGIN, allowMicrophone: () => false };
const recording = { trustedOrigin: APP_ORIGIN, allowMicrophone: () => true };
const fromApp = { requester: 'app://veldwerk/index.html' };

describe('isPermissionAllowed', () => {
  it('allows persistent storage for the app origin only', () => {
    expect(isPermissionAllowed('persistent-storage', fromApp, strict)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', { requester: 'app://veldwerk' }, strict)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', { requester: 'app://veldwerk/' }, strict)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', { requester: 'https://example.org/' }, strict)).toBe(false);
    expect(isPermissionAllowed('persistent-storage', { requester: undefined }, strict)).toBe(false);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'openExternal',
    'midi',
    'midiSysex',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'window-management',
    'unknown',
  ])('denies %s from the app itself', (permission) => {
    expect(isPermissionAllowed(permission, { ...fromApp, mediaTypes: ['audio'] }, strict)).toBe(false);
  });

  it('with the microphone enabled, allows audio-only media and nothing more', () => {
    expect(isPermissionAllowed('media', { ...fromApp, mediaTypes: ['audio'] }, recording)).toBe(true);
    expect(isPermissionAllowed('media', { ...fromApp, mediaType: 'audio' }, recording)).toBe(true);
    expect(isPermissionAllowed('media', { ...fromApp, mediaTypes: ['audio', 'video'] }, recording)).toBe(false);
    expect(isPermissionAllowed('media', { ...fromApp, mediaTypes: ['video'] }, recording)).toBe(false);
    expect(isPermissionAllowed('media', { ...fromApp, mediaTypes: [] }, recording)).toBe(false);
    expect(isPermissionAllowed('media', { ...fromApp, mediaType: 'video' }, recording)).toBe(false);
    expect(isPermissionAllowed('media', { ...fromApp, mediaType: 'unknown' }, recording)).toBe(false);
    expect(isPermissionAllowed('media', fromApp, recording)).toBe(false);
    expect(isPermissionAllowed('media', { requester: 'https://evil.example/', mediaTypes: ['audio'] }, recording)).toBe(
      false,
    );
    expect(isPermissionAllowed('display-capture', fromApp, recording)).toBe(false);
  });
});

describe('installPermissionHandlers', () => {
  it('sets request, check and device handlers on the session that apply the policy', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    let device: (() => boolean) | undefined;
    installPermissionHandlers(
      {
        setPermissionRequestHandler: (handler) => (request = handler),
        setPermissionCheckHandler: (handler) => (check = handler),
        setDevicePermissionHandler: (handler) => (device = handler),
      },
      strict,
    );

    const callback = vi.fn();
    request!({}, 'persistent-storage', callback, { requestingUrl: 'app://veldwerk/index.html' });
    request!({}, 'media', callback, { requestingUrl: 'app://veldwerk/index.html', mediaTypes: ['audio'] });
    request!({}, 'notifications', callback, { requestingUrl: 'app://veldwerk/index.html' });
    expect(callback.mock.calls).toEqual([[true], [false], [false]]);

    expect(check!({}, 'persistent-storage', 'app://veldwerk', {})).toBe(true);
    expect(check!({}, 'persistent-storage', 'https://example.org', {})).toBe(false);
    expect(check!({}, 'media', 'app://veldwerk', { mediaType: 'audio' })).toBe(false);
    expect(device!()).toBe(false);
  });
});

describe('the microphone while recording', () => {
  function sessionWith(microphone: ReturnType<typeof createMicrophoneSwitch>) {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    installPermissionHandlers(
      {
        setPermissionRequestHandler: (handler) => (request = handler),
        setPermissionCheckHandler: (handler) => (check = handler),
        setDevicePermissionHandler: () => undefined,
      },
      { trustedOrigin: APP_ORIGIN, allowMicrophone: microphone.isOn },
    );
    const ask = (mediaTypes: string[], requestingUrl = 'app://veldwerk/index.html') => {
      let granted: boolean | undefined;
      request!({}, 'media', (answer) => (granted = answer), { requestingUrl, mediaTypes });
      return granted;
    };
    return { ask, check: (mediaType: string) => check!({}, 'media', 'app://veldwerk', { mediaType }) };
  }

  it('grants audio to the app only between the recorder starting and stopping', () => {
    const microphone = createMicrophoneSwitch();
    const session = sessionWith(microphone);
    expect(session.ask(['audio'])).toBe(false);
    expect(session.check('audio')).toBe(false);
    microphone.set(true);
    expect(session.ask(['audio'])).toBe(true);
    expect(session.check('audio')).toBe(true);
    expect(session.ask(['audio', 'video'])).toBe(false);
    expect(session.ask(['video'])).toBe(false);
    expect(session.ask(['audio'], 'https://evil.example/')).toBe(false);
    microphone.set(false);
    expect(session.ask(['audio'])).toBe(false);
  });

  it('switches off when the page reloads, crashes or closes', () => {
    for (const event of ['did-start-loading', 'render-process-gone', 'destroyed'] as const) {
      const listeners = new Map<string, () => void>();
      const microphone = createMicrophoneSwitch();
      switchOffWhenPageGoes({ on: (name, listener) => listeners.set(name, listener) }, microphone);
      microphone.set(true);
      listeners.get(event)!();
      expect(microphone.isOn()).toBe(false);
    }
  });
});
