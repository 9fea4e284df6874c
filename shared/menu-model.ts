/**
 * The application menu as the renderer describes it to main: menus of command items (an
 * id the renderer runs when clicked, a label already in the interface language, an
 * accelerator), standard roles the OS carries out itself, and separators. Main parses it
 * with this schema before it builds anything, so a page can never put arbitrary items,
 * roles or key bindings into the menu. Pure data: no Electron here.
 */
import { z } from 'zod';

/** The roles a menu may use; the last three exist only in development (main leaves them out otherwise). */
export const MENU_ROLES = [
  'about',
  'hide',
  'hideOthers',
  'unhide',
  'quit',
  'close',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'reload',
  'forceReload',
  'toggleDevTools',
] as const;
export type MenuRole = (typeof MENU_ROLES)[number];
export const DEV_ONLY_ROLES: readonly MenuRole[] = ['reload', 'forceReload', 'toggleDevTools'];

/** "CmdOrCtrl+Shift+Z", "Alt+/", "F1": modifiers in a fixed order, then one key. */
export const ACCELERATOR =
  /^(CmdOrCtrl\+)?(Alt\+)?(Shift\+)?([A-Z0-9]|F([1-9]|1[0-2])|Up|Down|Left|Right|PageUp|PageDown|Enter|Escape|\/|\[|\])$/;

const label = z.string().min(1).max(80);
/** A command id as the tables spell them: 'turn.new', 'help.shortcuts'. */
export const menuCommandId = z.string().regex(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/, 'a command id like area.verb');

const menuItem = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('command'),
    id: menuCommandId,
    label,
    accelerator: z.string().regex(ACCELERATOR, 'an accelerator like CmdOrCtrl+Shift+Z').optional(),
  }),
  z.strictObject({ kind: z.literal('role'), role: z.enum(MENU_ROLES), label }),
  z.strictObject({ kind: z.literal('separator') }),
]);

const menu = z.strictObject({ label, items: z.array(menuItem).min(1).max(30) });

export const menuModelSchema = z.strictObject({
  /** Shown only on macOS, as the menu named after the app. */
  appMenu: menu,
  menus: z.array(menu).min(1).max(8),
});

export type MenuItemModel = z.infer<typeof menuItem>;
export type MenuModel = z.infer<typeof menuModelSchema>;
