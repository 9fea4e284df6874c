/** The find bar's state: open or not, the query, and which hit is current. */
import { create } from 'zustand';
import type { FindHit } from '../../../shared/search/find';

export interface FindState {
  open: boolean;
  query: string;
  /** The hit shown, with a sequence number so stepping to the same hit again still scrolls. */
  current?: FindHit & { seq: number };
  /** Bumped on every Ctrl+F, so the input is focused again when the bar is already open. */
  openSeq: number;
}

export const useFind = create<FindState>(() => ({ open: false, query: '', openSeq: 0 }));

export function openFind(): void {
  useFind.setState((s) => ({ open: true, openSeq: s.openSeq + 1 }));
}
