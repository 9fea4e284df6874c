/** The Afsluiting's follow-ups of every held interview: what to send, and suggested respondents to add. */
import { useTranslation } from 'react-i18next';
import type { Study } from '../../../shared/study/schema';
import { ClosingForm } from '../reflection/ClosingForm';
import { useReflectionEditor } from '../reflection/use-reflection-editor';
import type { StudyInterview } from './use-study-interviews';

function InterviewFollowUps({ study, item, code }: { study: Study; item: StudyInterview; code: string }) {
  const { i18n } = useTranslation();
  const editor = useReflectionEditor(item.interview.id, study.id);
  const date = new Date(item.interview.startedAt ?? item.interview.createdAt).toLocaleDateString(i18n.language);
  return (
    <li className="card follow-ups-of">
      <p className="follow-ups-head">
        <span className="code">{code}</span> <span className="muted">{date}</span>
      </p>
      <ClosingForm study={study} editor={editor} code={code} headingLevel={3} />
    </li>
  );
}

export function FollowUps({
  study,
  interviews,
  codes,
}: {
  study: Study;
  interviews: StudyInterview[];
  codes: Map<string, string>;
}) {
  const { t } = useTranslation();
  if (interviews.length === 0) return <p className="empty">{t('overview.noInterviews')}</p>;
  return (
    <ul className="follow-ups">
      {interviews.map((item) => (
        <InterviewFollowUps
          key={item.interview.id}
          study={study}
          item={item}
          code={codes.get(item.interview.respondentId) ?? '?'}
        />
      ))}
    </ul>
  );
}
