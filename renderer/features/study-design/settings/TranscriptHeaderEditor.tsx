/**
 * The header lines of the transcript format: which value each line shows, its label and
 * template, their order; lines added and removed. Part of the settings draft, so nothing
 * reaches the study until the settings are saved.
 */
import { useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import type { HeaderField } from '../../../../shared/study/schema';
import {
  defaultHeaderLabel,
  HEADER_KEYS,
  moveHeaderField,
  unknownPlaceholders,
  type HeaderKey,
} from '../../../../shared/study/transcript-format';

interface Props {
  fields: HeaderField[];
  language: string;
  onChange: (fields: HeaderField[]) => void;
}

export function TranscriptHeaderEditor({ fields, language, onChange }: Props) {
  const { t } = useTranslation();
  const [newKey, setNewKey] = useState<HeaderKey>('date');
  const setField = (index: number, change: Partial<HeaderField>) =>
    onChange(fields.map((field, i) => (i === index ? { ...field, ...change } : field)));
  const valueOptions = HEADER_KEYS.map((key) => (
    <option key={key} value={key}>
      {t(`studyDesign.headerValue.${key}`)}
    </option>
  ));

  return (
    <fieldset className="header-fields">
      <legend>{t('studyDesign.header.legend')}</legend>
      <p className="hint">{t('studyDesign.header.hint')}</p>
      <ol>
        {fields.map((field, i) => {
          const n = i + 1;
          const unknown = unknownPlaceholders(field.template ?? '');
          const errorId = `header-template-error-${i}`;
          return (
            // Lines have no id of their own; the index is their identity while editing.
            <li key={i} className="header-field">
              <label>
                <span>{t('studyDesign.header.value', { n })}</span>
                <select value={field.key} onChange={(e) => setField(i, { key: e.target.value as HeaderKey })}>
                  {valueOptions}
                </select>
              </label>
              <label>
                <span>{t('studyDesign.header.label', { n })}</span>
                <input value={field.label} onChange={(e) => setField(i, { label: e.target.value })} />
              </label>
              <label>
                <span>{t('studyDesign.header.template', { n })}</span>
                <input
                  value={field.template ?? ''}
                  placeholder="{value}"
                  aria-invalid={unknown.length > 0}
                  aria-describedby={unknown.length > 0 ? errorId : undefined}
                  onChange={(e) => setField(i, { template: e.target.value === '' ? undefined : e.target.value })}
                />
              </label>
              <span className="row-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('studyDesign.header.up', { n })}
                  disabled={i === 0}
                  onClick={() => onChange(moveHeaderField(fields, i, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('studyDesign.header.down', { n })}
                  disabled={i === fields.length - 1}
                  onClick={() => onChange(moveHeaderField(fields, i, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={t('studyDesign.header.remove', { n, label: field.label })}
                  disabled={fields.length === 1}
                  onClick={() => onChange(fields.filter((_, j) => j !== i))}
                >
                  {t('studyDesign.remove')}
                </button>
              </span>
              {unknown.length > 0 && (
                <p id={errorId} className="field-error" role="alert">
                  {t('studyDesign.header.unknownPlaceholder', { tokens: unknown.join(', ') })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <div className="inline-add">
        <label>
          <span>{t('studyDesign.header.newValue')}</span>
          <select value={newKey} onChange={(e) => setNewKey(e.target.value as HeaderKey)}>
            {valueOptions}
          </select>
        </label>
        <button
          type="button"
          onClick={() => onChange([...fields, { key: newKey, label: defaultHeaderLabel(newKey, language) }])}
        >
          {t('studyDesign.header.add')}
        </button>
      </div>
    </fieldset>
  );
}
