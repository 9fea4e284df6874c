/** Side memos: the interviewer's own observations, kept apart from the transcript. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMemo, removeMemo } from './interview-actions';
import { useInterview } from './interview-store';

export const MEMO_INPUT_ID = 'memo-input';

export function MemoPane() {
  const { t, i18n } = useTranslation();
  const memos = useInterview((s) => s.memos);
  const [draft, setDraft] = useState('');
  const save = () => {
    if (!draft.trim()) return;
    void addMemo(draft.trim());
    setDraft('');
  };
  return (
    <section className="memo-pane" aria-labelledby="memo-title">
      <h2 id="memo-title">{t('memos.title')}</h2>
      <p className="hint">{t('memos.hint')}</p>
      <ul className="memos">
        {memos.map((memo) => (
          <li key={memo.id}>
            <span className="muted">{new Date(memo.at).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })}</span>{' '}
            <span className="pre-line">{memo.text}</span>{' '}
            <button type="button" className="link-button" onClick={() => void removeMemo(memo.id)} aria-label={t('memos.remove', { text: memo.text })}>
              {t('memos.removeShort')}
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          <span className="visually-hidden">{t('memos.new')}</span>
          <textarea
            id={MEMO_INPUT_ID}
            rows={2}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t('memos.placeholder')}
            onKeyDown={(e) => {
              // Ctrl+Enter keeps the memo here instead of making a new turn.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                e.stopPropagation();
                save();
              }
            }}
          />
        </label>
        <button type="submit">{t('memos.add')}</button>
      </form>
    </section>
  );
}
