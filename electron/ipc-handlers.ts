/**
 * What main does for the renderer: save bytes the renderer made (exports, backups), print
 * the page to a PDF, tell the app's version, build the menu the page describes, switch the
 * microphone on and off with the recorder, keep the automatic backups (automatic-backups.ts:
 * main names their files, never the renderer). Each handler only asks where to save and
 * writes; it never reads or chooses paths by itself. Registered through ipc-wrapper.ts.
 */
import path from 'node:path';
import type { AppInfo, SaveResult } from '../shared/ipc';
import type { MenuModel } from '../shared/menu-model';
import { writeFileAtomically } from './atomic-write';
import type { AutomaticBackups } from './automatic-backups';
import type { Keychain } from './keychain';
import { registerGuardedHandlers, type HandlerMap, type IpcMainLike } from './ipc-wrapper';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveDialogOptions {
  defaultPath: string;
  filters: FileFilter[];
  properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
}

/** The part of Electron's WebContents a handler uses: the page that called. */
export interface CallingContents {
  printToPDF(options: { printBackground: boolean; pageSize: 'A4' }): Promise<Uint8Array>;
}

export interface IpcServices<Sender extends CallingContents> {
  /** dialog.showSaveDialog, attached to the calling page's window. */
  showSaveDialog(sender: Sender, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile?: (filePath: string, bytes: Uint8Array) => Promise<void>;
  appInfo(): AppInfo;
  /** Build the application menu from the (validated) model; its clicks go to the calling page. */
  setMenu(model: MenuModel, sender: Sender): void;
  /** The recorder started or stopped in the calling page: the microphone is granted only in between. */
  setMicrophone(on: boolean, sender: Sender): void;
  /** The automatic backups on disk (automatic-backups.ts). */
  backups: AutomaticBackups;
  /** The data key kept through the OS keychain (keychain.ts). */
  keychain: Keychain;
}

export const PDF_PRINT_OPTIONS = { printBackground: true, pageSize: 'A4' } as const;

export function createIpcHandlers<Sender extends CallingContents>(services: IpcServices<Sender>): HandlerMap<Sender> {
  const writeFile = services.writeFile ?? writeFileAtomically;

  // Since Electron 43 a dialog given only a file name opens in Downloads every time instead of
  // where the researcher saved last; exporting ten transcripts one by one would mean ten trips
  // back to the same folder. So the folder last chosen (in this run of the app) is offered again.
  let lastFolder: string | null = null;

  const askWhere = async (sender: Sender, suggestedName: string, filters: FileFilter[]) => {
    const choice = await services.showSaveDialog(sender, {
      defaultPath: lastFolder === null ? suggestedName : path.join(lastFolder, suggestedName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return null;
    lastFolder = path.dirname(choice.filePath);
    return choice.filePath;
  };

  return {
    'file:save': async ({ suggestedName, filters, bytes }, { sender }): Promise<SaveResult> => {
      const filePath = await askWhere(sender, suggestedName, filters);
      if (filePath === null) return { status: 'cancelled' };
      await writeFile(filePath, bytes);
      return { status: 'saved', location: filePath };
    },

    'page:printToPdf': async ({ suggestedName }, { sender }): Promise<SaveResult> => {
      const name = /\.pdf$/i.test(suggestedName) ? suggestedName : `${suggestedName}.pdf`;
      const filePath = await askWhere(sender, name, [{ name: 'PDF-document', extensions: ['pdf'] }]);
      if (filePath === null) return { status: 'cancelled' };
      const pdf = await sender.printToPDF(PDF_PRINT_OPTIONS);
      await writeFile(filePath, pdf);
      return { status: 'saved', location: filePath };
    },

    'app:info': () => services.appInfo(),

    'menu:set': (model, { sender }) => {
      services.setMenu(model, sender);
      return null;
    },

    'recording:microphone': ({ on }, { sender }) => {
      services.setMicrophone(on, sender);
      return null;
    },
    'backups:write': ({ bytes, contents }) => services.backups.write(bytes, contents),
    'backups:list': () => services.backups.list(),
    'backups:read': ({ place, name }) => services.backups.read(place, name),
    'backups:chooseFolder': () => services.backups.chooseFolder(),
    'backups:forgetFolder': () => services.backups.forgetFolder(),
    'keychain:available': () => services.keychain.available(),
    'keychain:store': ({ dataKey }) => services.keychain.store(dataKey),
    'keychain:load': () => services.keychain.load(),
    'keychain:forget': () => services.keychain.forget(),
  };
}

export function registerIpcHandlers<Sender extends CallingContents>(
  ipcMain: IpcMainLike<Sender>,
  services: IpcServices<Sender>,
  trustedOrigin: string,
): void {
  registerGuardedHandlers(ipcMain, createIpcHandlers(services), trustedOrigin);
}
