/** Adding or editing one respondent. The code follows the study's scheme unless set by hand. */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { deriveCodes } from '../../../shared/respondents/code-scheme';
import type { Respondent, RespondentDraft } from '../../../shared/respondents/schema';
import type { Study } from '../../../shared/study/schema';

interface Props {
  study: Study;
  respondent?: Respondent;
  derivedCode?: string;
  onSave: (draft: RespondentDraft) => void | Promise<void>;
  onCancel: () => void;
  onDelete?: () => void | Promise<void>;
}

function draftOf(study: Study, respondent?: Respondent): RespondentDraft {
  return {
    name: respondent?.name ?? '',
    typeId: respondent?.typeId ?? study.respondentTypes[0]!.id,
    organisation: respondent?.organisation ?? '',
    function: respondent?.function ?? '',
    email: respondent?.email ?? '',
    phone: respondent?.phone ?? '',
    notes: respondent?.notes ?? '',
    codeOverride: respondent?.codeOverride ?? '',
  };
}

export function RespondentForm({ study, respondent, onSave, onCancel, onDelete }: Props) {
  const { t } = useTranslation();
  const formId = useId();
  const [draft, setDraft] = useState<RespondentDraft>(() => draftOf(study, respondent));
  const [nameMissing, setNameMissing] = useState(false);
  const set = (field: keyof RespondentDraft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  // What the scheme would give this respondent as typed, shown as the code's placeholder.
  const schemeCode = useMemo(() => {
    const probe: Respondent = {
      ...draft,
      codeOverride: undefined,
      id: respondent?.id ?? '__new__',
      studyId: study.id,
      createdAt: respondent?.createdAt ?? Number.MAX_SAFE_INTEGER,
      updatedAt: 0,
    };
    return deriveCodes(study, [probe]).get(probe.id) ?? '';
  }, [draft, respondent, study]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.name.trim()) {
      setNameMissing(true);
      return;
    }
    void onSave(draft);
  };

  const title = respondent ? t('respondents.editTitle', { name: respondent.name }) : t('respondents.addTitle');
  return (
    <form className="card respondent-form" aria-label={title} onSubmit={submit} noValidate>
      <h2>{title}</h2>
      <div className="form-grid">
        <label>
          <span>{t('respondents.name')}</span>
          <input
            value={draft.name}
            onChange={(e) => {
              set('name')(e);
              setNameMissing(false);
            }}
            aria-invalid={nameMissing || undefined}
            aria-describedby={nameMissing ? `${formId}-name-error` : undefined}
            autoFocus
          />
          {nameMissing && (
            <span id={`${formId}-name-error`} className="field-error">
              {t('respondents.nameRequired')}
            </span>
          )}
        </label>
        <label>
          <span>{t('respondents.type')}</span>
          <select value={draft.typeId} onChange={set('typeId')}>
            {study.respondentTypes.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('respondents.organisation')}</span>
          <input value={draft.organisation} onChange={set('organisation')} list={`${formId}-organisations`} />
          <datalist id={`${formId}-organisations`}>
            {study.organisations.map((o) => (
              <option key={o.name} value={o.name} />
            ))}
          </datalist>
        </label>
        <label>
          <span>{t('respondents.function')}</span>
          <input value={draft.function} onChange={set('function')} />
        </label>
        <label>
          <span>{t('respondents.email')}</span>
          <input type="email" value={draft.email} onChange={set('email')} />
        </label>
        <label>
          <span>{t('respondents.phone')}</span>
          <input type="tel" value={draft.phone} onChange={set('phone')} />
        </label>
        <label>
          <span>{t('respondents.code')}</span>
          <input value={draft.codeOverride ?? ''} onChange={set('codeOverride')} placeholder={schemeCode} aria-describedby={`${formId}-code-hint`} />
          <span id={`${formId}-code-hint`} className="hint">
            {t('respondents.codeHint', { code: schemeCode })}
          </span>
        </label>
        <label className="wide">
          <span>{t('respondents.notes')}</span>
          <textarea value={draft.notes} onChange={set('notes')} rows={3} />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {onDelete && (
          <button type="button" className="danger" onClick={() => void onDelete()}>
            {t('respondents.delete')}
          </button>
        )}
      </div>
    </form>
  );
}
