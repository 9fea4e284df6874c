/**
 * Creates the main window with the secure webPreferences from security.ts and loads the
 * renderer. The window is shown only once it has painted, so the user never sees a blank
 * white frame.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowOptions {
  webPreferences: NonNullable<BrowserWindowConstructorOptions['webPreferences']>;
  url: string;
}

export function createMainWindow(
  Window: new (options: BrowserWindowConstructorOptions) => BrowserWindow,
  { webPreferences, url }: MainWindowOptions,
): BrowserWindow {
  const window = new Window({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Veldwerk',
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences,
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
