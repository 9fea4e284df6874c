/** Every keyboard shortcut of the app, generated from the command tables, grouped by where it works. */
import { useTranslation } from '../../i18n/react';
import { useTranscriptionKeys } from '../../data/transcription-keys';
import { withCustomKeys } from './custom-keys';
import { describeKeys } from './model';
import { useShortcutList } from './shortcut-list-store';
import { COMMAND_CONTEXTS } from './tables';

export function ShortcutList() {
  const { t } = useTranslation();
  const close = useShortcutList((s) => s.close);
  // The transcription keys as the researcher chose them, not only the defaults.
  const transcriptionKeys = useTranscriptionKeys();
  return (
    <section className="card shortcuts" aria-labelledby="shortcuts-title">
      <div className="pane-head">
        <h2 id="shortcuts-title">{t('commands.shortcuts')}</h2>
        <button type="button" onClick={close}>
          {t('common.dismiss')}
        </button>
      </div>
      {COMMAND_CONTEXTS.map((context) => (
        <section key={context.id} aria-labelledby={`shortcuts-${context.id}`}>
          <h3 id={`shortcuts-${context.id}`}>{t(context.label)}</h3>
          <dl>
            {(context.id === 'transcription'
              ? withCustomKeys(context.commands, transcriptionKeys)
              : context.commands
            ).map((command) => (
              <div key={command.id}>
                <dt>
                  <kbd>{describeKeys(command)}</kbd>
                </dt>
                <dd>{t(command.label)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
