/**
 * The application menu: the renderer describes it from its command tables in the interface
 * language, main validates that model and builds the menu from it; a click goes back as a
 * command id.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../electron/app-origin';
import { registerIpcHandlers } from '../../electron/ipc-handlers';
import type { InvokeEvent } from '../../electron/ipc-wrapper';
import { buildMenuTemplate, buildStartupMenuTemplate } from '../../electron/menu';
import { createAutomaticBackups } from '../../electron/automatic-backups';
import { en } from '../../renderer/i18n/en';
import type { TextKey, TFunction } from '../../renderer/i18n/keys';
import { nl } from '../../renderer/i18n/nl';
import { Translator } from '../../renderer/i18n/translate';
import { menuModel } from '../../renderer/ui/commands/menu-model';
import { menuModelSchema, type MenuModel } from '../../shared/menu-model';

let tNl: TFunction;
let tEn: TFunction;
beforeAll(() => {
  const i18n = new Translator<TextKey>({ language: 'nl', fallback: 'nl' });
  i18n.addBundle('nl', nl);
  i18n.addBundle('en', en);
  tNl = i18n.getFixedT('nl');
  tEn = i18n.getFixedT('en');
});

const items = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[];
const roles = (template: MenuItemConstructorOptions[]): string[] =>
  template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
const build = (
  model: MenuModel,
  options: { isMac?: boolean; isDev?: boolean; onCommand?: (id: string) => void } = {},
) =>
  buildMenuTemplate(menuModelSchema.parse(model), {
    isMac: options.isMac ?? false,
    isDev: options.isDev ?? false,
    onCommand: options.onCommand ?? vi.fn(),
  });

describe('application menu', () => {
  it('is in Dutch when the interface is Dutch, with the standard roles', () => {
    const template = build(menuModel(tNl));
    expect(template.map((menu) => menu.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(items(template[1]!).map((item) => item.label)).toContain('Ongedaan maken');
    expect(roles(template)).toEqual(
      expect.arrayContaining(['close', 'undo', 'redo', 'cut', 'copy', 'paste', 'zoomIn', 'zoomOut', 'resetZoom']),
    );
  });

  it('is in English when the interface is English', () => {
    const template = build(menuModel(tEn), { isMac: true });
    expect(template.map((menu) => menu.label)).toEqual(['Veldwerk', 'File', 'Edit', 'View', 'Help']);
    const labels = template.flatMap((menu) =>
      items(menu)
        .map((item) => item.label)
        .filter(Boolean),
    );
    expect(labels).toEqual(expect.arrayContaining(['Quit Veldwerk', 'Print…', 'Undo', 'Copy', 'Zoom In']));
    const dutch = new Set(
      build(menuModel(tNl), { isMac: true }).flatMap((menu) => [menu.label, ...items(menu).map((i) => i.label)]),
    );
    expect(labels.filter((label) => dutch.has(label) && label !== 'Veldwerk' && label !== 'Help')).toEqual([]);
  });

  it('shows the keys of the command tables and sends a click back as the command id', () => {
    const onCommand = vi.fn();
    const template = build(menuModel(tEn), { onCommand });
    const print = items(template[0]!)[0]!;
    // Shown, not registered: the page's own key handler runs the command.
    expect(print).toMatchObject({ label: 'Print…', accelerator: 'CmdOrCtrl+P', registerAccelerator: false });
    const shortcuts = items(template[3]!)[0]!;
    expect(shortcuts).toMatchObject({ label: 'Show or hide keyboard shortcuts', accelerator: 'Alt+/' });
    (print.click as () => void)();
    (shortcuts.click as () => void)();
    expect(onCommand.mock.calls).toEqual([['app.print'], ['help.shortcuts']]);
  });

  it('offers reload and developer tools only in development, without stray separators', () => {
    const production = build(menuModel(tNl));
    const development = build(menuModel(tNl), { isDev: true });
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(roles(production)).not.toContain(role);
      expect(roles(development)).toContain(role);
    }
    expect(items(production[2]!).at(-1)?.type).not.toBe('separator');
  });

  it('adds the app menu with quit on macOS only', () => {
    expect(roles(build(menuModel(tNl), { isMac: true }))).toContain('quit');
    expect(roles(build(menuModel(tNl)))).not.toContain('quit');
  });

  it('starts with the standard menus until the page sends its own', () => {
    expect(buildStartupMenuTemplate({ isMac: true }).map((m) => m.role)).toEqual(['appMenu', 'fileMenu', 'editMenu']);
    expect(buildStartupMenuTemplate({ isMac: false }).map((m) => m.role)).toEqual(['fileMenu', 'editMenu']);
  });
});

describe("'menu:set'", () => {
  type Page = { printToPDF: () => Promise<Uint8Array> };
  function register() {
    const setMenu = vi.fn();
    let listener: ((event: InvokeEvent<Page>, ...args: unknown[]) => Promise<unknown>) | undefined;
    registerIpcHandlers<Page>(
      {
        handle: (channel, l) => {
          if (channel === 'menu:set') listener = l;
        },
      },
      {
        showSaveDialog: vi.fn(),
        appInfo: vi.fn(),
        setMenu,
        setMicrophone: vi.fn(),
        backups: createAutomaticBackups({ userDataDir: '/nonexistent', chooseFolder: async () => null }),
        keychain: {} as never,
      },
      APP_ORIGIN,
    );
    const page: Page = { printToPDF: vi.fn() };
    const call = (model: unknown) =>
      listener!({ senderFrame: { origin: APP_ORIGIN, parent: null }, sender: page }, model);
    return { call, setMenu, page };
  }

  it('builds the menu the page describes, for that page', async () => {
    const { call, setMenu, page } = register();
    const model = menuModel(tEn);
    expect(await call(model)).toEqual({ ok: true, value: null });
    expect(setMenu).toHaveBeenCalledWith(model, page);
  });

  it('refuses a malformed menu model and keeps the menu it has', async () => {
    const quiet = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { call, setMenu } = register();
    const good = menuModel(tEn);
    const help = good.menus[3]!;
    const malformed: unknown[] = [
      undefined,
      { menus: good.menus },
      { ...good, menus: [] },
      // A role the menu does not offer (it could run anything the OS exposes).
      { ...good, menus: [{ label: 'X', items: [{ kind: 'role', role: 'shareMenu', label: 'Delen' }] }] },
      // An accelerator that is not one, and one that would bind every key.
      {
        ...good,
        menus: [
          { ...help, items: [{ kind: 'command', id: 'help.shortcuts', label: 'H', accelerator: 'Ctrl+Alt+Del; rm' }] },
        ],
      },
      {
        ...good,
        menus: [{ ...help, items: [{ kind: 'command', id: 'help.shortcuts', label: 'H', accelerator: '' }] }],
      },
      // Anything beyond the model's fields, such as a click handler or a submenu.
      { ...good, menus: [{ ...help, items: [{ kind: 'command', id: 'help.shortcuts', label: 'H', click: 'x' }] }] },
      { ...good, menus: [{ ...help, items: [{ kind: 'separator', submenu: [] }] }] },
      { ...good, menus: [{ label: '', items: help.items }] },
      { ...good, menus: [{ ...help, items: [{ kind: 'command', id: 'not an id', label: 'H' }] }] },
    ];
    for (const model of malformed) {
      expect(await call(model)).toEqual({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(setMenu).not.toHaveBeenCalled();
    quiet.mockRestore();
  });
});
