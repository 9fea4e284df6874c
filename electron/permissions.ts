/**
 * What the renderer may ask of the browser engine: almost nothing. Every permission
 * request and check is denied unless it comes from the app's own origin and is on the
 * short list below.
 *
 * The microphone ('media'): granted audio only, to the app's own origin only, and only
 * while the interview recorder is on. The page says when it starts and stops over the
 * 'recording:microphone' channel (MicrophoneSwitch below); the rest of the time a granted
 * microphone would only widen what an injected script could do. Never video or screen.
 * (macOS additionally needs NSMicrophoneUsageDescription in the build config.)
 */
import { originOf } from './app-origin';

export interface PermissionPolicy {
  /** The only origin that may be granted anything (see app-origin.ts). */
  trustedOrigin: string;
  /** Whether audio-only 'media' may be granted now: asked at every request and check. */
  allowMicrophone: () => boolean;
}

/**
 * Whether the recorder is on, as the page last said. It goes off by itself when the page
 * goes away (a reload, a crash, a closed window), so a new page starts without microphone.
 */
export interface MicrophoneSwitch {
  isOn(): boolean;
  set(on: boolean): void;
}

export function createMicrophoneSwitch(): MicrophoneSwitch {
  let on = false;
  return {
    isOn: () => on,
    set: (value) => {
      on = value;
    },
  };
}

/** What Electron tells us about a request or check, reduced to what the policy reads. */
export interface PermissionContext {
  /** URL or origin of the frame asking. */
  requester: string | undefined;
  /** Request handler: the kinds of media asked for. */
  mediaTypes?: readonly string[] | undefined;
  /** Check handler: the one kind of media checked. */
  mediaType?: string | undefined;
}

// Keeps IndexedDB from being evicted under disk pressure (navigator.storage.persist()).
const ALWAYS_ALLOWED = new Set(['persistent-storage']);

export function isPermissionAllowed(permission: string, context: PermissionContext, policy: PermissionPolicy): boolean {
  if (!context.requester || originOf(context.requester) !== policy.trustedOrigin) return false;
  if (ALWAYS_ALLOWED.has(permission)) return true;
  if (permission === 'media' && policy.allowMicrophone()) return isAudioOnly(context);
  return false;
}

function isAudioOnly(context: PermissionContext): boolean {
  if (context.mediaTypes !== undefined) {
    return context.mediaTypes.length > 0 && context.mediaTypes.every((type) => type === 'audio');
  }
  return context.mediaType === 'audio';
}

/** The part of an Electron Session that this module sets. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string; mediaTypes?: string[] },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      webContents: unknown,
      permission: string,
      requestingOrigin: string,
      details: { requestingUrl?: string; mediaType?: string },
    ) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

export function installPermissionHandlers(session: PermissionSession, policy: PermissionPolicy): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const context = { requester: details.requestingUrl, mediaTypes: details.mediaTypes };
    callback(isPermissionAllowed(permission, context, policy));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const context = { requester: requestingOrigin || details.requestingUrl, mediaType: details.mediaType };
    return isPermissionAllowed(permission, context, policy);
  });
  // USB, HID, serial, Bluetooth: never.
  session.setDevicePermissionHandler(() => false);
}

/** The part of a WebContents that tells the switch the page went away. */
export interface PageEvents {
  on(event: 'did-start-loading' | 'render-process-gone' | 'destroyed', listener: () => void): unknown;
}

/** A reload, a crashed renderer or a closed window ends the recording: the microphone goes off. */
export function switchOffWhenPageGoes(contents: PageEvents, microphone: MicrophoneSwitch): void {
  const off = () => microphone.set(false);
  contents.on('did-start-loading', off);
  contents.on('render-process-gone', off);
  contents.on('destroyed', off);
}
