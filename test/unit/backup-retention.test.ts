/** Automatic backups kept: the last 10, and the newest of each of the last 8 calendar weeks. */
import { describe, expect, it } from 'vitest';
import { backupsToDelete, type BackupFileInfo } from '../../shared/backup/retention';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 11, 3, 12);

function daily(days: number): BackupFileInfo[] {
  return Array.from({ length: days }, (_, i) => ({ name: `b${String(i).padStart(3, '0')}`, createdAt: now - i * DAY }));
}

describe('backup retention', () => {
  it('keeps everything while there are ten or fewer', () => {
    expect(backupsToDelete(daily(10), now)).toEqual([]);
  });

  it('after 100 days of daily backups keeps the last 10 and one per week for 8 weeks, nothing older', () => {
    const files = daily(100);
    const deleted = new Set(backupsToDelete(files, now));
    const kept = files.filter((f) => !deleted.has(f.name));
    // The ten newest all stay.
    expect(kept.slice(0, 10).map((f) => f.name)).toEqual(files.slice(0, 10).map((f) => f.name));
    const weeks = new Set(kept.map((f) => Math.floor(f.createdAt / (7 * DAY))));
    const thisWeek = Math.floor(now / (7 * DAY));
    for (let w = thisWeek - 7; w <= thisWeek; w++) expect(weeks.has(w)).toBe(true);
    expect(kept.every((f) => now - f.createdAt < 8 * 7 * DAY)).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(10 + 8);
  });

  it('a weekly backup stays kept as the days pass (calendar weeks, not weeks back from today)', () => {
    const files = daily(60);
    const keptToday = new Set(files.map((f) => f.name).filter((n) => !backupsToDelete(files, now).includes(n)));
    const later = now + 3 * DAY;
    const deletedLater = backupsToDelete(files, later);
    const weekly = [...keptToday].filter((n) => files.find((f) => f.name === n)!.createdAt < now - 20 * DAY);
    expect(weekly.length).toBeGreaterThan(0);
    for (const name of weekly) {
      const file = files.find((f) => f.name === name)!;
      if (later - file.createdAt < 7 * 7 * DAY) expect(deletedLater).not.toContain(name);
    }
  });
});
