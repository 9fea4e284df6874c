/**
 * The review before an anonymised export, one row per identifier: all the forms one
 * person, place or organisation was found in, its replacement, how often it occurs and
 * one tick for all of it. Its occurrences open in context on demand, each with its own
 * tick; the identifier's tick then shows a mixed state. Certain findings start ticked
 * and come first; names Veldwerk only suspects start unticked, the most likely first,
 * and can be accepted a whole kind at a time ("all suggested persons") while each stays
 * in its row. What the researcher adds by hand goes on the study's list and the search
 * runs again, so it is found everywhere.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import {
  decide,
  decideAll,
  reviewCounts,
  reviewGroups,
  reviewRows,
  suggestionKinds,
  type Decisions,
  type EntryKind,
  type GroupState,
  type ReviewGroup,
  type ReviewRow,
  type SuggestionKind,
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
  /** What the file holds: the export button names it (quotes of the code matrix, or transcripts). */
  contents?: 'transcripts' | 'quotes';
}

/** A checkbox that can show "some of these" (indeterminate, announced as mixed). */
function GroupCheckbox({
  state,
  label,
  onChange,
}: {
  state: GroupState;
  /** Its accessible name; without one, the label element around it names it. */
  label?: string;
  onChange: (on: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'mixed';
  }, [state]);
  // A click on a mixed tick replaces all of it: the safe direction for an export.
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={state === 'all'}
      onChange={() => onChange(state !== 'all')}
      aria-label={label}
    />
  );
}

function InContext({ row }: { row: ReviewRow }) {
  const { context, clipped } = row;
  return (
    <span className="finding-context">
      <span className="muted">
        {clipped.before && '…'}
        {context.before}
      </span>
      <mark>{context.match}</mark>
      <span className="muted">
        {context.after}
        {clipped.after && '…'}
      </span>
    </span>
  );
}

interface GroupProps {
  id: string;
  group: ReviewGroup;
  decisions: Decisions;
  onDecisions: (decisions: Decisions) => void;
}

function GroupRows({ id, group, decisions, onDecisions }: GroupProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { forms, replacement, rows, state } = group;
  const count = rows.length;
  const listId = `${id}-occurrences`;
  return (
    <>
      <tr className={state === 'none' ? 'is-kept' : 'is-replaced'}>
        <td>
          <GroupCheckbox
            state={state}
            label={t('exportTranscripts.replaceFinding', { match: forms[0], replacement })}
            onChange={(on) =>
              onDecisions(
                decideAll(
                  decisions,
                  rows.map((row) => row.finding),
                  on,
                ),
              )
            }
          />
        </td>
        <td>
          <span className="finding-forms">
            {forms.map((form, index) => (
              <span key={form}>
                {index > 0 && ' · '}
                <mark>{form}</mark>
              </span>
            ))}
          </span>
          <br />
          <InContext row={rows[0]!} />
        </td>
        <td className="finding-replacement">{replacement}</td>
        <td className="finding-count">
          {count === 1 ? (
            t('exportTranscripts.occurrences', { count })
          ) : (
            <button
              type="button"
              className="link-button"
              aria-expanded={open}
              aria-controls={open ? listId : undefined}
              aria-label={t('exportTranscripts.showOccurrences', { count, match: forms[0] })}
              onClick={() => setOpen((o) => !o)}
            >
              {t('exportTranscripts.occurrences', { count })}
            </button>
          )}
        </td>
        <td className={group.certain ? 'muted' : 'finding-suggested'}>
          {group.certain
            ? t(`exportTranscripts.kinds.${group.kind}`)
            : t('exportTranscripts.suggestedAs', {
                guess: t(`exportTranscripts.guesses.${group.guess ?? 'name'}`),
                confidence: t(`exportTranscripts.confidence.${group.confidence ?? 'low'}`),
              })}
        </td>
      </tr>
      {open && (
        <tr className="finding-occurrences">
          <td />
          <td colSpan={4}>
            <ul id={listId} aria-label={t('exportTranscripts.occurrencesOf', { match: forms[0] })}>
              {rows.map((row, index) => (
                <li key={row.finding.id} className={row.applied ? 'is-replaced' : 'is-kept'}>
                  <label>
                    <input
                      type="checkbox"
                      checked={row.applied}
                      onChange={(e) => onDecisions(decide(decisions, row.finding, e.target.checked))}
                      aria-label={t('exportTranscripts.replaceOccurrence', {
                        match: row.finding.match,
                        replacement,
                        n: index + 1,
                        count,
                      })}
                    />
                    <InContext row={row} />
                  </label>
                  {!row.finding.certain && group.certain && (
                    <span className="finding-suggested"> ({t('exportTranscripts.kinds.nameLike')})</span>
                  )}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}

/** "Personen: alle 12 voorstellen vervangen": one tick for every suggestion of a kind, across the review. */
function SuggestionKinds({
  kinds,
  decisions,
  onDecisions,
}: {
  kinds: SuggestionKind[];
  decisions: Decisions;
  onDecisions: (decisions: Decisions) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="suggestion-kinds">
      <legend>{t('exportTranscripts.byKindTitle')}</legend>
      <p className="hint">{t('exportTranscripts.byKindHint')}</p>
      {kinds.map((kind) => (
        <label key={kind.guess} className="option">
          <GroupCheckbox state={kind.state} onChange={(on) => onDecisions(decideAll(decisions, kind.findings, on))} />
          <span>
            {t('exportTranscripts.replaceKind', {
              kind: t(`exportTranscripts.guessesPlural.${kind.guess}`),
              count: kind.groups,
              mentions: kind.findings.length,
            })}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function GroupSection({
  heading,
  groups,
  idPrefix,
  decisions,
  onDecisions,
}: {
  heading: string;
  groups: { group: ReviewGroup; index: number }[];
  idPrefix: string;
  decisions: Decisions;
  onDecisions: (decisions: Decisions) => void;
}) {
  if (groups.length === 0) return null;
  return (
    <tbody>
      <tr className="findings-section">
        <th scope="colgroup" colSpan={5}>
          {heading}
        </th>
      </tr>
      {groups.map(({ group, index }) => (
        <GroupRows
          key={group.key}
          id={`${idPrefix}-${index}`}
          group={group}
          decisions={decisions}
          onDecisions={onDecisions}
        />
      ))}
    </tbody>
  );
}

export function ExportReview({ search, decisions, onDecisions, onAdd, onExport, busy, contents = 'transcripts' }: Props) {
  const { t } = useTranslation();
  const sections = useMemo(
    () =>
      search.items.map((item) => {
        const prefix = `${item.interview.id}/`;
        const findings = search.findings.filter((f) => f.textId.startsWith(prefix));
        return { item, groups: reviewGroups(reviewRows(interviewTexts(item), findings, decisions), decisions) };
      }),
    [search, decisions],
  );
  const counts = reviewCounts(search.findings, decisions);
  const kinds = suggestionKinds(
    sections.flatMap((section) => section.groups),
    decisions,
  );
  return (
    <div className="export-review" role="group" aria-labelledby="export-review-title">
      <h3 id="export-review-title">{t('exportTranscripts.reviewTitle')}</h3>
      <p className="hint">{t('exportTranscripts.reviewHint')}</p>
      <p role="status">
        {search.findings.length === 0
          ? t('exportTranscripts.noFindings')
          : t('exportTranscripts.reviewCount', { replaced: counts.replaced, total: search.findings.length })}
      </p>
      {kinds.length > 0 && <SuggestionKinds kinds={kinds} decisions={decisions} onDecisions={onDecisions} />}
      {sections.map(({ item, groups }) =>
        groups.length === 0 ? null : (
          <table key={item.interview.id} className="plain findings">
            <caption>{t('exportTranscripts.interviewHeading', { code: item.code })}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('exportTranscripts.replaceColumn')}</span>
                </th>
                <th scope="col">{t('exportTranscripts.inText')}</th>
                <th scope="col">{t('exportTranscripts.replacement')}</th>
                <th scope="col">{t('exportTranscripts.countColumn')}</th>
                <th scope="col">{t('identifiers.kind')}</th>
              </tr>
            </thead>
            <GroupSection
              heading={t('exportTranscripts.certainHeading')}
              groups={groups.flatMap((group, index) => (group.certain ? [{ group, index }] : []))}
              idPrefix={`review-${item.interview.id}`}
              decisions={decisions}
              onDecisions={onDecisions}
            />
            <GroupSection
              heading={t('exportTranscripts.suggestionsHeading')}
              groups={groups.flatMap((group, index) => (group.certain ? [] : [{ group, index }]))}
              idPrefix={`review-${item.interview.id}`}
              decisions={decisions}
              onDecisions={onDecisions}
            />
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
            : contents === 'quotes'
              ? t('analysis.quotesExport.anonymised', {
                  count: search.items.reduce((sum, item) => sum + item.turns.length, 0),
                })
              : t('exportTranscripts.exportAnonymised', { count: search.items.length })}
        </button>
      </div>
    </div>
  );
}
