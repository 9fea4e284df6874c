/**
 * Choosing a code for a selection or a whole turn: type to narrow the study's codes
 * (accents and case ignored), ↑/↓ to move, Enter to apply; a name that is not a code
 * yet is offered as a new code. Esc goes back to the text, with the selection as it was.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { flattenCodes, type FlatCode } from '../../../shared/coding/matrix';
import { hasCodeNamed, matchCodes } from '../../../shared/coding/pick';
import type { Study } from '../../../shared/study/schema';
import { applyCode, type CodeChoice } from './coding-actions';
import { useInterview } from './interview-store';
import type { CodingTarget } from './use-interview-keys';

type Option = { kind: 'existing'; code: FlatCode } | { kind: 'new'; name: string };

interface Props {
  study: Study;
  interviewId: string;
  target: CodingTarget;
  onClose: (applied: boolean) => void;
}

export function CodePicker({ study, interviewId, target, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [memo, setMemo] = useState('');
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const turn = useInterview((s) => s.turns[target.turnId]);
  const number = useInterview((s) => s.order.indexOf(target.turnId) + 1);
  const codes = useMemo(() => study.codeTrees.flatMap((tree) => flattenCodes(tree.nodes)), [study.codeTrees]);
  const options: Option[] = useMemo(() => {
    const found: Option[] = matchCodes(codes, query).map((code) => ({ kind: 'existing', code }));
    return query.trim() && !hasCodeNamed(codes, query) ? [...found, { kind: 'new', name: query.trim() }] : found;
  }, [codes, query]);
  const current = Math.min(active, options.length - 1);
  const speaker = turn ? study.transcriptFormat.speakers[turn.speaker] : '';
  const selected =
    turn && !target.turnIds && target.end > target.start ? turn.text.slice(target.start, target.end) : undefined;
  const lastNumber = useInterview((s) => s.order.indexOf(target.turnIds?.at(-1) ?? target.turnId) + 1);

  const apply = async (option: Option | undefined) => {
    if (!option || busy) return;
    const choice: CodeChoice =
      option.kind === 'existing' ? { kind: 'existing', codeId: option.code.id } : { kind: 'new', name: option.name };
    setBusy(true);
    const ok = await applyCode(study, interviewId, target, choice, memo);
    setBusy(false);
    if (ok) onClose(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      const next = Math.max(0, Math.min(options.length - 1, to));
      setActive(next);
      list.current?.children[next]?.scrollIntoView({ block: 'nearest' });
    };
    if (event.key === 'ArrowDown') move(current + 1);
    else if (event.key === 'ArrowUp') move(current - 1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      void apply(options[current]);
    }
  };

  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <section
      className="card code-picker"
      role="dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose(false);
        }
      }}
    >
      <h2 id={`${id}-title`}>{t('coding.picker')}</h2>
      <p className="muted" id={`${id}-target`}>
        {target.turnIds && target.turnIds.length > 1
          ? t('analysis.marks.target', { count: target.turnIds.length, first: number, last: lastNumber })
          : selected !== undefined
            ? t('coding.selection', { number, text: selected })
            : t('coding.wholeTurn', { number, speaker })}
      </p>
      <input
        type="text"
        role="combobox"
        autoFocus
        aria-label={t('coding.search')}
        aria-describedby={`${id}-target`}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? optionId(current) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="code-options" role="listbox" id={`${id}-list`} ref={list} aria-label={t('coding.options')}>
        {options.map((option, index) => (
          <li
            key={option.kind === 'existing' ? option.code.id : 'new'}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            className={index === current ? 'is-active' : undefined}
            style={option.kind === 'existing' ? { paddingLeft: `${0.5 + option.code.depth}rem` } : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => void apply(option)}
          >
            {option.kind === 'existing' ? (
              <>
                {option.code.name}
                {option.code.depth > 0 && <span className="muted"> — {option.code.path.slice(0, -1).join(' › ')}</span>}
              </>
            ) : (
              <strong>{t('coding.create', { name: option.name })}</strong>
            )}
          </li>
        ))}
      </ul>
      {options.length === 0 && <p className="muted">{t('coding.noCodes')}</p>}
      <label>
        {t('coding.memo')}
        <textarea value={memo} rows={2} onChange={(e) => setMemo(e.target.value)} />
      </label>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !options[current]}
          onClick={() => void apply(options[current])}
        >
          {t('coding.apply')}
        </button>
        <button type="button" onClick={() => onClose(false)}>
          {t('coding.cancel')}
        </button>
      </div>
    </section>
  );
}
