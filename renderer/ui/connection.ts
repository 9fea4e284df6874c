/** Whether this window has let go of the database for another (newer) one. */
import { create } from 'zustand';

export const useConnection = create<{ closedForOtherWindow: boolean }>(() => ({ closedForOtherWindow: false }));

export function markClosedForOtherWindow(): void {
  useConnection.setState({ closedForOtherWindow: true });
}
