/**
 * The Afsluiting's follow-ups of every held interview as one compact table (what was
 * asked for, when it was sent, people suggested), what is still to send first; each
 * row's form opens on demand, so sixteen interviews do not make a page of forms.
 * Only the rows near the view are in the page (windowed with @tanstack/react-virtual
 * against the window's scroll, as the interview's turns are): two hundred interviews
 * cost a screenful to build and lay out. The table says how many rows it has and each
 * row its place (aria-rowcount, aria-rowindex); scrolling, by hand or by moving the
 * focus from row to row, brings the next rows in.
 */
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n';
import { followUpOrder, followUpSummary, type FollowUpSummary } from '../../../shared/reflection/closing';
import type { Study } from '../../../shared/study/schema';
import type { StoredReflection } from '../../data/records';
import { ClosingForm } from '../../ui/closing/ClosingForm';
import { useReflectionEditor } from '../../ui/closing/use-reflection-editor';
import { measureWithoutLayout, useDocumentBottom } from '../../ui/window-rows';
import type { OverviewInterview } from '../../data/study-overview';

const COLUMNS = 6;
/** A closed row's height before it was measured (one line; the rows measure themselves). */
const ESTIMATED_ROW_PX = 38;
/** Rows drawn beyond each edge of the view, so scrolling or tabbing on shows no gap. */
const OVERSCAN_ROWS = 10;

function OpenForm({
  study,
  interviewId,
  code,
  rowIndex,
}: {
  study: Study;
  interviewId: string;
  code: string;
  rowIndex: number;
}) {
  const editor = useReflectionEditor(interviewId, study.id);
  return (
    <tr className="follow-up-form" aria-rowindex={rowIndex}>
      <td colSpan={COLUMNS} id={`follow-up-${interviewId}`}>
        <ClosingForm study={study} editor={editor} code={code} headingLevel={3} />
      </td>
    </tr>
  );
}

/** The words every row uses, looked up once per table rather than once per row. */
interface RowTexts {
  nothing: string;
  asked: Record<FollowUpSummary['requested'][number], string>;
  toSend: string;
  nothingToSend: string;
  open: string;
  /** "met {{code}}" with a stand-in for the code. */
  with: string;
  dates: Intl.DateTimeFormat;
  t: TFunction;
}

const CODE = '\u0001';

/** A memoised row: opening one form does not build the other two hundred again. */
const FollowUpRow = memo(function FollowUpRow({
  row,
  code,
  date,
  open,
  onToggle,
  texts,
  rowIndex,
}: {
  row: FollowUpSummary;
  code: string;
  date: string;
  open: boolean;
  onToggle: (interviewId: string) => void;
  texts: RowTexts;
  rowIndex: number;
}) {
  const { t } = texts;
  const sentOn = row.sentOn ? texts.dates.format(new Date(`${row.sentOn}T12:00:00`)) : undefined;
  return (
    <tr className={`follow-up-row status-${row.status}`} aria-rowindex={rowIndex}>
      <th scope="row">
        <span className="code">{code}</span> <span className="muted">{date}</span>
      </th>
      <td>{row.requested.length === 0 ? texts.nothing : row.requested.map((r) => texts.asked[r]).join(', ')}</td>
      <td>{sentOn ?? '—'}</td>
      <td>
        {row.suggestions === 0 ? '—' : t('followUpTable.suggestionCount', { count: row.suggestions, added: row.added })}
      </td>
      <td>
        {row.status === 'toSend' ? (
          <strong className="status-wait">{texts.toSend}</strong>
        ) : row.status === 'sent' ? (
          <span className="status-done">{t('followUpTable.sentStatus', { date: sentOn })}</span>
        ) : (
          <span className="muted">{texts.nothingToSend}</span>
        )}
      </td>
      <td>
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={open ? `follow-up-${row.interviewId}` : undefined}
          onClick={() => onToggle(row.interviewId)}
        >
          {texts.open} <span className="visually-hidden">{texts.with.replace(CODE, () => code)}</span>
        </button>
      </td>
    </tr>
  );
});

export function FollowUps({
  study,
  interviews,
  reflections,
  codes,
}: {
  study: Study;
  interviews: OverviewInterview[];
  reflections: StoredReflection[];
  codes: Map<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // The order shown so far, so a row does not jump away while its form is being filled in.
  const [shown, setShown] = useState<readonly string[]>([]);
  const texts = useMemo<RowTexts>(
    () => ({
      nothing: t('followUpTable.nothing'),
      asked: { transcript: t('followUpTable.asked.transcript'), report: t('followUpTable.asked.report') },
      toSend: t('overview.toSend'),
      nothingToSend: t('followUpTable.nothingToSend'),
      open: t('followUpTable.open'),
      with: t('followUpTable.with', { code: CODE }),
      dates: new Intl.DateTimeFormat(i18n.language),
      t,
    }),
    [t, i18n.language],
  );
  const toggle = useCallback(
    (id: string) =>
      setOpen((was) => {
        const next = new Set(was);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const closingOf = new Map(reflections.map((r) => [r.interviewId, r.closing]));
  const byId = new Map(interviews.map((item) => [item.interviewId, item]));
  const summaries = interviews.map((item) => followUpSummary(item.interviewId, closingOf.get(item.interviewId)));
  const summaryOf = new Map(summaries.map((s) => [s.interviewId, s]));
  const order = followUpOrder(summaries, shown);
  if (order.join() !== shown.join()) setShown(order);
  const due = summaries.filter((s) => s.status === 'toSend').length;

  // aria-rowindex counts from the header row (1) and counts the open forms' rows too.
  const rowIndexOf: number[] = [];
  order.forEach((_, i) => rowIndexOf.push(i === 0 ? 2 : rowIndexOf[i - 1]! + (open.has(order[i - 1]!) ? 2 : 1)));
  const last = order.length - 1;
  const rowCount = last < 0 ? 1 : rowIndexOf[last]! + (open.has(order[last]!) ? 1 : 0);

  const head = useRef<HTMLTableSectionElement>(null);
  const scrollMargin = useDocumentBottom(head);
  // A row with its form open stays in the page wherever the researcher scrolls, so what
  // is being typed into it is never unmounted.
  const openIndexes = order.flatMap((id, index) => (open.has(id) ? [index] : [])).join();
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      for (const index of openIndexes ? openIndexes.split(',').map(Number) : [])
        if (index < range.count) indexes.add(index);
      return [...indexes].sort((a, b) => a - b);
    },
    [openIndexes],
  );
  const virtualizer = useWindowVirtualizer({
    count: order.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    scrollMargin: scrollMargin ?? 0,
    getItemKey: (index) => order[index] ?? index,
    rangeExtractor,
    measureElement: measureWithoutLayout,
  });

  if (interviews.length === 0) return <p className="empty">{t('overview.noInterviews')}</p>;

  // Until the table's place is known no row is drawn, only the space they take.
  const items = scrollMargin === undefined ? [] : virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const gap = (key: string, px: number) =>
    px > 0 ? (
      <tbody key={key} aria-hidden="true">
        <tr className="follow-up-gap">
          <td colSpan={COLUMNS} style={{ height: px }} />
        </tr>
      </tbody>
    ) : null;
  // The space before each drawn interview not taken by the one drawn before it.
  const margin = scrollMargin ?? 0;
  const gaps = items.map((item, i) => item.start - (i === 0 ? margin : items[i - 1]!.end));
  const drawnTo = items.length > 0 ? items[items.length - 1]!.end : margin;

  return (
    <>
      <p className="hint" role="status">
        {t('followUpTable.dueCount', { count: due })}
      </p>
      <div className="table-scroll">
        <table className="follow-up-table" aria-rowcount={rowCount}>
          <caption className="visually-hidden">{t('followUpTable.caption')}</caption>
          <thead ref={head}>
            <tr aria-rowindex={1}>
              <th scope="col">{t('followUpTable.interview')}</th>
              <th scope="col">{t('followUpTable.requested')}</th>
              <th scope="col">{t('closing.sentOn')}</th>
              <th scope="col">{t('closing.suggestions')}</th>
              <th scope="col">{t('followUpTable.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('followUpTable.form')}</span>
              </th>
            </tr>
          </thead>
          {items.flatMap((item, i) => {
            const id = order[item.index]!;
            const row = byId.get(id)!;
            const code = codes.get(row.overview.respondentId) ?? '?';
            const date = texts.dates.format(new Date(row.overview.heldAt));
            return [
              gap(`gap-${id}`, gaps[i]!),
              // One body per interview, measured as one: its row and its open form. A flat
              // list (flatMap), so a body keeps its element (and its focus) as rows come and go.
              <tbody key={id} ref={virtualizer.measureElement} data-index={item.index}>
                <FollowUpRow
                  row={summaryOf.get(id)!}
                  code={code}
                  date={date}
                  open={open.has(id)}
                  onToggle={toggle}
                  texts={texts}
                  rowIndex={rowIndexOf[item.index]!}
                />
                {open.has(id) && (
                  <OpenForm study={study} interviewId={id} code={code} rowIndex={rowIndexOf[item.index]! + 1} />
                )}
              </tbody>,
            ];
          })}
          {gap('gap-end', total + margin - drawnTo)}
        </table>
      </div>
    </>
  );
}
