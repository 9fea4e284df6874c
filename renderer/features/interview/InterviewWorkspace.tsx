/** The interview in progress (or ended, for editing): bar, sections, guide, transcript, memos. */
import { useCallback, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Interview } from '../../../shared/interview/interview';
import type { Study } from '../../../shared/study/schema';
import { afterInterviewEnded } from '../../ui/automatic-backup';
import { useRoute } from '../../ui/navigation/route-store';
import { LazyExportPanel as ExportPanel } from '../../ui/export/LazyExportPanel';
import { DesignChanges } from './DesignChanges';
import { Clock } from './Clock';
import { APP_COMMANDS, commandById, INTERVIEW_COMMANDS } from '../../ui/commands';
import { CommandButton } from '../../ui/commands/CommandButton';
import { useShortcutList } from '../../ui/commands/shortcut-list-store';
import { FillerRemoval } from './FillerRemoval';
import { GuidePane } from './GuidePane';
import { endInterview, togglePause } from './interview-actions';
import { useInterview } from './interview-store';
import { MemoPane } from './MemoPane';
import { SectionTabs } from './SectionTabs';
import { TranscriptPane } from './TranscriptPane';
import { useInterviewKeys, type CodingTarget } from './use-interview-keys';
import { CodePicker } from './CodePicker';
import { playFrom, usePlayer } from './transcription/player';
import { TranscribeToggle } from './transcription/TranscribeToggle';
import { TranscriptionPanel } from './transcription/TranscriptionPanel';
import { useTranscriptionKeyHandler } from './transcription/use-transcription-keys';
import { RecordingBar } from './recording/RecordingBar';
import { clearMarks } from './turn-marks';

const PAUSE = commandById(INTERVIEW_COMMANDS, 'clock.pause');
const END = commandById(INTERVIEW_COMMANDS, 'interview.end');
const SHORTCUTS = commandById(APP_COMMANDS, 'help.shortcuts');

interface Props {
  study: Study;
  interview: Interview;
  code: string;
  name: string;
}

function SaveIndicator() {
  const { t } = useTranslation();
  const state = useInterview((s) => s.saveState);
  return (
    <span className={`save-state save-${state}`} role="status" aria-live="polite">
      {t(`interview.save.${state}`)}
    </span>
  );
}

export function InterviewWorkspace({ study, interview, code, name }: Props) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const showShortcuts = useShortcutList((s) => s.open);
  const toggleShortcuts = useShortcutList((s) => s.toggle);
  const [fillers, setFillers] = useState(false);
  const [exporting, setExporting] = useState(false);
  const running = interview.status === 'running';
  const paused = running && interview.pauses.some((p) => p.end === undefined);
  const end = useCallback(() => {
    if (!window.confirm(t('interview.confirmEnd'))) return;
    // The reflection comes right after the interview, while it is fresh.
    void endInterview().then(() => {
      navigate({ name: 'reflection', interviewId: interview.id });
      afterInterviewEnded();
    });
  }, [t, navigate, interview.id]);
  const [codingTarget, setCodingTarget] = useState<CodingTarget>();
  const closePicker = useCallback((applied: boolean) => {
    // Back to the text, with the selection as it was, to go on reading and coding.
    const target = codingTarget;
    setCodingTarget(undefined);
    if (!target) return;
    // Marked turns, once coded, are unmarked; cancelled, they stay marked for another try.
    if (applied && target.turnIds) clearMarks();
    const area = document.querySelector<HTMLTextAreaElement>(`[data-turn-id="${CSS.escape(target.turnId)}"] textarea`);
    area?.focus();
    area?.setSelectionRange(target.start, target.end);
  }, [codingTarget]);
  useInterviewKeys({ end, code: setCodingTarget });
  useTranscriptionKeyHandler();
  const transcribing = usePlayer((s) => s.open);

  return (
    <section className={`interview${paused ? ' is-paused' : ''}`} aria-labelledby="interview-title">
      <div className="interview-bar">
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ name: 'prepare', respondentId: interview.respondentId })}
        >
          ← {t('interview.backToPreparation')}
        </button>
        <h1 id="interview-title">
          {t('interview.title')} <span className="code">{code}</span> <span className="muted">{name}</span>
        </h1>
        <Clock interview={interview} />
        {running && (
          <CommandButton
            command={PAUSE}
            variant={paused ? 'resume' : 'pause'}
            onClick={() => void togglePause()}
            aria-pressed={paused}
          />
        )}
        {running && <CommandButton command={END} variant="end" className="danger" onClick={end} />}
        {interview.status === 'ended' && (
          <button type="button" onClick={() => navigate({ name: 'reflection', interviewId: interview.id })}>
            {t('reflection.open')}
          </button>
        )}
        <TranscribeToggle interviewId={interview.id} held={interview.status === 'ended'} />
        {interview.status === 'ended' && (
          <button type="button" onClick={() => setFillers(true)}>
            {t('fillers.open')}
          </button>
        )}
        <button type="button" onClick={() => setExporting(true)} aria-expanded={exporting}>
          {t('exportTranscripts.open')}
        </button>
        <SaveIndicator />
        <CommandButton command={SHORTCUTS} variant="open" onClick={toggleShortcuts} aria-expanded={showShortcuts} />
      </div>
      {fillers && <FillerRemoval study={study} onClose={() => setFillers(false)} />}
      {exporting && <ExportPanel study={study} interviewId={interview.id} onClose={() => setExporting(false)} />}
      <RecordingBar interview={interview} />
      <DesignChanges study={study} interview={interview} />
      <SectionTabs interview={interview} />
      <div className="interview-columns">
        <GuidePane study={study} interview={interview} />
        <div className="interview-right">
          {codingTarget && (
            <CodePicker study={study} interviewId={interview.id} target={codingTarget} onClose={closePicker} />
          )}
          {transcribing && <TranscriptionPanel interviewId={interview.id} held={interview.status === 'ended'} />}
          <TranscriptPane
            study={study}
            interview={interview}
            onCode={setCodingTarget}
            onSeek={transcribing ? playFrom : undefined}
          />
          <MemoPane interviewId={interview.id} />
        </div>
      </div>
    </section>
  );
}
