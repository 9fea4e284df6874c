/**
 * Choosing the respondent's row in an export of any length: a combobox (ARIA 1.2
 * pattern) that filters the rows by name, e-mail address or timestamp as one types and
 * lists a bounded number of them. A drop-down of 50,000 rows was unusable.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { rowLabel, searchRows, type RowSummary } from '../../../shared/import';

/** Enough to recognise a row among near-namesakes, few enough to read. */
const SHOWN_MATCHES = 8;

interface Props {
  rows: readonly RowSummary[];
  selected: number | undefined;
  onSelect: (index: number) => void;
}

export function RowPicker({ rows, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const label = (row: RowSummary) => t('import.rowOption', { label: rowLabel(row) });
  const selectedLabel = selected === undefined || !rows[selected] ? '' : label(rows[selected]);
  const [query, setQuery] = useState(selectedLabel);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The chosen row's own label is not a search: show the list from the top.
  const filter = query === selectedLabel ? '' : query;
  const matches = useMemo(() => searchRows(rows, filter, SHOWN_MATCHES), [rows, filter]);

  const pick = (row: RowSummary) => {
    onSelect(row.index);
    setQuery(label(row));
    setOpen(false);
    setActive(-1);
  };
  const move = (by: number) => {
    setOpen(true);
    if (matches.rows.length === 0) return;
    setActive((current) => (open ? Math.min(Math.max(current + by, 0), matches.rows.length - 1) : by > 0 ? 0 : matches.rows.length - 1));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const row = matches.rows[active] ?? (matches.rows.length === 1 ? matches.rows[0] : undefined);
      if (row) pick(row);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setQuery(selectedLabel);
    }
  };

  const listId = `${id}-rows`;
  const countId = `${id}-count`;
  const count =
    matches.total === 0
      ? t('import.noRowMatches', { query: filter })
      : matches.total > matches.rows.length
        ? t('import.someRowMatches', { shown: matches.rows.length, total: matches.total })
        : t('import.allRowMatches', { count: matches.total });
  return (
    <div className="row-picker">
      <label htmlFor={`${id}-input`}>{t('import.row')}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={countId}
        aria-activedescendant={open && matches.rows[active] ? `${id}-row-${matches.rows[active].index}` : undefined}
        placeholder={t('import.searchRow')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <p id={countId} className="hint" aria-live="polite">
        {open ? count : t('import.searchRowHint', { count: rows.length })}
      </p>
      <ul id={listId} role="listbox" aria-label={t('import.rowMatches')} hidden={!open || matches.rows.length === 0}>
        {matches.rows.map((row, position) => (
          <li
            key={row.index}
            id={`${id}-row-${row.index}`}
            role="option"
            aria-selected={position === active}
            className={row.index === selected ? 'chosen' : undefined}
            // Keep the focus in the input so the click lands before the list closes.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(row)}
          >
            {label(row)}
          </li>
        ))}
      </ul>
    </div>
  );
}
