/**
 * What an autosaving screen tells the researcher when saving stops and starts again:
 * one calm notice when it stops (not one per retry or keystroke), replaced by a short
 * confirmation once everything has been saved after all.
 */
import { i18n } from '../../i18n';
import type { SaveState } from '../../data/autosave';
import { reportError, reportInfo, useNotices } from './notices';

/** Returns the listener for one autosaver's state changes. */
export function saveNotices(): (state: SaveState, error?: unknown) => void {
  let shown: number | undefined;
  return (state, error) => {
    if (state === 'failed' || state === 'full') {
      if (shown !== undefined) return;
      const details = state === 'full' ? [] : [String((error as Error)?.message ?? error)];
      reportError(i18n.t(state === 'full' ? 'errors.diskFull' : 'errors.saveRetrying'), details);
      shown = useNotices.getState().notices.at(-1)?.id;
    } else if (state === 'saved' && shown !== undefined) {
      useNotices.getState().dismiss(shown);
      shown = undefined;
      reportInfo(i18n.t('errors.saveResumed'));
    }
  };
}
