/**
 * The Afsluiting's follow-ups of every held interview as one compact table (what was
 * asked for, when it was sent, people suggested), what is still to send first; each
 * row's form opens on demand, so sixteen interviews do not make a page of forms.
 */
import { Fragment, memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { TFunction } from '../../i18n';
import { followUpOrder, followUpSummary, type FollowUpSummary } from '../../../shared/reflection/closing';
import type { Study } from '../../../shared/study/schema';
import type { StoredReflection } from '../../data/records';
import { ClosingForm } from '../../ui/closing/ClosingForm';
import { useReflectionEditor } from '../../ui/closing/use-reflection-editor';
import type { OverviewInterview } from '../../data/study-overview';

const COLUMNS = 6;

function OpenForm({ study, interviewId, code }: { study: Study; interviewId: string; code: string }) {
  const editor = useReflectionEditor(interviewId, study.id);
  return (
    <tr className="follow-up-form">
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
}: {
  row: FollowUpSummary;
  code: string;
  date: string;
  open: boolean;
  onToggle: (interviewId: string) => void;
  texts: RowTexts;
}) {
  const { t } = texts;
  const sentOn = row.sentOn ? texts.dates.format(new Date(`${row.sentOn}T12:00:00`)) : undefined;
  return (
    <tr className={`follow-up-row status-${row.status}`}>
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
  if (interviews.length === 0) return <p className="empty">{t('overview.noInterviews')}</p>;

  const closingOf = new Map(reflections.map((r) => [r.interviewId, r.closing]));
  const byId = new Map(interviews.map((item) => [item.interviewId, item]));
  const summaries = interviews.map((item) => followUpSummary(item.interviewId, closingOf.get(item.interviewId)));
  const summaryOf = new Map(summaries.map((s) => [s.interviewId, s]));
  const order = followUpOrder(summaries, shown);
  if (order.join() !== shown.join()) setShown(order);
  const due = summaries.filter((s) => s.status === 'toSend').length;

  return (
    <>
      <p className="hint" role="status">
        {t('followUpTable.dueCount', { count: due })}
      </p>
      <div className="table-scroll">
        <table className="follow-up-table">
          <caption className="visually-hidden">{t('followUpTable.caption')}</caption>
          <thead>
            <tr>
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
          <tbody>
            {order.map((id) => {
              const item = byId.get(id)!;
              const code = codes.get(item.overview.respondentId) ?? '?';
              const date = texts.dates.format(new Date(item.overview.heldAt));
              return (
                <Fragment key={id}>
                  <FollowUpRow
                    row={summaryOf.get(id)!}
                    code={code}
                    date={date}
                    open={open.has(id)}
                    onToggle={toggle}
                    texts={texts}
                  />
                  {open.has(id) && <OpenForm study={study} interviewId={id} code={code} />}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
