/**
 * The review before an anonymised export: every finding in its context with its
 * replacement, ticked when it will be replaced. Certain findings start ticked, names
 * Veldwerk only suspects start unticked. What the researcher adds by hand goes on the
 * study's list and the search runs again, so it is found everywhere.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  decide,
  reviewCounts,
  reviewRows,
  type Decisions,
  type EntryKind,
  type ReviewRow,
} from '../../../shared/anonymise';
import { interviewTexts } from '../../../shared/export';
import type { ExportSearch } from './export-actions';
import { IdentifierForm } from './IdentifierForm';

interface Props {
  search: ExportSearch;
  decisions: Decisions;
  onDecisions: (decisions: Decisions) => void;
  onAdd: (input: { text: string; kind: EntryKind }) => Promise<boolean>;
  onExport: () => void;
  busy: boolean;
}

function FindingRow({ row, onChange }: { row: ReviewRow; onChange: (replace: boolean) => void }) {
  const { t } = useTranslation();
  const { finding, context, applied, clipped } = row;
  return (
    <tr className={applied ? 'is-replaced' : 'is-kept'}>
      <td>
        <input
          type="checkbox"
          checked={applied}
          onChange={(e) => onChange(e.target.checked)}
          aria-label={t('exportTranscripts.replaceFinding', { match: finding.match, replacement: finding.replacement })}
        />
      </td>
      <td className="finding-context">
        <span className="muted">
          {clipped.before && '…'}
          {context.before}
        </span>
        <mark>{context.match}</mark>
        <span className="muted">
          {context.after}
          {clipped.after && '…'}
        </span>
      </td>
      <td className="finding-replacement">{finding.replacement}</td>
      <td className={finding.certain ? 'muted' : 'finding-suggested'}>
        {t(`exportTranscripts.kinds.${finding.kind}`)}
      </td>
    </tr>
  );
}

export function ExportReview({ search, decisions, onDecisions, onAdd, onExport, busy }: Props) {
  const { t } = useTranslation();
  const groups = useMemo(
    () =>
      search.items.map((item) => {
        const prefix = `${item.interview.id}/`;
        const findings = search.findings.filter((f) => f.textId.startsWith(prefix));
        return { item, rows: reviewRows(interviewTexts(item), findings, decisions) };
      }),
    [search, decisions],
  );
  const counts = reviewCounts(search.findings, decisions);
  return (
    <div className="export-review" role="group" aria-labelledby="export-review-title">
      <h3 id="export-review-title">{t('exportTranscripts.reviewTitle')}</h3>
      <p className="hint">{t('exportTranscripts.reviewHint')}</p>
      <p role="status">
        {search.findings.length === 0
          ? t('exportTranscripts.noFindings')
          : t('exportTranscripts.reviewCount', { replaced: counts.replaced, total: search.findings.length })}
      </p>
      {groups.map(({ item, rows }) =>
        rows.length === 0 ? null : (
          <table key={item.interview.id} className="plain findings">
            <caption>{t('exportTranscripts.interviewHeading', { code: item.code })}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('exportTranscripts.replaceColumn')}</span>
                </th>
                <th scope="col">{t('exportTranscripts.inText')}</th>
                <th scope="col">{t('exportTranscripts.replacement')}</th>
                <th scope="col">{t('identifiers.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <FindingRow
                  key={row.finding.id}
                  row={row}
                  onChange={(replace) => onDecisions(decide(decisions, row.finding, replace))}
                />
              ))}
            </tbody>
          </table>
        ),
      )}
      <h4>{t('exportTranscripts.addTitle')}</h4>
      <p className="hint">{t('exportTranscripts.addHint')}</p>
      <IdentifierForm label={t('exportTranscripts.addTitle')} onAdd={onAdd} />
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={onExport}>
          {busy
            ? t('exportTranscripts.working')
            : t('exportTranscripts.exportAnonymised', { count: search.items.length })}
        </button>
      </div>
    </div>
  );
}
