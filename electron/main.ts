/**
 * Entry point of the main process: wires the pieces together and nothing more.
 * security.ts must stay the first import (it configures what is only configurable
 * before the app is ready).
 */
import { devOrigin, microphone, secureWebPreferences, trustedOrigin } from './security';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage } from 'electron';
import { APP_SCHEME, APP_START_URL } from './app-origin';
import { createAutomaticBackups } from './automatic-backups';
import { registerIpcHandlers } from './ipc-handlers';
import { createKeychain } from './keychain';
import { createMainWindow } from './main-window';
import { buildMenuTemplate, buildStartupMenuTemplate } from './menu';
import { createAppProtocolHandler } from './protocol';
import { switchOffWhenPageGoes } from './permissions';
import { reloadAfterCrash } from './renderer-recovery';

// Bundled to dist/electron/main.cjs, next to preload.cjs; vite builds to dist/renderer.
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const START_URL = devOrigin !== null ? `${devOrigin}/` : APP_START_URL;

const isMac = process.platform === 'darwin';
const isDev = devOrigin !== null;

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow(BrowserWindow, {
    webPreferences: secureWebPreferences(PRELOAD_PATH),
    url: START_URL,
  });
  const window = mainWindow;
  switchOffWhenPageGoes(window.webContents, microphone);
  reloadAfterCrash(window.webContents, {
    startUrl: START_URL,
    onGiveUp: (details) =>
      dialog.showErrorBox(
        'Veldwerk',
        `Veldwerk is herhaaldelijk vastgelopen (${details.reason}). Sluit het venster en start Veldwerk opnieuw; opgeslagen gegevens blijven bewaard.\n\nVeldwerk stopped repeatedly (${details.reason}). Close the window and start Veldwerk again; saved data is kept.`,
      ),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function boot(): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: RENDERER_DIR }));

  registerIpcHandlers(
    ipcMain,
    {
      showSaveDialog: (sender, options) => {
        const window = BrowserWindow.fromWebContents(sender);
        return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
      },
      appInfo: () => ({ version: app.getVersion(), platform: process.platform }),
      setMenu: (model, sender) => {
        const template = buildMenuTemplate(model, {
          isMac,
          isDev,
          onCommand: (id) => {
            if (!sender.isDestroyed()) sender.send('menu:command', { id });
          },
        });
        Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      },
      setMicrophone: (on) => microphone.set(on),
      backups: createAutomaticBackups({
        userDataDir: app.getPath('userData'),
        chooseFolder: async () => {
          const options = {
            properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
          };
          const choice = mainWindow
            ? await dialog.showOpenDialog(mainWindow, options)
            : await dialog.showOpenDialog(options);
          return choice.canceled ? null : (choice.filePaths[0] ?? null);
        },
      }),
      keychain: createKeychain({ userDataDir: app.getPath('userData'), safeStorage, platform: process.platform }),
    },
    trustedOrigin,
  );

  // The page replaces it with its own, in the interface language, once it has loaded.
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildStartupMenuTemplate({ isMac })));

  openMainWindow();
}

// One Veldwerk at a time: two instances would share, and race on, the same IndexedDB.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open brings one back.
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  void app.whenReady().then(boot);
}
