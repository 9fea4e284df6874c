/** A new, empty topic list for a respondent type, which then becomes that type's list. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { addTopicListForType } from '../../../../shared/design/topic-list-study';
import { emptyTopicList } from '../../../../shared/design/topic-list-edits';
import { slug } from '../../../../shared/study/slug';
import { studySchema, type Study } from '../../../../shared/study/schema';
import { guarded, reportError, reportInfo } from '../../../ui/notices/notices';
import { database } from '../../../data/instance';
import { saveStudy } from '../../../data/studies';
import { newId } from '../../../lib/ids';
import { followedSummary } from '../rules/followed-targets';

export function NewTopicListForm({ study, onCreated }: { study: Study; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [typeId, setTypeId] = useState(study.respondentTypes[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const type = study.respondentTypes.find((x) => x.id === typeId);
  const shownTitle = title.trim() || (type ? t('topicLists.newList.defaultTitle', { type: type.name }) : '');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!type || !shownTitle) return;
    const id = `tl-${slug(shownTitle) || 'lijst'}-${newId().slice(0, 6)}`;
    const outcome = addTopicListForType(
      study,
      type.id,
      emptyTopicList(id, shownTitle, t('topicLists.newList.firstSection')),
    );
    const parsed = studySchema.safeParse(outcome.study);
    if (!parsed.success) {
      reportError(
        t('topicLists.newList.failed'),
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      );
      return;
    }
    if (await guarded(() => saveStudy(database(), parsed.data), t('errors.saveFailed'))) {
      reportInfo(t('topicLists.newList.created', { title: shownTitle, type: type.name }));
      const followed = followedSummary(outcome, type.name, shownTitle, t);
      if (followed.moved) reportInfo(followed.moved);
      // Stays until dismissed: these rules no longer reach this type's respondents.
      if (followed.lost) reportError(followed.lost.message, followed.lost.details);
      setTitle('');
      onCreated(id);
    }
  };

  return (
    <form
      className="new-topic-list card"
      aria-label={t('topicLists.newList.legend')}
      onSubmit={(e) => void create(e)}
    >
      <h3>{t('topicLists.newList.legend')}</h3>
      <div className="form-grid">
        <label>
          {t('topicLists.newList.type')}
          <select value={typeId} onChange={(e) => setTypeId(e.target.value)}>
            {study.respondentTypes.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('topicLists.newList.title')}
          <input type="text" value={title} placeholder={shownTitle} onChange={(e) => setTitle(e.target.value)} />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!type}>
          {t('topicLists.newList.create')}
        </button>
      </div>
    </form>
  );
}
