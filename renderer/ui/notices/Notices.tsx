/** The notice area: errors as alerts, confirmations as status messages. */
import { useTranslation } from '../../i18n/react';
import { useNotices } from './notices';

export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <p>{notice.message}</p>
          {notice.details && notice.details.length > 0 && (
            <ul>
              {notice.details.map((detail, i) => (
                <li key={i}>{detail}</li>
              ))}
            </ul>
          )}
          <button type="button" className="link-button" onClick={() => dismiss(notice.id)}>
            {t('common.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
