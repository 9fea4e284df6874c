/**
 * The application menu, in Dutch, built from standard roles so that the OS handles
 * undo, clipboard and zoom itself. Reload and developer tools exist only in development.
 * Accelerators here win over the page's own key handlers: the UI must not reuse them.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
  appName: string;
  /** Print the focused window (the OS print dialog, which can also save as PDF). */
  onPrint: () => void;
}

export function buildMenuTemplate({ isMac, isDev, appName, onPrint }: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about', label: `Over ${appName}` },
            { type: 'separator' },
            { role: 'hide', label: `Verberg ${appName}` },
            { role: 'hideOthers', label: 'Verberg andere' },
            { role: 'unhide', label: 'Toon alles' },
            { type: 'separator' },
            { role: 'quit', label: `Stop ${appName}` },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: [
      { label: 'Afdrukken…', accelerator: 'CmdOrCtrl+P', click: () => onPrint() },
      { type: 'separator' },
      { role: 'close', label: 'Venster sluiten' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      { type: 'separator' },
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      { role: 'resetZoom', label: 'Werkelijke grootte' },
      { role: 'zoomIn', label: 'Inzoomen' },
      { role: 'zoomOut', label: 'Uitzoomen' },
      ...(isDev
        ? ([
            { type: 'separator' },
            { role: 'reload', label: 'Opnieuw laden' },
            { role: 'forceReload', label: 'Geforceerd opnieuw laden' },
            { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };

  return [...appMenu, file, edit, view];
}
