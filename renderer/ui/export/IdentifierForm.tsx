/** A name (or other detail) and its kind, added to the study's identifier list. */
import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { entryKindSchema, type EntryKind } from '../../../shared/anonymise';

export function IdentifierForm({
  label,
  onAdd,
}: {
  /** The form's accessible name. */
  label: string;
  /** Resolves to whether the entry was taken (the field is then cleared). */
  onAdd: (input: { text: string; kind: EntryKind }) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<EntryKind>('person');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="identifier-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onAdd({ text, kind })
          .then((taken) => taken && setText(''))
          .finally(() => setBusy(false));
      }}
    >
      <label htmlFor={`${id}-text`}>
        <span>{t('identifiers.text')}</span>
        <input id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      </label>
      <label htmlFor={`${id}-kind`}>
        <span>{t('identifiers.kind')}</span>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(entryKindSchema.parse(e.target.value))}>
          {entryKindSchema.options.map((option) => (
            <option key={option} value={option}>
              {t(`identifiers.kinds.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        {t('identifiers.add')}
      </button>
    </form>
  );
}
