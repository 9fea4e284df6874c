/** The Dutch application menu: standard roles, dev-only reload. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('application menu', () => {
  it('has Bestand, Bewerken and Beeld with the standard roles', () => {
    const onPrint = vi.fn();
    const template = buildMenuTemplate({ isMac: false, isDev: false, appName: 'Veldwerk', onPrint });
    expect(template.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld']);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['close', 'undo', 'redo', 'cut', 'copy', 'paste', 'zoomIn', 'zoomOut', 'resetZoom']),
    );
    const print = (template[0]!.submenu as MenuItemConstructorOptions[])[0]!;
    expect(print).toMatchObject({ label: 'Afdrukken…', accelerator: 'CmdOrCtrl+P' });
    (print.click as () => void)();
    expect(onPrint).toHaveBeenCalledOnce();
  });

  it('offers reload and developer tools only in development', () => {
    const production = roles(buildMenuTemplate({ isMac: false, isDev: false, appName: 'Veldwerk', onPrint: vi.fn() }));
    const development = roles(buildMenuTemplate({ isMac: false, isDev: true, appName: 'Veldwerk', onPrint: vi.fn() }));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(production).not.toContain(role);
      expect(development).toContain(role);
    }
  });

  it('adds the app menu with quit on macOS', () => {
    const template = buildMenuTemplate({ isMac: true, isDev: false, appName: 'Veldwerk', onPrint: vi.fn() });
    expect(template[0]!.label).toBe('Veldwerk');
    expect(roles(template)).toContain('quit');
  });
});
