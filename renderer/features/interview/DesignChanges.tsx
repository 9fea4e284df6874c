/**
 * On an interview: it keeps the guide it was held with; this says what changed in the
 * study's topic list since, so an old transcript is read against the right questions.
 */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { guideChanges, hasChanges, type QuestionChange } from '../../../shared/design/guide-changes';
import type { Interview } from '../../../shared/interview/interview';
import type { Study } from '../../../shared/study/schema';

function ChangeList({
  title,
  items,
  show,
}: {
  title: string;
  items: QuestionChange[];
  show: (c: QuestionChange) => string;
}) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="compact">
        {items.map((c) => (
          <li key={c.id}>
            <span className="muted">{c.topic}: </span>
            {show(c)}
          </li>
        ))}
      </ul>
    </>
  );
}

export function DesignChanges({ study, interview }: { study: Study; interview: Interview }) {
  const { t } = useTranslation();
  const changes = useMemo(
    () =>
      guideChanges(
        interview.guide,
        study.topicLists.find((l) => l.id === interview.guide.topicListId),
      ),
    [study, interview.guide],
  );
  if (!hasChanges(changes)) return null;
  const count = changes.added.length + changes.removed.length + changes.changed.length;
  return (
    <details className="design-changes no-print">
      <summary>
        {changes.listRemoved
          ? t('studyDesign.changes.listRemoved', { title: interview.guide.topicListTitle })
          : t('studyDesign.changes.summary', { count })}
      </summary>
      <p className="hint">{t('studyDesign.changes.kept')}</p>
      <ChangeList
        title={t('studyDesign.changes.changed')}
        items={changes.changed}
        show={(c) => `${c.before} → ${c.after}`}
      />
      <ChangeList title={t('studyDesign.changes.added')} items={changes.added} show={(c) => c.after ?? ''} />
      <ChangeList title={t('studyDesign.changes.removed')} items={changes.removed} show={(c) => c.before ?? ''} />
      {changes.addedTopics.length + changes.removedTopics.length > 0 && (
        <p>
          {changes.addedTopics.length > 0 && t('studyDesign.changes.addedTopics', { list: changes.addedTopics.join(', ') })}{' '}
          {changes.removedTopics.length > 0 &&
            t('studyDesign.changes.removedTopics', { list: changes.removedTopics.join(', ') })}
        </p>
      )}
    </details>
  );
}
