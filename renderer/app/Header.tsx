/** Top bar: the study that is open, the main sections, the interface language. */
import type { TextKey } from '../i18n/keys';
import { useTranslation } from '../i18n/react';
import type { Study } from '../../shared/study/schema';
import { saveLanguage } from '../data/language-setting';
import { setActiveStudy } from '../data/studies';
import { database } from '../data/instance';
import { useStudies } from '../data/studies';
import { changeLanguage, isLanguage, LANGUAGES } from '../i18n';
import { useActiveStudy } from '../ui/active-study';
import { hashOf, useRoute, type Route } from '../ui/navigation/route-store';

const SECTIONS: { route: Route; label: TextKey }[] = [
  { route: { name: 'respondents' }, label: 'nav.respondents' },
  { route: { name: 'overview' }, label: 'nav.overview' },
  { route: { name: 'search' }, label: 'nav.search' },
  { route: { name: 'study' }, label: 'nav.study' },
  { route: { name: 'data' }, label: 'nav.data' },
];

export function Header({ study }: { study: Study | undefined }) {
  const { t, i18n } = useTranslation();
  const route = useRoute((s) => s.route);
  const navigate = useRoute((s) => s.navigate);
  const studies = useStudies() ?? [];
  const current =
    route.name === 'prepare' || route.name === 'interview' || route.name === 'reflection'
      ? 'respondents'
      : route.name === 'newStudy'
        ? 'study'
        : route.name;

  return (
    <header className="app-header">
      <span className="brand">Veldwerk</span>
      <label className="study-picker">
        <span className="visually-hidden">{t('nav.studyPicker')}</span>
        <select
          value={study?.id ?? ''}
          onChange={async (e) => {
            // Read before awaiting: React puts the controlled value back meanwhile.
            const studyId = e.target.value;
            await setActiveStudy(database(), studyId);
            useActiveStudy.setState({ studyId });
            navigate({ name: 'respondents' });
          }}
        >
          {studies.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <a
        className="new-study-link"
        href={hashOf({ name: 'newStudy' })}
        onClick={(e) => {
          e.preventDefault();
          navigate({ name: 'newStudy' });
        }}
      >
        {t('nav.newStudy')}
      </a>
      <nav aria-label={t('nav.main')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.route.name}>
              <a
                href={hashOf(section.route)}
                aria-current={current === section.route.name ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(section.route);
                }}
              >
                {t(section.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <label className="language-picker">
        <span>{t('nav.language')}</span>
        <select
          value={i18n.language}
          onChange={async (e) => {
            if (!isLanguage(e.target.value)) return;
            await changeLanguage(e.target.value);
            await saveLanguage(database(), e.target.value);
          }}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
