/**
 * What the renderer may ask of the browser engine: almost nothing. Every permission
 * request and check is denied unless it comes from the app's own origin and is on the
 * short list below.
 *
 * Decision on the microphone ('media'): denied for now, because nothing in Veldwerk
 * records yet and a granted microphone would widen what any injected script could do.
 * The audio-only rule is written and tested behind `allowMicrophone`, so the recording
 * feature turns it on in one place (main.ts) and never gets video or screen capture.
 * (macOS additionally needs NSMicrophoneUsageDescription in the build config then.)
 */
import { originOf } from './app-origin';

export interface PermissionPolicy {
  /** The only origin that may be granted anything (see app-origin.ts). */
  trustedOrigin: string;
  /** Audio-only 'media' for the future recording feature. */
  allowMicrophone: boolean;
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
  if (permission === 'media' && policy.allowMicrophone) return isAudioOnly(context);
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
