/**
 * The full record check (data/soundness.ts) loads once the first screen has painted: the
 * start does not wait for the schemas, and from then on the lists leave out every record
 * that fails its schema and the damaged-records notice names them.
 */
import { useEffect } from 'react';
import { database } from '../data/instance';
import { loadRecordCheck, useRecordCheck } from '../data/soundness';
import { activeStudyId, isStudySound } from '../data/studies';
import { useActiveStudy } from './active-study';

/** A study opened at start on its shape alone that fails the full check gives way to a sound one. */
async function recheckActiveStudy(): Promise<void> {
  const current = useActiveStudy.getState().studyId;
  if (current === undefined || (await isStudySound(database(), current))) return;
  useActiveStudy.setState({ studyId: await activeStudyId(database()) });
}

/** Starts loading the full check after `firstScreenShown` has painted; true once it is in use. */
export function useFullRecordCheck(firstScreenShown: boolean): boolean {
  const loaded = useRecordCheck();
  useEffect(() => {
    if (!firstScreenShown || loaded) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame after the first screen, then a task of its own: the paint goes first.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => void loadRecordCheck()?.then(recheckActiveStudy), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstScreenShown, loaded]);
  return loaded;
}
