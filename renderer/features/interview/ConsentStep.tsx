/**
 * Before the clock starts: the introduction of the topic list (Inleiding) as a
 * checklist, permission to record, and anonymity explained. Stored with the time given.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Interview } from '../../../shared/interview/interview';
import { useRoute } from '../../ui/navigation/route-store';
import { giveConsent } from './interview-actions';

export function ConsentStep({ interview, code, name }: { interview: Interview; code: string; name: string }) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const [recording, setRecording] = useState<'given' | 'refused' | undefined>();
  const [anonymity, setAnonymity] = useState(false);
  const intro = interview.guide.sections[0];
  // The consent questions are the first thing to do: the keyboard starts there.
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <section className="page consent" aria-labelledby="consent-title">
      <button
        type="button"
        className="link-button"
        onClick={() => navigate({ name: 'prepare', respondentId: interview.respondentId })}
      >
        ← {t('interview.backToPreparation')}
      </button>
      <h1 id="consent-title">
        {t('consent.title')}: <span className="code">{code}</span> {name}
      </h1>
      {intro && (
        <div className="card">
          <h2>{intro.title}</h2>
          {intro.goal && (
            <p className="interviewer-only goal">
              <span className="goal-label">{t('guide.goal')}</span> {intro.goal}
            </p>
          )}
          <ul>
            {intro.topics.map((topic) => (
              <li key={topic.id}>
                <strong>{topic.label}</strong>
                {topic.indicators && ` — ${topic.indicators}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="card">
        <legend>{t('consent.recording')}</legend>
        <label className="option">
          <input
            ref={first}
            type="radio"
            name="recording"
            checked={recording === 'given'}
            onChange={() => setRecording('given')}
          />
          <span>{t('consent.recordingGiven')}</span>
        </label>
        <label className="option">
          <input
            type="radio"
            name="recording"
            checked={recording === 'refused'}
            onChange={() => setRecording('refused')}
          />
          <span>{t('consent.recordingRefused')}</span>
        </label>
      </fieldset>
      <label className="option card">
        <input type="checkbox" checked={anonymity} onChange={(e) => setAnonymity(e.target.checked)} />
        <span>{t('consent.anonymity')}</span>
      </label>
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={!recording || !anonymity}
          onClick={() => recording && void giveConsent({ recording, anonymityExplained: anonymity })}
        >
          {t('consent.start')}
        </button>
        {(!recording || !anonymity) && <span className="hint">{t('consent.needed')}</span>}
      </div>
    </section>
  );
}
