/** Where a flag lands: a topic or a question of one of the study's topic lists. */
import { useTranslation } from '../../../i18n/react';
import { questionWording } from '../../../../shared/preparation/guide';
import type { FlagTarget, Study } from '../../../../shared/study/schema';

function short(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function TargetPicker({
  study,
  value,
  onChange,
  label,
}: {
  study: Study;
  value: FlagTarget;
  onChange: (target: FlagTarget) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const list = study.topicLists.find((l) => l.id === value.topicListId);
  return (
    <>
      <label>
        <span>{t('studyDesign.rule.topicListFor', { label })}</span>
        <select value={value.topicListId} onChange={(e) => onChange({ topicListId: e.target.value, nodeId: '' })}>
          {study.topicLists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{label}</span>
        <select value={value.nodeId} onChange={(e) => onChange({ ...value, nodeId: e.target.value })}>
          <option value="">{t('studyDesign.rule.chooseNode')}</option>
          {list?.sections.map((section) => (
            <optgroup key={section.id} label={section.title}>
              {section.topics.flatMap((topic) => [
                <option key={topic.id} value={topic.id}>
                  {t('studyDesign.rule.topicOption', { label: topic.label })}
                </option>,
                ...topic.questions.map((q) => (
                  <option key={q.id} value={q.id}>
                    {`— ${short(questionWording(q, undefined))}`}
                  </option>
                )),
              ])}
            </optgroup>
          ))}
        </select>
      </label>
    </>
  );
}
