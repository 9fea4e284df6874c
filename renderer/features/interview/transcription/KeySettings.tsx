/**
 * Choosing the transcription keys: pick a command, press the new key. A key that types
 * or edits text, or that something active at the same time already uses, is refused with
 * the reason; the choice is kept in settings and the shortcut list shows it.
 */
import { useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { describeChord, describeKeys, TRANSCRIPTION_COMMANDS } from '../../../ui/commands';
import { chordOf, chordProblem } from '../../../ui/commands/custom-keys';
import { guarded } from '../../../ui/notices/notices';
import { database } from '../../../data/instance';
import { saveTranscriptionKeys, useTranscriptionKeys } from '../../../data/transcription-keys';
import { useTranscriptionCommands } from './use-transcription-keys';

export function KeySettings({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const custom = useTranscriptionKeys();
  const commands = useTranscriptionCommands();
  const [listening, setListening] = useState<string>();
  const [message, setMessage] = useState('');

  const save = (next: Record<string, { code: string; ctrl?: boolean; alt?: boolean; shift?: boolean }[]>) =>
    guarded(() => saveTranscriptionKeys(database(), next), t('errors.saveFailed'));

  return (
    <section className="key-settings" aria-labelledby="transcription-keys-title">
      <h3 id="transcription-keys-title">{t('transcription.keys.title')}</h3>
      <p className="hint">{t('transcription.keys.hint')}</p>
      <ul>
        {commands.map((command) => (
          <li key={command.id}>
            <button
              type="button"
              aria-pressed={listening === command.id}
              onClick={() => {
                setListening(listening === command.id ? undefined : command.id);
                setMessage(listening === command.id ? '' : t('transcription.keys.press', { command: t(command.label) }));
              }}
              onBlur={() => setListening(undefined)}
              onKeyDown={(event) => {
                if (listening !== command.id || event.key === 'Tab') return;
                const chord = chordOf(event);
                // Taken here, so neither the player nor the interview acts on the key being chosen.
                event.preventDefault();
                event.stopPropagation();
                if (!chord) return;
                const keys = describeChord(chord);
                const problem = chordProblem(chord, command.id, 'transcription', custom);
                if (problem?.kind === 'types') return setMessage(t('transcription.keys.types', { keys }));
                if (problem?.kind === 'taken')
                  return setMessage(t('transcription.keys.taken', { keys, command: t(problem.by.label) }));
                setListening(undefined);
                setMessage(t('transcription.keys.saved', { command: t(command.label), keys }));
                void save({ ...custom, [command.id]: [chord] });
              }}
            >
              {t('transcription.keys.change', { command: t(command.label), keys: describeKeys(command) })}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="key-message">
        {message}
      </p>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            setMessage(
              TRANSCRIPTION_COMMANDS.map((c) => `${t(c.label)}: ${describeKeys(c)}`).join('; '),
            );
            void save({});
          }}
        >
          {t('transcription.keys.reset')}
        </button>
        <button type="button" onClick={onClose}>
          {t('transcription.keys.close')}
        </button>
      </div>
    </section>
  );
}
