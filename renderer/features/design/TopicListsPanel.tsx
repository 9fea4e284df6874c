/**
 * The study's topic lists on the study screen: each to read, or to edit in place
 * ("Bewerken"), and a new list for a respondent type.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withTopicList } from '../../../shared/design/topic-list-study';
import { studySchema, topicListSchema, type Study } from '../../../shared/study/schema';
import { guarded, reportInfo } from '../../app/notices';
import { database } from '../../db/instance';
import { saveStudy } from '../../db/studies';
import { dropJournal, unsavedLists } from './list-journal';
import { NewTopicListForm } from './NewTopicListForm';
import { TopicListEditor } from './TopicListEditor';
import { TopicListReadView } from './TopicListReadView';

/** Puts back edits that a reload cut off before they reached the database. */
async function restoreUnsaved(study: Study, restored: (title: string) => void, failure: string): Promise<void> {
  for (const list of unsavedLists(study.id)) {
    const stored = study.topicLists.find((l) => l.id === list.id);
    const parsed = studySchema.safeParse(withTopicList(study, list));
    // Both through the schema, so key order cannot make equal lists look different.
    const same = stored && JSON.stringify(topicListSchema.parse(stored)) === JSON.stringify(list);
    if (!stored || same || !parsed.success) {
      dropJournal(study.id, list.id);
      continue;
    }
    if (await guarded(() => saveStudy(database(), parsed.data), failure)) {
      dropJournal(study.id, list.id);
      restored(list.title);
    }
  }
}

export function TopicListsPanel({ study }: { study: Study }) {
  const { t } = useTranslation();
  useEffect(() => {
    void restoreUnsaved(study, (title) => reportInfo(t('topicListEditor.restored', { title })), t('errors.saveFailed'));
    // Once per opened study: later changes to it are this screen's own saves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [study.id]);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const setOpenFor = (id: string, isOpen: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <>
      <h2>{t('study.topicLists')}</h2>
      {study.topicLists.map((list) => (
        <details
          key={list.id}
          className="instrument"
          open={open.has(list.id) || editing === list.id}
          onToggle={(event) => setOpenFor(list.id, event.currentTarget.open)}
        >
          <summary>
            {list.title} {list.source && <span className="muted">({list.source})</span>}
          </summary>
          {editing === list.id ? (
            <TopicListEditor key={list.id} study={study} list={list} onDone={() => setEditing(undefined)} />
          ) : (
            <>
              <button
                type="button"
                className="edit-list-button"
                aria-label={t('topicListEditor.editList', { title: list.title })}
                onClick={() => setEditing(list.id)}
              >
                {t('topicListEditor.edit')}
              </button>
              <TopicListReadView list={list} />
            </>
          )}
        </details>
      ))}
      <NewTopicListForm
        study={study}
        onCreated={(id) => {
          setOpenFor(id, true);
          setEditing(id);
        }}
      />
    </>
  );
}
