/**
 * After an interview ends: in the browser build the interviews live only in this browser
 * profile, so the researcher is reminded to download a backup (a notice that stays until
 * closed, not one that fades while they are still writing the reflection).
 */
import i18next from 'i18next';
import { getPlatform } from '../platform';
import { useNotices } from './notices/notices';

export function remindOfBackup(): void {
  if (getPlatform().kind !== 'browser') return;
  useNotices.getState().show({ tone: 'info', message: i18next.t('data.reminder') });
}
