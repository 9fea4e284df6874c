/**
 * The application menu, built from the model the renderer sends (shared/menu-model.ts):
 * its command tables, worded in the interface language. Standard roles let the OS handle
 * undo, clipboard and zoom itself; reload and developer tools exist only in development.
 * A command item's click goes back to the page as its id; the page runs it. Its
 * accelerator is only shown, not registered: the page's own key handler runs the same
 * command, so registering it too would run it twice (or swallow the key in the page).
 */
import type { MenuItemConstructorOptions } from 'electron';
import { DEV_ONLY_ROLES, type MenuItemModel, type MenuModel } from '../shared/menu-model';

export interface MenuOptions {
  isMac: boolean;
  isDev: boolean;
  /** A command item was clicked. */
  onCommand: (id: string) => void;
}

function item(model: MenuItemModel, { isDev, onCommand }: MenuOptions): MenuItemConstructorOptions[] {
  switch (model.kind) {
    case 'separator':
      return [{ type: 'separator' }];
    case 'role':
      return !isDev && DEV_ONLY_ROLES.includes(model.role) ? [] : [{ role: model.role, label: model.label }];
    case 'command':
      return [
        {
          label: model.label,
          ...(model.accelerator ? { accelerator: model.accelerator, registerAccelerator: false } : {}),
          click: () => onCommand(model.id),
        },
      ];
  }
}

/** Separators that a left-out item left at an edge or doubled are dropped. */
function tidy(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.filter(
    (entry, i) => entry.type !== 'separator' || (i > 0 && i < items.length - 1 && items[i + 1]?.type !== 'separator'),
  );
}

export function buildMenuTemplate(model: MenuModel, options: MenuOptions): MenuItemConstructorOptions[] {
  const menus = options.isMac ? [model.appMenu, ...model.menus] : model.menus;
  return menus.map((menu) => ({
    label: menu.label,
    submenu: tidy(menu.items.flatMap((entry) => item(entry, options))),
  }));
}

/**
 * The menu until the page has sent its own: the OS's standard menus in its own wording,
 * so quitting and the clipboard work even if the page never loads. (No view menu: the
 * standard one carries developer tools.)
 */
export function buildStartupMenuTemplate({ isMac }: { isMac: boolean }): MenuItemConstructorOptions[] {
  return [...(isMac ? [{ role: 'appMenu' as const }] : []), { role: 'fileMenu' }, { role: 'editMenu' }];
}
