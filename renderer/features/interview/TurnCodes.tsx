/**
 * The codes beside a turn of a held interview: the researcher's codings (a span's
 * coded words quoted, its memo shown), each removable, then the automatic codes in
 * their own style. The coded words are also marked in the text itself (CodedText).
 */
import { memo, useId, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { AUTOMATIC_FAMILIES, type AutomaticFamily } from '../../../shared/coding/automatic';
import { codedStretches } from '../../../shared/coding/marks';
import { codedRange, codedText, type Coding } from '../../../shared/coding/schema';
import { database } from '../../data/instance';
import { saveAutomaticFamilies } from '../../data/settings';
import { codeMemoOf } from '../../../shared/design/code-tree-edit';
import type { Study } from '../../../shared/study/schema';
import { removeCoding, saveMemos } from './coding-actions';

interface Props {
  number: number;
  text: string;
  codings: readonly Coding[];
  automatic: readonly string[];
  names: ReadonlyMap<string, string>;
  study: Study;
}

const EXCERPT = 40;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);

export const TurnCodes = memo(function TurnCodes({ number, text, codings, automatic, names, study }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string>();
  if (codings.length === 0 && automatic.length === 0) return null;
  const edited = codings.find((c) => c.id === editing);
  return (
    <div className="turn-margin">
      <ul className="turn-codes" aria-label={t('coding.codesOfTurn', { number })}>
        {codings.map((coding) => {
          const name = names.get(coding.codeId) ?? t('coding.unknownCode');
          return (
            <li
              key={coding.id}
              className="code-chip"
              title={coding.memo ? t('coding.memoOf', { memo: coding.memo }) : undefined}
            >
              <span className="code-name">{name}</span>
              {coding.span.kind === 'text' && <q className="code-span">{excerpt(codedText(coding.span, text))}</q>}
              {coding.memo && <span className="code-memo">{coding.memo}</span>}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('analysis.memos.edit', { code: name })}
                aria-expanded={editing === coding.id}
                title={t('analysis.memos.edit', { code: name })}
                onClick={() => setEditing((current) => (current === coding.id ? undefined : coding.id))}
              >
                ✎
              </button>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('coding.remove', { code: name })}
                onClick={() => void removeCoding(coding.id)}
              >
                ×
              </button>
            </li>
          );
        })}
        {automatic.map((codeId) => (
          <li key={codeId} className="code-chip is-automatic" title={t('coding.automatic')}>
            <span className="code-name">{names.get(codeId) ?? codeId}</span>
            <span className="visually-hidden"> ({t('coding.automatic')})</span>
          </li>
        ))}
      </ul>
      {edited && (
        <MemoForm
          key={edited.id}
          coding={edited}
          name={names.get(edited.codeId) ?? t('coding.unknownCode')}
          study={study}
          onDone={() => setEditing(undefined)}
        />
      )}
    </div>
  );
});

/** A coding's memo and its code's memo, edited together beside the turn; blank removes a memo. */
function MemoForm({ coding, name, study, onDone }: { coding: Coding; name: string; study: Study; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const code = codeMemoOf(study.codeTrees, coding.codeId);
  const [codingMemo, setCodingMemo] = useState(coding.memo ?? '');
  const [codeMemo, setCodeMemo] = useState(code?.memo ?? '');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="memo-edit"
      aria-labelledby={`${id}-title`}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const ok = await saveMemos(study, coding, codingMemo, code ? codeMemo : undefined);
        setBusy(false);
        if (ok) onDone();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <p id={`${id}-title`} className="memo-edit-title">
        {t('analysis.memos.title', { code: name })}
      </p>
      <label>
        <span>{t('analysis.memos.coding')}</span>
        <textarea value={codingMemo} rows={2} autoFocus onChange={(e) => setCodingMemo(e.target.value)} />
      </label>
      {code && (
        <label>
          <span>{t('analysis.memos.code', { code: name })}</span>
          <textarea value={codeMemo} rows={2} onChange={(e) => setCodeMemo(e.target.value)} />
        </label>
      )}
      <p className="hint">{t('analysis.memos.blankRemoves')}</p>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('analysis.memos.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('analysis.memos.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The turn's text behind its (transparent) text field, with the coded words marked. */
export function CodedBackdrop({ text, codings }: { text: string; codings: readonly Coding[] }) {
  const ranges = codings.filter((c) => c.span.kind === 'text').map((c) => codedRange(c.span, text));
  return (
    <div className="coded-backdrop" aria-hidden="true">
      {codedStretches(text, ranges).map((s, i) =>
        s.coded ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
      {/* A final newline needs a character after it to take up its line, as in the text field. */}
      {text.endsWith('\n') && ' '}
    </div>
  );
}

/** Which automatic codes this study shows (and counts in its matrix): a setting per study. */
export function AutomaticCodesSetting({
  studyId,
  families,
}: {
  studyId: string;
  families: readonly AutomaticFamily[];
}) {
  const { t } = useTranslation();
  const toggle = (family: AutomaticFamily, on: boolean) =>
    void saveAutomaticFamilies(
      database(),
      studyId,
      AUTOMATIC_FAMILIES.filter((f) => (f === family ? on : families.includes(f))),
    );
  return (
    <fieldset className="automatic-setting">
      <legend>{t('coding.automaticTitle')}</legend>
      {AUTOMATIC_FAMILIES.map((family) => (
        <label key={family} className="option">
          <input
            type="checkbox"
            checked={families.includes(family)}
            onChange={(e) => toggle(family, e.target.checked)}
          />
          <span>{t(`coding.families.${family}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
