/** Whether the shortcut list is shown: one list for the whole app, opened from anywhere. */
import { create } from 'zustand';

interface ShortcutListState {
  open: boolean;
  toggle(): void;
  close(): void;
}

export const useShortcutList = create<ShortcutListState>((set) => ({
  open: false,
  toggle: () => set((s) => ({ open: !s.open })),
  close: () => set({ open: false }),
}));
