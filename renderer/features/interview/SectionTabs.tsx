/** The guide's sections as tabs, each with how many of its questions were asked. */
import { useTranslation } from '../../i18n/react';
import type { Interview } from '../../../shared/interview/interview';
import { goToSection } from './interview-actions';
import { isAsked, useInterview } from './interview-store';

export function SectionTabs({ interview }: { interview: Interview }) {
  const { t } = useTranslation();
  const linkedNodes = useInterview((s) => s.linkedNodes);
  const current = interview.currentSectionId ?? interview.guide.sections[0]?.id;
  return (
    <nav className="section-tabs" aria-label={t('interview.sections')}>
      {interview.guide.sections.map((section) => {
        const questions = section.topics.flatMap((topic) => topic.questions);
        const asked = questions.filter((q) => isAsked({ interview, linkedNodes }, q.id)).length;
        return (
          <button
            key={section.id}
            type="button"
            aria-current={section.id === current ? 'step' : undefined}
            onClick={() => void goToSection(section.id)}
          >
            <span>{section.title}</span>
            {questions.length > 0 && (
              <span className="tab-count">{t('interview.askedOf', { asked, total: questions.length })}</span>
            )}
          </button>
        );
      })}
    </nav>
  );
}
