/**
 * Codes × municipality or codes × respondent type: how many passages each code has per
 * column, the automatic codes the study shows included (marked). A count is a button
 * that opens the quotes behind it, which export to Word through the transcript export's
 * anonymisation review.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n';
import { automaticCodeTree, automaticFamily, isAutomaticCode } from '../../../shared/coding/automatic';
import {
  codeMatrix,
  columnKey,
  flattenCodes,
  type CountedCoding,
  matrixColumns,
  type MatrixDimension,
  type MatrixRespondent,
} from '../../../shared/coding/matrix';
import { quoteExportItems, quotesOfCell, type MatrixCell, type QuoteSource } from '../../../shared/coding/quotes';
import { withAutomaticCodings } from '../../../shared/coding/with-automatic';
import { turnsInOrder } from '../../../shared/export/find-in-interviews';
import type { Respondent } from '../../../shared/respondents/schema';
import type { Study } from '../../../shared/study/schema';
import type { AutomaticFamily } from '../../../shared/coding/automatic';
import type { Coding } from '../../../shared/coding/schema';
import { useInterviewsAndTurns } from '../../data/interviews';
import type { OverviewInterview } from '../../data/study-overview';
import { LazyExportPanel as ExportPanel } from '../../ui/export/LazyExportPanel';
import { useRoute } from '../../ui/navigation/route-store';
import { useColumnWindow } from '../../ui/use-column-window';
import { measureWithoutLayout, observeRectWithoutLayout } from '../../ui/window-rows';

/** Fixed, so the columns in view follow from the scroll position; a long municipality name wraps. */
const COLUMN_PX = 112;
/** A row's and the header's heights before they are measured. */
const ESTIMATED_ROW_PX = 54;
const ESTIMATED_HEAD_PX = 52;
/** Rows drawn beyond each edge of the matrix's box, so scrolling or tabbing on shows no gap. */
const OVERSCAN_ROWS = 8;

interface Props {
  study: Study;
  /** The overview's held interviews as their summaries keep them, with their automatic code counts. */
  held: OverviewInterview[];
  respondents: Respondent[];
  /** The study's own codings. */
  codings: Coding[];
  /** The automatic code families the study shows. */
  families: AutomaticFamily[];
  codes: Map<string, string>;
}

/**
 * The name of a count's button ("3 citaten: Leerklimaat, Aalten"). A screenful is hundreds
 * of buttons, so the sentence is looked up once per count, with stand-ins for the code and
 * the column that are filled in here, instead of a full translation per button.
 */
function cellLabeller(t: TFunction): (count: number, code: string, column: string) => string {
  const sentences = new Map<number, string>();
  return (count, code, column) => {
    let sentence = sentences.get(count);
    if (sentence === undefined) {
      sentence = t('coding.matrix.cell', { count, code: '\u0001', column: '\u0002' });
      sentences.set(count, sentence);
    }
    return sentence.replace('\u0001', () => code).replace('\u0002', () => column);
  };
}

/** The matrix's interviews and counts, worked out once per change of the data. */
interface MatrixData {
  /** The researcher's own codings of the matrix's interviews. */
  own: Coding[];
  counted: CountedCoding[];
  rows: ReturnType<typeof flattenCodes>;
  respondentOf: Map<string, MatrixRespondent>;
  /** Ended interviews with their respondent, oldest first. */
  interviews: OverviewInterview[];
  byId: Map<string, Respondent>;
}

/**
 * The quotes behind one count, in the page only while that count is open: only then are
 * its column's interviews and their turns read.
 */
function CellQuotes({
  study,
  cell,
  data,
  families,
  codes,
  title,
  onClose,
}: {
  study: Study;
  cell: MatrixCell;
  data: MatrixData;
  families: AutomaticFamily[];
  codes: Map<string, string>;
  title: { code: string; column: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const [exporting, setExporting] = useState(false);
  const cellIds = useMemo(
    () =>
      data.interviews
        .filter((i) => columnKey(cell.dimension, data.respondentOf.get(i.interviewId)!) === cell.column)
        .map((i) => i.interviewId),
    [cell, data],
  );
  const cellRead = useInterviewsAndTurns(cellIds);
  // In the column's order (oldest first), as the quotes should come.
  const cellInterviews = useMemo(() => {
    if (!cellRead) return undefined;
    const order = new Map(cellIds.map((id, index) => [id, index]));
    return cellRead.interviews.filter((i) => order.has(i.id)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }, [cellIds, cellRead]);
  const quotes = useMemo(() => {
    if (!cellRead || !cellInterviews) return undefined;
    const cellTurns = cellRead.turns;
    const ids = new Set(cellInterviews.map((i) => i.id));
    const codings = withAutomaticCodings(
      data.own.filter((c) => ids.has(c.interviewId)),
      cellInterviews,
      cellTurns,
      families,
    );
    const sources: QuoteSource[] = cellInterviews.map((interview) => ({
      interview,
      turns: turnsInOrder(
        interview,
        cellTurns.filter((turn) => turn.interviewId === interview.id),
      ),
      respondent: data.respondentOf.get(interview.id)!,
      code: codes.get(interview.respondentId) ?? '?',
    }));
    return quotesOfCell(cell, codings, sources);
  }, [cell, data, families, cellInterviews, cellRead, codes]);
  // The quotes' interviews, for their export.
  const sourceOf = new Map(
    (cellInterviews ?? []).map((i) => [
      i.id,
      { interview: i, respondent: data.byId.get(i.respondentId)!, code: codes.get(i.respondentId) ?? '?' },
    ]),
  );

  return (
    <section className="card quotes" aria-labelledby="quotes-title">
      <div className="pane-head">
        <h3 id="quotes-title">{t('coding.quotes.title', title)}</h3>
        <button
          type="button"
          onClick={() => setExporting(true)}
          aria-expanded={exporting}
          disabled={!quotes || quotes.length === 0}
        >
          {t('coding.quotes.export')}
        </button>
        <button type="button" onClick={onClose}>
          {t('coding.quotes.close')}
        </button>
      </div>
      {!quotes ? (
        <p className="muted">{t('app.loading')}</p>
      ) : quotes.length === 0 ? (
        <p className="muted">{t('coding.quotes.none')}</p>
      ) : (
        <ul className="quotes-list" aria-label={t('coding.quotes.list')}>
          {quotes.map((quote) => (
            <li key={quote.codingId}>
              <button
                type="button"
                className="link-button code"
                aria-label={t('coding.quotes.open', { code: quote.respondentCode })}
                onClick={() => navigate({ name: 'interview', interviewId: quote.interviewId })}
              >
                [{quote.respondentCode}]
              </button>{' '}
              <span className="pre-line">{quote.text}</span>
              {quote.memo && <span className="muted"> — {quote.memo}</span>}
            </li>
          ))}
        </ul>
      )}
      {exporting && quotes && (
        <ExportPanel
          study={study}
          quotes={{ title: `${title.code} — ${title.column}`, items: quoteExportItems(quotes, sourceOf) }}
          onClose={() => setExporting(false)}
        />
      )}
    </section>
  );
}

export function CodeMatrix({ study, held, respondents, codings: stored, families, codes }: Props) {
  const { t, i18n } = useTranslation();
  const [dimension, setDimension] = useState<MatrixDimension>('municipality');
  const [cell, setCell] = useState<MatrixCell>();
  const scroller = useRef<HTMLDivElement>(null);

  // Counts only: the researcher's codings plus each interview's kept automatic code counts;
  // no turn is read until a cell's quotes are opened.
  const data = useMemo<MatrixData>(() => {
    const byId = new Map(respondents.map((r) => [r.id, r]));
    const interviews = held
      .filter((i) => i.overview.status === 'ended' && byId.has(i.overview.respondentId))
      .sort((a, b) => a.overview.heldAt - b.overview.heldAt);
    const respondentOf = new Map<string, MatrixRespondent>(
      interviews.map((i) => [i.interviewId, byId.get(i.overview.respondentId)!]),
    );
    const own = stored.filter((c) => respondentOf.has(c.interviewId));
    // Whether a code's family is shown, worked out once per code, not once per interview's count.
    const shownCode = new Map<string, boolean>();
    const isShown = (codeId: string) => {
      let shown = shownCode.get(codeId);
      if (shown === undefined) {
        shown = families.includes(automaticFamily(codeId)!);
        shownCode.set(codeId, shown);
      }
      return shown;
    };
    const automatic: CountedCoding[] = [];
    for (const { interviewId, automaticCounts } of held) {
      if (!respondentOf.has(interviewId)) continue;
      for (const codeId in automaticCounts)
        if (isShown(codeId)) automatic.push({ codeId, interviewId, count: automaticCounts[codeId]! });
    }
    const automaticTree = automaticCodeTree(
      interviews.map((i) => i.overview),
      {
        root: t('coding.auto.root'),
        speakers: t('coding.auto.speakers'),
        sections: t('coding.auto.sections'),
        topics: t('coding.auto.topics'),
        speaker: study.transcriptFormat.speakers,
      },
    );
    const rows = flattenCodes([...study.codeTrees.flatMap((tree) => tree.nodes), automaticTree]);
    return { own, counted: [...own, ...automatic], rows, respondentOf, interviews, byId };
  }, [stored, held, families, respondents, study, t]);

  const columns = useMemo(
    () => matrixColumns(dimension, [...data.respondentOf.values()], study.respondentTypes, i18n.language),
    [data, dimension, study.respondentTypes, i18n.language],
  );
  // Only the columns in view are in the page: a municipality per interview makes 200 of them.
  const view = useColumnWindow(scroller, columns.length, COLUMN_PX);
  const matrix = useMemo(() => codeMatrix(dimension, data.counted, data.respondentOf), [dimension, data]);
  const cellLabel = useMemo(() => cellLabeller(t), [t]);
  const rows = useMemo(() => data.rows.filter((row) => matrix.has(row.id)), [data, matrix]);
  // The code column is as wide as its longest word (names wrap), found over all rows, not
  // over the rows drawn: rows are windowed, and the column should not change width as
  // they scroll by. Indented rows count their indent, as two letters per level.
  const widest = useMemo(() => {
    let best = { word: '', depth: 0, score: -1 };
    for (const row of rows) {
      const words = isAutomaticCode(row.id)
        ? [...row.name.split(/\s+/), `(${t('coding.automatic')})`]
        : row.name.split(/\s+/);
      for (const word of words) {
        const score = word.length + row.depth * 2;
        if (score > best.score) best = { word, depth: row.depth, score };
      }
    }
    return best;
  }, [rows, t]);
  // Only the rows in view in the matrix's scroll box are in the page, as only its columns are.
  const head = useRef<HTMLTableSectionElement>(null);
  const [headPx, setHeadPx] = useState(ESTIMATED_HEAD_PX);
  // The header's height from the ResizeObserver's report, after the frame's own layout:
  // reading offsetHeight here forced a layout of the whole overview inside React's commit
  // (75 ms of an opening at 200 interviews).
  useLayoutEffect(() => {
    const element = head.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const px = entry?.borderBoxSize?.[0]?.blockSize;
      if (px) setHeadPx(Math.round(px));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [columns]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the compiler is not used; rows are drawn from it each render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    scrollMargin: headPx,
    getItemKey: (index) => rows[index]?.id ?? index,
    measureElement: measureWithoutLayout,
    observeElementRect: observeRectWithoutLayout,
    // The box's height before it is measured: its CSS maximum (reflection.css).
    initialRect: { width: window.innerWidth, height: window.innerHeight - 7 * 16 },
  });

  if (data.counted.length === 0) return <p className="empty">{t('coding.matrix.noCodings')}</p>;

  const shown = columns.slice(view.first, view.last);
  const items = virtualizer.getVirtualItems();
  // The space of the rows not drawn, above and below those that are.
  const gapRow = (px: number) =>
    px > 0 ? (
      <tr aria-hidden="true" className="matrix-gap">
        <td colSpan={1 + shown.length + (view.before > 0 ? 1 : 0) + (view.after > 0 ? 1 : 0)} style={{ height: px }} />
      </tr>
    ) : null;
  const spacer = (px: number) =>
    px > 0 ? <td aria-hidden="true" className="matrix-spacer" style={{ width: px, minWidth: px }} /> : null;
  // aria-colindex counts from 1: the code column, then the municipalities or types.
  const colIndex = (i: number) => view.first + i + 2;
  const columnLabel = (key: string) => columns.find((c) => c.key === key)?.label || t('coding.matrix.noMunicipality');
  const codeName = (id: string) => data.rows.find((r) => r.id === id)?.name ?? id;
  const dimensionName = t(`coding.matrix.${dimension}`);

  return (
    <>
      <fieldset className="inline-options">
        <legend>{t('coding.matrix.dimension')}</legend>
        {(['municipality', 'respondentType'] as const).map((d) => (
          <label key={d} className="option">
            <input
              type="radio"
              name="code-matrix-dimension"
              checked={dimension === d}
              onChange={() => {
                setDimension(d);
                setCell(undefined);
              }}
            />
            <span>{t(`coding.matrix.${d}`)}</span>
          </label>
        ))}
      </fieldset>
      <div
        ref={scroller}
        className="matrix-scroll"
        role="region"
        aria-label={t('coding.matrix.region', { dimension: dimensionName.toLowerCase() })}
        tabIndex={0}
      >
        <table className="matrix code-matrix" aria-colcount={columns.length + 1} aria-rowcount={rows.length + 1}>
          <caption className="visually-hidden">
            {t('coding.matrix.title')}: {dimensionName}
          </caption>
          <thead ref={head}>
            <tr aria-rowindex={1}>
              <th scope="col" aria-colindex={1}>
                {t('coding.matrix.code')}
                <span aria-hidden="true" className="column-sizer" style={{ paddingLeft: `${widest.depth * 0.75}rem` }}>
                  {widest.word}
                </span>
              </th>
              {spacer(view.before)}
              {shown.map((column, i) => (
                <th key={column.key} scope="col" className="window-col wide" aria-colindex={colIndex(i)}>
                  {column.label || t('coding.matrix.noMunicipality')}
                </th>
              ))}
              {spacer(view.after)}
            </tr>
          </thead>
          <tbody>
            {gapRow(items.length > 0 ? items[0]!.start - headPx : 0)}
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <tr
                  key={row.id}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  className={isAutomaticCode(row.id) ? 'is-automatic' : undefined}
                >
                  <th scope="row" aria-colindex={1} style={{ paddingLeft: `${0.5 + row.depth * 0.75}rem` }}>
                    {row.name}
                    {isAutomaticCode(row.id) && <span className="muted"> ({t('coding.automatic')})</span>}
                  </th>
                  {spacer(view.before)}
                  {shown.map((column, i) => {
                    const count = matrix.get(row.id)?.get(column.key) ?? 0;
                    const open = cell?.codeId === row.id && cell.column === column.key && cell.dimension === dimension;
                    return (
                      <td key={column.key} className="window-col wide" aria-colindex={colIndex(i)}>
                        {count > 0 && (
                          <button
                            type="button"
                            className="link-button"
                            aria-pressed={open}
                            aria-label={cellLabel(count, row.name, column.label || t('coding.matrix.noMunicipality'))}
                            onClick={() => {
                              setCell({ dimension, codeId: row.id, column: column.key });
                            }}
                          >
                            {count}
                          </button>
                        )}
                      </td>
                    );
                  })}
                  {spacer(view.after)}
                </tr>
              );
            })}
            {gapRow(items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0)}
          </tbody>
        </table>
      </div>
      {cell && (
        <CellQuotes
          key={`${cell.dimension}\u0000${cell.codeId}\u0000${cell.column}`}
          study={study}
          cell={cell}
          data={data}
          families={families}
          codes={codes}
          title={{ code: codeName(cell.codeId), column: columnLabel(cell.column) }}
          onClose={() => setCell(undefined)}
        />
      )}
    </>
  );
}
