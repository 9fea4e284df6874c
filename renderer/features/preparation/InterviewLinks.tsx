/** On the preparation: start the interview, or go back to one that was started. */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import { snapshotGuide } from '../../../shared/interview/start';
import { useInterviewsOfRespondent } from '../../data/interviews';
import { commandById, commandIn, PREPARATION_COMMANDS } from '../../ui/commands';
import { CommandButton } from '../../ui/commands/CommandButton';
import { useRoute } from '../../ui/navigation/route-store';
import { startInterview } from './start-interview';
import type { PreparationData } from './use-preparation';

const START = commandById(PREPARATION_COMMANDS, 'interview.start');

export function InterviewLinks({ data }: { data: PreparationData }) {
  const { t, i18n } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const interviews = useInterviewsOfRespondent(data.respondent.id) ?? [];
  const open = interviews.find((i) => i.status !== 'ended');

  const start = async () => {
    const id = await startInterview(
      data.respondent.studyId,
      data.respondent.id,
      snapshotGuide(data.topicList.id, data.topicList.title, data.choice.role, data.guide),
    );
    if (id) navigate({ name: 'interview', interviewId: id });
  };

  // Alt+I anywhere on the preparation presses the start (or resume) button.
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !commandIn(PREPARATION_COMMANDS, event)) return;
      event.preventDefault();
      primary.current?.click();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="interview-links no-print">
      {open ? (
        <CommandButton
          ref={primary}
          command={START}
          variant="resume"
          className="primary"
          onClick={() => navigate({ name: 'interview', interviewId: open.id })}
        />
      ) : (
        <CommandButton ref={primary} command={START} variant="start" className="primary" onClick={() => void start()} />
      )}
      {interviews
        .filter((i) => i.status === 'ended')
        .map((i) => {
          const date = new Date(i.startedAt ?? i.createdAt).toLocaleDateString(i18n.language, {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          });
          return (
            <span key={i.id} className="interview-links">
              <button type="button" onClick={() => navigate({ name: 'interview', interviewId: i.id })}>
                {t('interview.openTranscript', { date })}
              </button>
              <button type="button" onClick={() => navigate({ name: 'reflection', interviewId: i.id })}>
                {t('reflection.openFor', { date })}
              </button>
            </span>
          );
        })}
    </div>
  );
}
