/**
 * Every interview against every topic of its topic list: asked, not asked, or flagged
 * (a follow-up was ticked) but not asked. Symbols carry a text for screen readers and
 * a legend, never colour alone; rows that fall short are marked in words too.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import { overviewOfOutlines, type TopicState } from '../../../shared/reflection/study-overview';
import { useRoute } from '../../ui/navigation/route-store';
import { useColumnWindow } from '../../ui/use-column-window';
import type { OverviewInterview } from '../../data/study-overview';

/** As the legend and the cells show them. */
const SYMBOL: Record<TopicState, string> = { asked: '✓', notAsked: '–', flaggedNotAsked: '!' };

/** Fixed, so the columns in view follow from the scroll position (ui/use-column-window.ts). */
const COLUMN_PX = 56;

/** The words for each state, looked up once per matrix rather than once per cell. */
type StateTexts = Record<TopicState | 'absent', string>;

/**
 * A plain function, not a component: thousands of cells, none with state of its own. One
 * element per cell, the symbol its text and the state's words its name (and its tooltip):
 * a screenful of the matrix is some nine hundred cells, and a hidden span or a drawn
 * symbol per cell doubled what styling, laying out and painting them cost. The legend
 * above the matrix gives the symbols' words too.
 */
function cell(key: string, state: TopicState | null, column: number, texts: StateTexts) {
  if (state === null)
    return <td key={key} className="window-col cell-absent" aria-label={texts.absent} aria-colindex={column} />;
  return (
    <td
      key={key}
      className={`window-col cell-${state}`}
      title={texts[state]}
      aria-label={texts[state]}
      aria-colindex={column}
    >
      {SYMBOL[state]}
    </td>
  );
}

export function CoverageMatrix({
  interviews,
  codes,
}: {
  interviews: OverviewInterview[];
  codes: Map<string, string>;
}) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const scroller = useRef<HTMLDivElement>(null);
  const overview = useMemo(
    () =>
      overviewOfOutlines(
        interviews.map(({ interviewId, overview }) => ({
          interviewId,
          label: codes.get(overview.respondentId) ?? '?',
          outline: overview,
        })),
      ),
    [interviews, codes],
  );
  // Only the interviews in view are in the page: 200 of them would be 10,000 cells.
  const view = useColumnWindow(scroller, overview.columns.length, COLUMN_PX);
  if (interviews.length === 0) return <p className="empty">{t('overview.noInterviews')}</p>;
  const texts: StateTexts = {
    asked: t('overview.state.asked'),
    notAsked: t('overview.state.notAsked'),
    flaggedNotAsked: t('overview.state.flaggedNotAsked'),
    absent: t('overview.state.absent'),
  };
  const shown = overview.columns.slice(view.first, view.last);
  const spacer = (px: number) =>
    px > 0 ? <td aria-hidden="true" className="matrix-spacer" style={{ width: px, minWidth: px }} /> : null;
  // aria-colindex counts from 1: the topic column, then the interviews.
  const colIndex = (i: number) => view.first + i + 2;
  return (
    <>
      <p className="legend">
        {(['asked', 'notAsked', 'flaggedNotAsked'] as const).map((state) => (
          <span key={state} className={`legend-item cell-${state}`}>
            <span aria-hidden="true">{SYMBOL[state]}</span> {t(`overview.state.${state}`)}
          </span>
        ))}
        <span className="legend-item">{t('overview.legendAbsent')}</span>
      </p>
      {/* Scrolls on its own, both ways, so the header row and the topic column stay in view; focusable to scroll by keyboard. */}
      <div ref={scroller} className="matrix-scroll" role="region" aria-label={t('overviewMatrix.region')} tabIndex={0}>
        <table className="matrix windowed" aria-colcount={overview.columns.length + 2}>
          <caption className="visually-hidden">{t('overview.matrixTitle')}</caption>
          <thead>
            <tr>
              <th scope="col" aria-colindex={1}>
                {t('overview.topic')}
              </th>
              {spacer(view.before)}
              {shown.map((column, i) => (
                <th
                  key={column.interviewId}
                  scope="col"
                  className="window-col"
                  title={column.topicListTitle}
                  aria-colindex={colIndex(i)}
                >
                  <button
                    type="button"
                    className="link-button code"
                    onClick={() => navigate({ name: 'reflection', interviewId: column.interviewId })}
                    aria-label={t('overview.openReflection', { code: column.label })}
                  >
                    {column.label}
                  </button>
                </th>
              ))}
              {spacer(view.after)}
              <th scope="col" aria-colindex={overview.columns.length + 2}>
                {t('overview.coverage')}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((row, index) => {
              const sectionRow =
                row.sectionTitle !== overview.rows[index - 1]?.sectionTitle ? (
                  <tr key={`section-${row.topicKey}`} className="matrix-section">
                    <th scope="colgroup" colSpan={overview.columns.length + 2}>
                      <span>{row.sectionTitle}</span>
                    </th>
                  </tr>
                ) : null;
              const present = row.cells.length - row.counts.absent;
              return [
                sectionRow,
                <tr key={row.topicKey} className={row.underCovered ? 'under-covered' : undefined}>
                  <th scope="row" aria-colindex={1}>
                    {row.label}
                  </th>
                  {spacer(view.before)}
                  {row.cells
                    .slice(view.first, view.last)
                    .map((state, i) => cell(shown[i]!.interviewId, state, colIndex(i), texts))}
                  {spacer(view.after)}
                  <td className="row-count" aria-colindex={overview.columns.length + 2}>
                    {t('overview.askedOf', { asked: row.counts.asked, total: present })}
                    {row.underCovered && present > 0 && (
                      <strong className="under-label"> · {t('overview.underCovered')}</strong>
                    )}
                  </td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
