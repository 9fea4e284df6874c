/** The keyboard shortcuts, generated from the command table. */
import { useTranslation } from 'react-i18next';
import { describeKeys, INTERVIEW_COMMANDS } from '../../ui/commands';

export function ShortcutList({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card shortcuts" aria-labelledby="shortcuts-title">
      <div className="pane-head">
        <h2 id="shortcuts-title">{t('commands.shortcuts')}</h2>
        <button type="button" onClick={onClose}>
          {t('common.dismiss')}
        </button>
      </div>
      <dl>
        {INTERVIEW_COMMANDS.map((command) => (
          <div key={command.id}>
            <dt>
              <kbd>{describeKeys(command)}</kbd>
            </dt>
            <dd>{t(command.label)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
