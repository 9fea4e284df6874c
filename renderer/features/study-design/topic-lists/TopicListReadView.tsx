/** A topic list to read in full, as the study screen shows it when it is not being edited. */
import { useTranslation } from '../../../i18n/react';
import { questionWording } from '../../../../shared/preparation/guide';
import type { TopicList } from '../../../../shared/study/schema';

export function TopicListReadView({ list }: { list: TopicList }) {
  const { t } = useTranslation();
  return (
    <>
      {list.sections.map((section) => (
        <section key={section.id}>
          <h3>{section.title}</h3>
          {section.instruction && <p className="interviewer-only">{section.instruction}</p>}
          {section.goal && (
            <p className="interviewer-only">
              {t('guide.goal')} {section.goal}
            </p>
          )}
          <ul>
            {section.topics.map((topic) => (
              <li key={topic.id}>
                <strong>{topic.label}</strong>
                {topic.indicators && `: ${topic.indicators}`}
                {topic.questions.length > 0 && (
                  <ul>
                    {topic.questions.map((q) => (
                      <li key={q.id} className={q.followUp ? 'follow-up' : undefined}>
                        {q.number && `${q.number}. `}
                        <span className="pre-line">{questionWording(q, undefined)}</span>
                        {q.probes && (
                          <ul>
                            {q.probes.map((p) => (
                              <li key={p}>{p}</li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
