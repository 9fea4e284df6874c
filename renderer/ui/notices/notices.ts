/**
 * The one path by which errors and confirmations reach the researcher: a message in
 * the notice area (role="alert" for errors, role="status" otherwise). Messages are
 * already translated by the caller.
 */
import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
  details?: string[];
}

interface NoticeState {
  notices: Notice[];
  show: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  show: (notice) => set((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id: nextId++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export function reportError(message: string, details?: string[]): void {
  useNotices.getState().show({ tone: 'error', message, details });
}

/** Confirmations fade after a while; errors stay until dismissed. */
const INFO_VISIBLE_MS = 6000;

export function reportInfo(message: string): void {
  const { show } = useNotices.getState();
  show({ tone: 'info', message });
  const { notices, dismiss } = useNotices.getState();
  const id = notices[notices.length - 1]!.id;
  setTimeout(() => dismiss(id), INFO_VISIBLE_MS);
}

/**
 * Runs a database write and reports a failure (a full disk, a quota) instead of losing
 * it silently. Resolves to whether the write succeeded.
 */
export async function guarded(work: () => Promise<unknown>, failure: string): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    const name = (error as Error)?.name;
    const quota =
      name === 'QuotaExceededError' || (error as { inner?: { name?: string } })?.inner?.name === 'QuotaExceededError';
    reportError(failure, [quota ? 'QuotaExceededError' : String((error as Error)?.message ?? error)]);
    return false;
  }
}
