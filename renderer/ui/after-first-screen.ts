/**
 * What loads once the first screen is shown, when the window is idle: the full record
 * check (data/soundness.ts), so that from then on the lists leave out every record that
 * fails its schema and the damaged-records notice names them; and the texts of every other
 * screen, so that a notice from a later task finds its words. The start waits for neither.
 */
import { useEffect } from 'react';
import { database } from '../data/instance';
import { loadRecordCheck, useRecordCheck } from '../data/soundness';
import { activeStudyId, isStudySound } from '../data/studies';
import { loadAllTexts } from '../i18n';
import { useActiveStudy } from './active-study';

/** A study opened at start on its shape alone that fails the full check gives way to a sound one. */
async function recheckActiveStudy(): Promise<void> {
  const current = useActiveStudy.getState().studyId;
  if (current === undefined || (await isStudySound(database(), current))) return;
  useActiveStudy.setState({ studyId: await activeStudyId(database()) });
}

/** Idle time, or after a second at the latest. */
const IDLE_TIMEOUT_MS = 1000;

/** Starts the loading once `firstScreenShown`, when idle; true once the full record check is in use. */
export function useAfterFirstScreen(firstScreenShown: boolean): boolean {
  const loaded = useRecordCheck();
  useEffect(() => {
    if (!firstScreenShown || loaded) return;
    const idle = requestIdleCallback(
      () => {
        void loadRecordCheck()?.then(recheckActiveStudy);
        void loadAllTexts();
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
    return () => cancelIdleCallback(idle);
  }, [firstScreenShown, loaded]);
  return loaded;
}
