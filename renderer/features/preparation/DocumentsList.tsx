/** The documents the respondent said they would send, and whether each has arrived. */
import { useTranslation } from '../../i18n/react';
import type { ExpectedDocument } from '../../../shared/preparation/documents';
import { useShownValue } from '../../ui/use-shown-value';
import type { PreparationActions } from './preparation-actions';
import type { PreparationData } from './use-preparation';

export function DocumentsList({ data, actions }: { data: PreparationData; actions: PreparationActions }) {
  const { t } = useTranslation();
  if (data.documents.length === 0) return null;
  return (
    <fieldset className="documents">
      <legend>{t('documents.title')}</legend>
      <ul>
        {data.documents.map((doc) => (
          <DocumentRow
            key={doc.questionId}
            doc={doc}
            stored={data.preparation?.documentsReceived[doc.questionId] ?? false}
            actions={actions}
          />
        ))}
      </ul>
    </fieldset>
  );
}

function DocumentRow({
  doc,
  stored,
  actions,
}: {
  doc: ExpectedDocument;
  stored: boolean;
  actions: PreparationActions;
}) {
  const { t } = useTranslation();
  const [received, setReceived] = useShownValue(stored);
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={received}
          onChange={(e) => {
            setReceived(e.target.checked);
            void actions.setDocumentReceived(doc.questionId, e.target.checked);
          }}
        />
        <span>
          {t('documents.received', { label: doc.label })} <span className="muted">({doc.about})</span>
          {doc.respondentNote && <> — {doc.respondentNote}</>}
        </span>
      </label>
      <span className={received ? 'status-ok' : 'status-wait'}>
        {received ? t('documents.in') : t('documents.waiting')}
      </span>
    </li>
  );
}
