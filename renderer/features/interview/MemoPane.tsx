/** Side memos: the interviewer's own observations, kept apart from the transcript. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { addMemo, focusTurn, removeMemo } from './interview-actions';
import { useInterview } from './interview-store';
import { journalMemoDraft, memoDraft } from '../../data/interview-journal';
import { ariaKeys, commandById, commandIn, describeKeys, MEMO_COMMANDS, type MemoCommandId } from '../../ui/commands';
import { CommandButton } from '../../ui/commands/CommandButton';

export const MEMO_INPUT_ID = 'memo-input';
const SAVE = commandById(MEMO_COMMANDS, 'memo.save');
// The field announces every command that works in it.
const FIELD_KEYS = MEMO_COMMANDS.map(ariaKeys).join(' ');

export function MemoPane({ interviewId }: { interviewId: string }) {
  const { t, i18n } = useTranslation();
  const memos = useInterview((s) => s.memos);
  const [draft, setDraftState] = useState(() => memoDraft(interviewId));
  const setDraft = (text: string) => {
    setDraftState(text);
    journalMemoDraft(interviewId, text);
  };
  // The draft leaves the journal only once the memo is in the database; if saving
  // fails, the text comes back into the field (the error notice says why).
  const save = () => {
    const text = draft.trim();
    if (!text) return;
    setDraftState('');
    void addMemo(text).then((saved) => {
      if (saved && memoDraft(interviewId) === draft) journalMemoDraft(interviewId, '');
      if (!saved) setDraftState((current) => current || draft);
    });
  };
  return (
    <section className="memo-pane" aria-labelledby="memo-title">
      <h2 id="memo-title">{t('memos.title')}</h2>
      <p className="hint">{t('memos.hint')}</p>
      <ul className="memos">
        {memos.map((memo) => (
          <li key={memo.id}>
            <span className="muted">
              {new Date(memo.at).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })}
            </span>{' '}
            <span className="pre-line">{memo.text}</span>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void removeMemo(memo.id)}
              aria-label={t('memos.remove', { text: memo.text })}
            >
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
            placeholder={t('memos.placeholder', {
              save: describeKeys(SAVE),
              back: describeKeys(commandById(MEMO_COMMANDS, 'memo.back')),
            })}
            aria-keyshortcuts={FIELD_KEYS}
            onKeyDown={(e) => {
              const found = commandIn(MEMO_COMMANDS, e);
              if (!found) return;
              const run: Record<MemoCommandId, () => boolean> = {
                'memo.save': () => {
                  save();
                  return true;
                },
                'memo.back': () => {
                  const turnId = useInterview.getState().activeTurnId;
                  if (turnId) focusTurn(turnId);
                  return Boolean(turnId);
                },
              };
              if (run[found.command.id]()) {
                e.preventDefault();
                // The interview's own binding of the same keys (Ctrl+Enter: a new turn) must not run too.
                e.stopPropagation();
              }
            }}
          />
        </label>
        <CommandButton command={SAVE} variant="save" type="submit" />
      </form>
    </section>
  );
}
