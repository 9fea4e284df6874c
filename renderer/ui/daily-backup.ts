/**
 * While the desktop app is open: a backup at start when the last is a day old, then checked
 * every hour. The backup code (with the archive writer) loads when it first runs, not with
 * the first screen.
 */
import { useEffect } from 'react';
import { getPlatform } from '../platform';

const HOUR = 60 * 60 * 1000;

const backUpIfADayOld = async () => (await import('./automatic-backup')).backUpIfADayOld();

export function useDailyBackup(): void {
  useEffect(() => {
    if (!getPlatform().backups) return;
    // Not during start-up itself: the first screen comes first.
    const first = setTimeout(() => void backUpIfADayOld(), 30_000);
    const hourly = setInterval(() => void backUpIfADayOld(), HOUR);
    return () => {
      clearTimeout(first);
      clearInterval(hourly);
    };
  }, []);
}
