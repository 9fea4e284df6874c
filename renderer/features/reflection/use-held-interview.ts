/** An interview with its turns in reading order, read once for the reflection (text still being saved is written first). */
import { useEffect, useState } from 'react';
import type { Interview, StoredTurn } from '../../../shared/interview/interview';
import { database } from '../../data/instance';
import { loadInterview } from '../../data/interviews';
import { flushPendingWrites } from '../../data/pending-writes';

export interface HeldInterview {
  interview: Interview;
  turns: StoredTurn[];
}

function inReadingOrder(interview: Interview, turns: StoredTurn[]): StoredTurn[] {
  const byId = new Map(turns.map((t) => [t.id, t]));
  const ordered = interview.turnOrder.flatMap((id) => byId.get(id) ?? []);
  const known = new Set(interview.turnOrder);
  // Turns the order does not know still count (as on the interview screen: never hide text).
  const strays = turns.filter((t) => !known.has(t.id)).sort((a, b) => a.startedAt - b.startedAt);
  return [...ordered, ...strays];
}

/** undefined while loading, null when the interview does not exist. */
export function useHeldInterview(interviewId: string): HeldInterview | null | undefined {
  const [held, setHeld] = useState<{ id: string; value: HeldInterview | null }>();
  useEffect(() => {
    let live = true;
    void (async () => {
      await flushPendingWrites();
      const loaded = await loadInterview(database(), interviewId);
      if (!live) return;
      setHeld({
        id: interviewId,
        value: loaded ? { interview: loaded.interview, turns: inReadingOrder(loaded.interview, loaded.turns) } : null,
      });
    })();
    return () => {
      live = false;
    };
  }, [interviewId]);
  return held?.id === interviewId ? held.value : undefined;
}
