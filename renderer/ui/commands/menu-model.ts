/**
 * The Electron menu as data: which app-wide commands and standard roles stand in which
 * menu. menuModel() words it in the interface language and gives each command its
 * accelerator from its table, for main to build (electron/menu.ts).
 */
import type { TFunction } from '../../i18n';
import type { MenuItemModel, MenuModel, MenuRole } from '../../../shared/menu-model';
import type { TextKey } from '../../i18n/keys';
import { accelerator, commandById } from './model';
import { APP_COMMANDS, type AppCommandId } from './tables';

type Entry = { command: AppCommandId } | { role: MenuRole } | 'separator';

interface MenuLayout {
  label: TextKey;
  items: readonly Entry[];
}

const ROLE_LABELS: Record<MenuRole, TextKey> = {
  about: 'menu.about',
  hide: 'menu.hide',
  hideOthers: 'menu.hideOthers',
  unhide: 'menu.unhide',
  quit: 'menu.quit',
  close: 'menu.close',
  undo: 'menu.undo',
  redo: 'menu.redo',
  cut: 'menu.cut',
  copy: 'menu.copy',
  paste: 'menu.paste',
  selectAll: 'menu.selectAll',
  resetZoom: 'menu.resetZoom',
  zoomIn: 'menu.zoomIn',
  zoomOut: 'menu.zoomOut',
  reload: 'menu.reload',
  forceReload: 'menu.forceReload',
  toggleDevTools: 'menu.toggleDevTools',
};

const APP_MENU: MenuLayout = {
  label: 'menu.app',
  items: [
    { role: 'about' },
    'separator',
    { role: 'hide' },
    { role: 'hideOthers' },
    { role: 'unhide' },
    'separator',
    { role: 'quit' },
  ],
};

const MENUS: readonly MenuLayout[] = [
  { label: 'menu.file', items: [{ command: 'app.print' }, 'separator', { role: 'close' }] },
  {
    label: 'menu.edit',
    items: [
      { role: 'undo' },
      { role: 'redo' },
      'separator',
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      'separator',
      { command: 'app.search' },
    ],
  },
  {
    label: 'menu.view',
    // Main leaves the last three out of a packaged app.
    items: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      'separator',
      { role: 'reload' },
      { role: 'forceReload' },
      { role: 'toggleDevTools' },
    ],
  },
  { label: 'menu.help', items: [{ command: 'help.shortcuts' }] },
];

function item(entry: Entry, t: TFunction): MenuItemModel {
  if (entry === 'separator') return { kind: 'separator' };
  if ('role' in entry) return { kind: 'role', role: entry.role, label: t(ROLE_LABELS[entry.role]) };
  const command = commandById(APP_COMMANDS, entry.command);
  const keys = accelerator(command);
  return { kind: 'command', id: command.id, label: t(command.label), ...(keys ? { accelerator: keys } : {}) };
}

const menu = (layout: MenuLayout, t: TFunction) => ({
  label: t(layout.label),
  items: layout.items.map((entry) => item(entry, t)),
});

export function menuModel(t: TFunction): MenuModel {
  return { appMenu: menu(APP_MENU, t), menus: MENUS.map((layout) => menu(layout, t)) };
}
