/**
 * The codes beside a turn of a held interview: the researcher's codings (a span's
 * coded words quoted, its memo shown), each removable, then the automatic codes in
 * their own style. The coded words are also marked in the text itself (CodedText).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTOMATIC_FAMILIES, type AutomaticFamily } from '../../../shared/coding/automatic';
import { codedStretches } from '../../../shared/coding/marks';
import { codedRange, codedText, type Coding } from '../../../shared/coding/schema';
import { database } from '../../data/instance';
import { saveAutomaticFamilies } from '../../data/settings';
import { removeCoding } from './coding-actions';

interface Props {
  number: number;
  text: string;
  codings: readonly Coding[];
  automatic: readonly string[];
  names: ReadonlyMap<string, string>;
}

const EXCERPT = 40;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);

export const TurnCodes = memo(function TurnCodes({ number, text, codings, automatic, names }: Props) {
  const { t } = useTranslation();
  if (codings.length === 0 && automatic.length === 0) return null;
  return (
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
  );
});

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
