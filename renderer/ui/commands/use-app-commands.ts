/**
 * The app-wide commands: their keys anywhere in the window and, in the desktop app, the
 * menu, which is (re)sent in the interface language whenever that changes and whose
 * clicks come back here as command ids.
 */
import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react';
import { loadAllTexts } from '../../i18n';
import { getPlatform } from '../../platform';
import { useRoute } from '../navigation/route-store';
import { commandIn } from './model';
import { useShortcutList } from './shortcut-list-store';
import { APP_COMMANDS, type AppCommandId } from './app-commands';

const RUN: Record<AppCommandId, () => void> = {
  'app.print': () => window.print(),
  'help.shortcuts': () => useShortcutList.getState().toggle(),
  'app.search': () => useRoute.getState().navigate({ name: 'search' }),
};

function isAppCommand(id: string): id is AppCommandId {
  return Object.hasOwn(RUN, id);
}

export function useAppCommands(): void {
  const { t, i18n } = useTranslation();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const found = commandIn(APP_COMMANDS, event);
      if (!found) return;
      event.preventDefault();
      RUN[found.command.id]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const menu = getPlatform().menu;
  useEffect(() => {
    if (!menu) return;
    let current = true;
    // The menu names commands of every screen: set once all texts are there (just after the first screen).
    // A menu that cannot be set keeps the previous one; the keys work regardless.
    void Promise.all([import('./menu-model'), loadAllTexts()])
      .then(([{ menuModel }]) => (current ? menu.set(menuModel(t)) : undefined))
      .catch((error: unknown) => console.warn('[menu] not set', error));
    return () => {
      current = false;
    };
  }, [menu, t, i18n.language]);

  useEffect(
    () =>
      menu?.onCommand((id) => {
        if (isAppCommand(id)) RUN[id]();
      }),
    [menu],
  );
}
