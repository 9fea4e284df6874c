/**
 * The study's topic lists on the study screen: each to read, or to edit in place
 * ("Bewerken"), and a new list for a respondent type.
 */
import { useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import type { Study } from '../../../../shared/study/schema';
import { NewTopicListForm } from './NewTopicListForm';
import { RemoveTopicListButton } from './RemoveTopicListButton';
import { TopicListEditor } from './TopicListEditor';
import { TopicListReadView } from './TopicListReadView';

export function TopicListsPanel({ study }: { study: Study }) {
  const { t } = useTranslation();
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
      <h2>{t('studyDesign.page.topicLists')}</h2>
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
                aria-label={t('topicLists.editList', { title: list.title })}
                onClick={() => setEditing(list.id)}
              >
                {t('topicLists.edit')}
              </button>{' '}
              <RemoveTopicListButton study={study} list={list} />
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
