/**
 * Which automatic backups to keep: the last 10, and for each of the last 8 calendar
 * weeks the newest one of that week. Calendar weeks (counted from the epoch, not from
 * today) so that a kept weekly backup stays kept as days pass.
 */
export const KEEP_LATEST = 10;
export const KEEP_WEEKS = 8;
const WEEK = 7 * 24 * 60 * 60 * 1000;

export interface BackupFileInfo {
  name: string;
  createdAt: number;
}

/** The names to delete; everything else stays. */
export function backupsToDelete(files: readonly BackupFileInfo[], now: number): string[] {
  const newestFirst = [...files].sort((a, b) => b.createdAt - a.createdAt || a.name.localeCompare(b.name));
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST).map((file) => file.name));
  const thisWeek = Math.floor(now / WEEK);
  const weeksSeen = new Set<number>();
  for (const file of newestFirst) {
    const week = Math.floor(file.createdAt / WEEK);
    if (week > thisWeek - KEEP_WEEKS && !weeksSeen.has(week)) {
      weeksSeen.add(week);
      keep.add(file.name);
    }
  }
  return newestFirst.filter((file) => !keep.has(file.name)).map((file) => file.name);
}
