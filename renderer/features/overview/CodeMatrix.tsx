/**
 * Codes × municipality or codes × respondent type: how many passages each code has per
 * column, the automatic codes the study shows included (marked). A count is a button
 * that opens the quotes behind it, which export to Word through the transcript export's
 * anonymisation review.
 */
import { useMemo, useRef, useState } from 'react';
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

/** Fixed, so the columns in view follow from the scroll position; a long municipality name wraps. */
const COLUMN_PX = 112;

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

export function CodeMatrix({ study, held, respondents, codings: stored, families, codes }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const [dimension, setDimension] = useState<MatrixDimension>('municipality');
  const [cell, setCell] = useState<MatrixCell>();
  const [exporting, setExporting] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);

  // Counts only: the researcher's codings plus each interview's kept automatic code counts;
  // no turn is read until a cell's quotes are opened.
  const data = useMemo(() => {
    const byId = new Map(respondents.map((r) => [r.id, r]));
    const interviews = held
      .filter((i) => i.overview.status === 'ended' && byId.has(i.overview.respondentId))
      .sort((a, b) => a.overview.heldAt - b.overview.heldAt);
    const respondentOf = new Map<string, MatrixRespondent>(
      interviews.map((i) => [i.interviewId, byId.get(i.overview.respondentId)!]),
    );
    const own = stored.filter((c) => respondentOf.has(c.interviewId));
    const automatic: CountedCoding[] = held.flatMap(({ interviewId, automaticCounts }) =>
      respondentOf.has(interviewId)
        ? Object.entries(automaticCounts)
            .filter(([codeId]) => families.includes(automaticFamily(codeId)!))
            .map(([codeId, count]) => ({ codeId, interviewId, count }))
        : [],
    );
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

  // The quotes of the open cell: only that column's interviews and their turns are read.
  const cellIds = useMemo(
    () =>
      cell
        ? data.interviews
            .filter((i) => columnKey(cell.dimension, data.respondentOf.get(i.interviewId)!) === cell.column)
            .map((i) => i.interviewId)
        : [],
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
    if (!cell || !cellRead || !cellInterviews) return undefined;
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

  const columns = useMemo(
    () => matrixColumns(dimension, [...data.respondentOf.values()], study.respondentTypes, i18n.language),
    [data, dimension, study.respondentTypes, i18n.language],
  );
  // Only the columns in view are in the page: a municipality per interview makes 200 of them.
  const view = useColumnWindow(scroller, columns.length, COLUMN_PX);
  const matrix = useMemo(() => codeMatrix(dimension, data.counted, data.respondentOf), [dimension, data]);
  const cellLabel = useMemo(() => cellLabeller(t), [t]);

  if (data.counted.length === 0) return <p className="empty">{t('coding.matrix.noCodings')}</p>;

  const shown = columns.slice(view.first, view.last);
  const spacer = (px: number) =>
    px > 0 ? <td aria-hidden="true" className="matrix-spacer" style={{ width: px, minWidth: px }} /> : null;
  // aria-colindex counts from 1: the code column, then the municipalities or types.
  const colIndex = (i: number) => view.first + i + 2;
  const rows = data.rows.filter((row) => matrix.has(row.id));
  const columnLabel = (key: string) => columns.find((c) => c.key === key)?.label || t('coding.matrix.noMunicipality');
  const codeName = (id: string) => data.rows.find((r) => r.id === id)?.name ?? id;
  const dimensionName = t(`coding.matrix.${dimension}`);

  // The quotes' interviews, for their export.
  const sourceOf = new Map(
    (cellInterviews ?? []).map((i) => [
      i.id,
      { interview: i, respondent: data.byId.get(i.respondentId)!, code: codes.get(i.respondentId) ?? '?' },
    ]),
  );
  const cellTitle = cell ? `${codeName(cell.codeId)} — ${columnLabel(cell.column)}` : '';

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
                setExporting(false);
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
        <table className="matrix code-matrix" aria-colcount={columns.length + 1}>
          <caption className="visually-hidden">
            {t('coding.matrix.title')}: {dimensionName}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-colindex={1}>
                {t('coding.matrix.code')}
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
            {rows.map((row) => (
              <tr key={row.id} className={isAutomaticCode(row.id) ? 'is-automatic' : undefined}>
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
                            setExporting(false);
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
            ))}
          </tbody>
        </table>
      </div>
      {cell && (
        <section className="card quotes" aria-labelledby="quotes-title">
          <div className="pane-head">
            <h3 id="quotes-title">
              {t('coding.quotes.title', { code: codeName(cell.codeId), column: columnLabel(cell.column) })}
            </h3>
            <button
              type="button"
              onClick={() => setExporting(true)}
              aria-expanded={exporting}
              disabled={!quotes || quotes.length === 0}
            >
              {t('coding.quotes.export')}
            </button>
            <button type="button" onClick={() => setCell(undefined)}>
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
              quotes={{ title: cellTitle, items: quoteExportItems(quotes, sourceOf) }}
              onClose={() => setExporting(false)}
            />
          )}
        </section>
      )}
    </>
  );
}
