/**
 * The parts of a question that not every question has: its wording per role (the
 * BELEIDSMEDEWERKER/MANAGER lines of list 5.3), its placeholders filled in during
 * preparation, and its probes.
 */
import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { placeholderKey } from '../../../../shared/design/topic-list-edits';
import type { GuideQuestion, Placeholder } from '../../../../shared/study/schema';
import { DraftField } from './DraftField';
import { useEditorContext } from './editor-context';

const KINDS: Placeholder['kind'][] = ['document', 'quote', 'text'];

export function VariantsEditor({ question }: { question: GuideQuestion }) {
  const { t } = useTranslation();
  const { editor, roles } = useEditorContext();
  const listId = useId();
  const [role, setRole] = useState('');
  const [text, setText] = useState('');
  const variants = question.variants ?? [];
  const duplicate = variants.some((v) => v.role === role.trim());
  const set = (next: typeof variants) => editor.apply({ type: 'setVariants', id: question.id, variants: next });
  const add = () => {
    if (set([...variants, { role: role.trim(), text }])) {
      setRole('');
      setText('');
    }
  };
  return (
    <fieldset className="edit-details">
      <legend>{t('topicLists.variants.legend')}</legend>
      <p className="hint muted">{t('topicLists.variants.hint')}</p>
      <datalist id={listId}>
        {roles.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      {variants.map((variant, i) => (
        <div key={variant.role} className="edit-detail-row">
          <DraftField
            multiline
            rows={3}
            label={t('topicLists.variants.text', { role: variant.role })}
            value={variant.text}
            error={t('topicLists.required')}
            onChange={(value) => set(variants.map((v, j) => (j === i ? { ...v, text: value } : v)))}
            onLeave={editor.endTyping}
          />
          <button type="button" className="danger" onClick={() => set(variants.filter((_, j) => j !== i))}>
            {t('topicLists.variants.remove', { role: variant.role })}
          </button>
        </div>
      ))}
      <div className="edit-detail-row edit-detail-new">
        <label>
          {t('topicLists.variants.newRole')}
          <input
            type="text"
            list={listId}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            aria-invalid={duplicate || undefined}
          />
        </label>
        <label className="grow">
          {t('topicLists.variants.newText')}
          <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="button" disabled={!role.trim() || !text.trim() || duplicate} onClick={add}>
          {t('topicLists.variants.add')}
        </button>
      </div>
      {duplicate && <p className="field-error">{t('topicLists.variants.duplicate')}</p>}
    </fieldset>
  );
}

export function PlaceholdersEditor({ question }: { question: GuideQuestion }) {
  const { t } = useTranslation();
  const { editor } = useEditorContext();
  const [token, setToken] = useState('');
  const [kind, setKind] = useState<Placeholder['kind']>('document');
  const placeholders = question.placeholders ?? [];
  const set = (next: Placeholder[]) => editor.apply({ type: 'setPlaceholders', id: question.id, placeholders: next });
  const inQuestion = (p: string) =>
    question.text.includes(p) || (question.variants ?? []).some((v) => v.text.includes(p));
  const add = () => {
    const key = placeholderKey(
      token,
      placeholders.map((p) => p.key),
    );
    if (set([...placeholders, { token, key, kind }])) setToken('');
  };
  return (
    <fieldset className="edit-details">
      <legend>{t('topicLists.placeholders.legend')}</legend>
      <p className="hint muted">{t('topicLists.placeholders.hint')}</p>
      {placeholders.map((placeholder, i) => (
        <div key={placeholder.key} className="edit-detail-row">
          <DraftField
            label={t('topicLists.placeholders.token')}
            value={placeholder.token}
            error={t('topicLists.required')}
            onChange={(value) => set(placeholders.map((p, j) => (j === i ? { ...p, token: value } : p)))}
            onLeave={editor.endTyping}
          />
          <label>
            {t('topicLists.placeholders.kind')}
            <select
              value={placeholder.kind}
              onChange={(e) =>
                set(placeholders.map((p, j) => (j === i ? { ...p, kind: e.target.value as Placeholder['kind'] } : p)))
              }
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`topicLists.placeholders.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="danger" onClick={() => set(placeholders.filter((_, j) => j !== i))}>
            {t('topicLists.placeholders.remove', { token: placeholder.token })}
          </button>
          {!inQuestion(placeholder.token) && (
            <p className="field-error">{t('topicLists.placeholders.notInText', { token: placeholder.token })}</p>
          )}
        </div>
      ))}
      <div className="edit-detail-row edit-detail-new">
        <label>
          {t('topicLists.placeholders.newToken')}
          <input type="text" value={token} onChange={(e) => setToken(e.target.value)} />
        </label>
        <label>
          {t('topicLists.placeholders.newKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Placeholder['kind'])}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`topicLists.placeholders.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!token.trim()} onClick={add}>
          {t('topicLists.placeholders.add')}
        </button>
      </div>
      {token.trim() !== '' && !inQuestion(token) && (
        <p className="hint muted">{t('topicLists.placeholders.notInText', { token })}</p>
      )}
    </fieldset>
  );
}

export function ProbesEditor({ question }: { question: GuideQuestion }) {
  const { t } = useTranslation();
  const { editor } = useEditorContext();
  const { id } = question;
  return (
    <fieldset className="edit-details">
      <legend>{t('topicLists.question.probes', { count: question.probes?.length ?? 0 })}</legend>
      <DraftField
        label={t('topicLists.probes.heading')}
        value={question.probesHeading ?? ''}
        onChange={(probesHeading) =>
          editor.apply({ type: 'updateQuestion', id, changes: { probesHeading } }, `${id}.probesHeading`)
        }
        onLeave={editor.endTyping}
      />
      <DraftField
        multiline
        rows={4}
        label={t('topicLists.probes.list')}
        value={(question.probes ?? []).join('\n')}
        onChange={(value) =>
          editor.apply({ type: 'updateQuestion', id, changes: { probes: value.split('\n') } }, `${id}.probes`)
        }
        onLeave={editor.endTyping}
      />
    </fieldset>
  );
}
