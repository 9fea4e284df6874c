/** The commands that work anywhere in the app: apart from tables.ts, for the first screen's key handler. */
import type { Command } from './model';

/** Anywhere in the app, whatever screen is open. */
export type AppCommandId = 'app.print' | 'help.shortcuts' | 'app.search';
export const APP_COMMANDS: readonly Command<AppCommandId>[] = [
  { id: 'app.print', label: 'commands.print', keys: [{ code: 'KeyP', ctrl: true }] },
  {
    id: 'help.shortcuts',
    label: 'commands.shortcutsOpen',
    keys: [{ code: 'Slash', alt: true }, { code: 'F1' }],
    buttons: { open: 'commands.shortcuts' },
  },
  { id: 'app.search', label: 'analysis.search.command', keys: [{ code: 'KeyF', ctrl: true, shift: true }] },
];
