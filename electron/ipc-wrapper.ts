/**
 * The one wrapper every IPC handler is registered through. Before a handler runs it
 * checks that the call comes from the main frame of a page on the trusted origin and
 * parses the argument with the contract's schema; whatever happens, the renderer gets an
 * `{ ok, value } | { ok, error }` result and never a thrown error.
 */
import {
  ipcChannels,
  ipcContract,
  isIpcChannel,
  type IpcChannel,
  type IpcParsedArgument,
  type IpcResult,
  type IpcValue,
} from '../shared/ipc';
import { originOf } from './app-origin';
import { toIpcError } from './ipc-errors';

/** The part of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  readonly origin: string;
  readonly parent: unknown;
}

/** The part of Electron's IpcMainInvokeEvent the wrapper reads. */
export interface InvokeEvent<Sender> {
  readonly senderFrame: SenderFrame | null;
  readonly sender: Sender;
}

export type ChannelHandler<C extends IpcChannel, Sender> = (
  argument: IpcParsedArgument<C>,
  event: InvokeEvent<Sender>,
) => Promise<IpcValue<C>> | IpcValue<C>;

export type HandlerMap<Sender> = { [C in IpcChannel]: ChannelHandler<C, Sender> };

type Listener<Sender> = (event: InvokeEvent<Sender>, ...args: unknown[]) => Promise<unknown>;

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike<Sender> {
  handle(channel: string, listener: Listener<Sender>): void;
}

export function isTrustedSender(event: InvokeEvent<unknown>, trustedOrigin: string): boolean {
  try {
    const frame = event.senderFrame; // null (or a throw) once the frame has gone away
    // Sub-frames never talk to main, even same-origin ones: only the top document does.
    return frame !== null && frame.parent === null && originOf(frame.origin) === trustedOrigin;
  } catch {
    return false;
  }
}

export function guardHandler<C extends IpcChannel, Sender>(
  channel: C,
  handler: ChannelHandler<C, Sender>,
  trustedOrigin: string,
): (event: InvokeEvent<Sender>, ...args: unknown[]) => Promise<IpcResult<IpcValue<C>>> {
  if (!isIpcChannel(channel)) throw new Error(`IPC channel '${String(channel)}' is not in the contract`);
  const schema = ipcContract[channel].argument;

  return async (event, ...args) => {
    if (!isTrustedSender(event, trustedOrigin)) return fail('forbidden-sender');
    // Every channel takes at most one argument; extra ones mean a caller we did not write.
    if (args.length > 1) {
      console.warn(`[ipc] ${channel}: ${args.length} arguments, refused`);
      return fail('invalid-argument');
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      console.warn(`[ipc] ${channel}: invalid argument, refused (${where}${issue?.message ?? 'unknown'})`);
      return fail('invalid-argument');
    }
    try {
      const value = await handler(parsed.data as IpcParsedArgument<C>, event);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toIpcError(error) };
    }
  };
}

/** Registers exactly the contract's channels, each through guardHandler. */
export function registerGuardedHandlers<Sender>(
  ipcMain: IpcMainLike<Sender>,
  handlers: HandlerMap<Sender>,
  trustedOrigin: string,
): void {
  const extra = Object.keys(handlers).filter((name) => !isIpcChannel(name));
  if (extra.length > 0) throw new Error(`IPC handlers not in the contract: ${extra.join(', ')}`);
  for (const channel of ipcChannels) {
    const handler = handlers[channel] as ChannelHandler<typeof channel, Sender>;
    ipcMain.handle(channel, guardHandler(channel, handler, trustedOrigin));
  }
}

function fail(code: 'forbidden-sender' | 'invalid-argument') {
  return { ok: false as const, error: { code } };
}
