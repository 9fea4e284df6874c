/**
 * A value shown at once while its save to the database is under way. Controls bound
 * straight to live queries would snap back until the write lands; this keeps the
 * researcher's click on screen and follows the stored value whenever it changes.
 */
import { useState } from 'react';

export function useShownValue<T>(stored: T): [T, (value: T) => void] {
  const [shown, setShown] = useState(stored);
  const [lastStored, setLastStored] = useState(stored);
  // Adjusting state while rendering (not in an effect) avoids a frame with the old value.
  if (!Object.is(stored, lastStored)) {
    setLastStored(stored);
    setShown(stored);
  }
  return [shown, setShown];
}
