/**
 * Every interview against every topic of its topic list: asked, not asked, or flagged
 * (a follow-up was ticked) but not asked. Symbols carry a text for screen readers and
 * a legend, never colour alone; rows that fall short are marked in words too.
 */
import { useTranslation } from 'react-i18next';
import { studyOverview, type TopicState } from '../../../shared/reflection/study-overview';
import { useRoute } from '../../ui/navigation/route-store';
import type { HeldInterviewNodes } from '../../data/interviews';

const SYMBOL: Record<TopicState, string> = { asked: '✓', notAsked: '–', flaggedNotAsked: '!' };

function Cell({ state }: { state: TopicState | null }) {
  const { t } = useTranslation();
  if (state === null) {
    return (
      <td className="cell-absent">
        <span className="visually-hidden">{t('overview.state.absent')}</span>
      </td>
    );
  }
  return (
    <td className={`cell-${state}`} title={t(`overview.state.${state}`)}>
      <span aria-hidden="true">{SYMBOL[state]}</span>
      <span className="visually-hidden">{t(`overview.state.${state}`)}</span>
    </td>
  );
}

export function CoverageMatrix({
  interviews,
  codes,
}: {
  interviews: HeldInterviewNodes[];
  codes: Map<string, string>;
}) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  if (interviews.length === 0) return <p className="empty">{t('overview.noInterviews')}</p>;
  const overview = studyOverview(
    interviews.map(({ interview, turns }) => ({ interview, turns, label: codes.get(interview.respondentId) ?? '?' })),
  );
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
      <div className="matrix-scroll" role="region" aria-label={t('overviewMatrix.region')} tabIndex={0}>
        <table className="matrix">
          <caption className="visually-hidden">{t('overview.matrixTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.topic')}</th>
              {overview.columns.map((column) => (
                <th key={column.interviewId} scope="col" title={column.topicListTitle}>
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
              <th scope="col">{t('overview.coverage')}</th>
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
                  <th scope="row">{row.label}</th>
                  {row.cells.map((state, i) => (
                    <Cell key={overview.columns[i]!.interviewId} state={state} />
                  ))}
                  <td className="row-count">
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
