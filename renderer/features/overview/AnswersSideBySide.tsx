/** Questionnaire answers next to each other, per respondent type or per municipality (mirrored questions). */
import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import {
  answersByMunicipality,
  answersByType,
  type AnswerColumn,
  type AnswerSource,
} from '../../../shared/reflection/answers-side-by-side';
import type { Respondent } from '../../../shared/respondents/schema';
import type { Study } from '../../../shared/study/schema';
import type { QuestionnaireResponse } from '../../../shared/preparation/schema';

type Grouping = 'type' | 'municipality';

function ColumnHeads({ columns, first }: { columns: AnswerColumn[]; first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {columns.map((c) => (
          <th key={c.respondentId} scope="col">
            <span className="code">{c.code}</span> <span className="muted">{c.organisation}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function AnswersSideBySide({
  study,
  respondents,
  responses,
  codes,
}: {
  study: Study;
  respondents: Respondent[];
  responses: QuestionnaireResponse[];
  codes: Map<string, string>;
}) {
  const { t } = useTranslation();
  const [grouping, setGrouping] = useState<Grouping>('type');
  const byId = new Map(responses.map((r) => [r.id, r]));
  const sources: AnswerSource[] = respondents.map((respondent) => ({
    respondent,
    code: codes.get(respondent.id) ?? '?',
    response: byId.get(respondent.id),
  }));
  const byType = grouping === 'type' ? answersByType(study, sources) : [];
  const byMunicipality = grouping === 'municipality' ? answersByMunicipality(study, sources) : [];
  const nothing = grouping === 'type' ? byType.length === 0 : byMunicipality.length === 0;

  return (
    <>
      <fieldset className="grouping">
        <legend className="visually-hidden">{t('overview.groupBy')}</legend>
        {(['type', 'municipality'] as const).map((g) => (
          <label key={g} className="option">
            <input type="radio" name="answers-grouping" checked={grouping === g} onChange={() => setGrouping(g)} />
            <span>{t(`overview.groupBy_${g}`)}</span>
          </label>
        ))}
      </fieldset>
      {nothing && <p className="empty">{t('overview.noAnswers')}</p>}
      {byType.map((group) => (
        // A wide table scrolls in its own box; focusable so the keyboard can scroll it too.
        <div
          key={group.typeId}
          className="matrix-scroll"
          role="region"
          tabIndex={0}
          aria-label={t('overviewMatrix.answersRegion', { name: `${group.typeName} · ${group.questionnaire.title}` })}
        >
          <table className="plain answers-table">
            <caption>
              {group.typeName} · {group.questionnaire.title}
            </caption>
            <ColumnHeads columns={group.columns} first={t('overview.question')} />
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.questionId}>
                  <th scope="row">
                    {row.number !== undefined && <span className="question-number">V{row.number}.</span>} {row.text}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={group.columns[i]!.respondentId}>{cell || <span className="muted">—</span>}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {byMunicipality.map((group) => (
        <div
          key={group.organisation}
          className="matrix-scroll"
          role="region"
          tabIndex={0}
          aria-label={t('overviewMatrix.answersRegion', { name: group.organisation || t('overview.noOrganisation') })}
        >
          <table className="plain answers-table">
            <caption>{group.organisation || t('overview.noOrganisation')}</caption>
            <ColumnHeads columns={group.columns} first={t('overview.pair')} />
            <tbody>
              {group.rows.length === 0 && (
                <tr>
                  <td colSpan={group.columns.length + 1} className="muted">
                    {t('overview.noPairs')}
                  </td>
                </tr>
              )}
              {group.rows.map((row) => (
                <tr key={row.comparisonId} className={row.contradiction ? 'contradiction' : undefined}>
                  <th scope="row">
                    {row.note ?? row.comparisonId}
                    {row.contradiction && <strong className="under-label"> · {t('overview.contradiction')}</strong>}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={group.columns[i]!.respondentId}>
                      {cell ? (
                        <>
                          <strong>{cell.answer}</strong>
                          <div className="hint">
                            {cell.questionId}: {cell.questionText}
                          </div>
                        </>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
