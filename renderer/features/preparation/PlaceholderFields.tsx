/** Filling in "(DOCUMENTNAAM)" and the quote of a guide question during preparation. */
import { useId } from 'react';
import { useTranslation } from '../../i18n/react';
import type { GuideQuestionView } from '../../../shared/preparation/guide';
import type { Study } from '../../../shared/study/schema';
import type { PreparationActions } from './preparation-actions';
import type { PreparationData } from './use-preparation';

interface Props {
  question: GuideQuestionView;
  study: Study;
  data: PreparationData;
  actions: PreparationActions;
}

export function PlaceholderFields({ question, study, data, actions }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const organisation = study.organisations.find(
    (o) => o.name.toLowerCase() === data.respondent.organisation.toLowerCase(),
  );
  const documentNames = [
    ...(organisation?.documents ?? []),
    ...data.documents.filter((d) => d.respondentNote).map((d) => d.respondentNote!),
  ];
  const values = data.preparation?.placeholderValues[question.id] ?? {};
  return (
    <div className="placeholders no-print">
      {question.placeholders.map((p) => (
        <label key={p.key}>
          <span>{t(`guide.placeholder.${p.kind}`, { token: p.token })}</span>
          <input
            defaultValue={values[p.key] ?? ''}
            list={p.kind === 'document' ? listId : undefined}
            onChange={(e) => void actions.setPlaceholder(question.id, p.key, e.target.value)}
          />
        </label>
      ))}
      <datalist id={listId}>
        {documentNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  );
}
