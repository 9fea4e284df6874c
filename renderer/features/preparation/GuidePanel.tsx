/** The prepared guide: topic list choice, then every section with flags and ticks in place. */
import { useTranslation } from '../../i18n/react';
import type { Study } from '../../../shared/study/schema';
import { FlagReasons } from '../../ui/FlagReasons';
import { GuideTopicView } from './GuideTopic';
import type { PreparationActions } from './preparation-actions';
import type { CarriedView } from './use-carried-topics';
import type { PreparationData } from './use-preparation';
import { topicKey } from '../../../shared/reflection/topic-key';

interface Props {
  study: Study;
  data: PreparationData;
  actions: PreparationActions;
  code: string;
  /** Topics marked for more attention after earlier interviews. */
  carried: CarriedView[];
}

export function GuidePanel({ study, data, actions, code, carried }: Props) {
  const { t } = useTranslation();
  const carriedByKey = new Map(carried.map((c) => [c.topicKey, c]));
  const ticked = data.guide
    .flatMap((s) => s.topics.flatMap((tp) => tp.questions))
    .filter((q) => q.ticked && (q.followUp || q.own));
  const suggestion = data.choice.reason === 'chosen' ? null : t(`preparation.listReason.${data.choice.reason}`);

  return (
    <section className="guide-panel" aria-labelledby="guide-title">
      <h2 id="guide-title">{t('guide.title')}</h2>
      <div className="guide-controls no-print">
        <label>
          <span>{t('guide.topicList')}</span>
          <select
            value={data.preparation?.topicListId ?? ''}
            onChange={(e) => void actions.setTopicList(e.target.value || undefined)}
          >
            <option value="">{t('guide.automatic', { title: data.topicList.title })}</option>
            {study.topicLists.map((list) => (
              <option key={list.id} value={list.id}>
                {list.title}
              </option>
            ))}
          </select>
        </label>
        {suggestion && <p className="hint">{suggestion}</p>}
      </div>

      <div className="guide" aria-label={t('guide.printable')}>
        <header className="print-only guide-print-head">
          <p>
            <strong>{code}</strong> · {data.topicList.title}
          </p>
        </header>
        <h3 className="guide-list-title">{data.topicList.title}</h3>
        <p className="guide-summary" role="status">
          {t('guide.tickedCount', { count: ticked.length })}
          {data.flags.length > 0 && ` · ${t('guide.flagCount', { count: data.flags.length })}`}
        </p>

        {data.flagsElsewhere.length > 0 && (
          <div className="card note no-print">
            <p>{t('guide.flagsElsewhere')}</p>
            <FlagReasons flags={data.flagsElsewhere} study={study} />
          </div>
        )}

        {data.guide.map((section) => (
          <section key={section.id} className="guide-section" aria-labelledby={`${section.id}-title`}>
            <h3 id={`${section.id}-title`}>{section.title}</h3>
            {section.instruction && <p className="interviewer-only instruction">{section.instruction}</p>}
            {section.goal && (
              <p className="interviewer-only goal">
                <span className="goal-label">{t('guide.goal')}</span> {section.goal}
              </p>
            )}
            {section.topics.map((topic) => (
              <GuideTopicView
                key={topic.id}
                study={study}
                topic={topic}
                data={data}
                actions={actions}
                carried={carriedByKey.get(topicKey(topic.label))}
              />
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}
