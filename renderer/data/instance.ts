/** The one open database of this window, set once at start-up by main.tsx. */
import type { VeldwerkDatabase } from './database';

let current: VeldwerkDatabase | undefined;

export function setDatabase(db: VeldwerkDatabase): void {
  current = db;
}

export function database(): VeldwerkDatabase {
  if (!current) throw new Error('database not opened yet');
  return current;
}
