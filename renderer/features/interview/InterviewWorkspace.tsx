/** The interview in progress (or ended, for editing): bar, sections, guide, transcript, memos. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../../../shared/interview/interview';
import type { Study } from '../../../shared/study/schema';
import { useRoute } from '../../ui/navigation/route-store';
import { LazyExportPanel as ExportPanel } from '../../ui/export/LazyExportPanel';
import { DesignChanges } from './DesignChanges';
import { Clock } from './Clock';
import { ariaKeys, commandById, describeKeys, INTERVIEW_COMMANDS, type CommandId } from '../../ui/commands';
import { FillerRemoval } from './FillerRemoval';
import { GuidePane } from './GuidePane';
import { endInterview, togglePause } from './interview-actions';
import { useInterview } from './interview-store';
import { MemoPane } from './MemoPane';
import { SectionTabs } from './SectionTabs';
import { ShortcutList } from './ShortcutList';
import { TranscriptPane } from './TranscriptPane';
import { useInterviewKeys, type CodingTarget } from './use-interview-keys';
import { CodePicker } from './CodePicker';

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
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [fillers, setFillers] = useState(false);
  const [exporting, setExporting] = useState(false);
  const running = interview.status === 'running';
  const paused = running && interview.pauses.some((p) => p.end === undefined);
  const toggleShortcuts = useCallback(() => setShowShortcuts((v) => !v), []);
  const end = useCallback(() => {
    if (!window.confirm(t('interview.confirmEnd'))) return;
    // The reflection comes right after the interview, while it is fresh.
    void endInterview().then(() => navigate({ name: 'reflection', interviewId: interview.id }));
  }, [t, navigate, interview.id]);
  const [codingTarget, setCodingTarget] = useState<CodingTarget>();
  const closePicker = useCallback(() => {
    // Back to the text, with the selection as it was, to go on reading and coding.
    const target = codingTarget;
    setCodingTarget(undefined);
    if (!target) return;
    const area = document.querySelector<HTMLTextAreaElement>(`[data-turn-id="${CSS.escape(target.turnId)}"] textarea`);
    area?.focus();
    area?.setSelectionRange(target.start, target.end);
  }, [codingTarget]);
  useInterviewKeys({ toggleShortcuts, end, code: setCodingTarget });
  const keysOf = (id: CommandId) => {
    const command = commandById(INTERVIEW_COMMANDS, id);
    return { 'aria-keyshortcuts': ariaKeys(command), title: describeKeys(command) };
  };

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
          <button type="button" onClick={() => void togglePause()} aria-pressed={paused} {...keysOf('clock.pause')}>
            {paused ? t('interview.resume') : t('interview.pause')}
          </button>
        )}
        {running && (
          <button type="button" className="danger" onClick={end} {...keysOf('interview.end')}>
            {t('interview.end')}
          </button>
        )}
        {interview.status === 'ended' && (
          <button type="button" onClick={() => navigate({ name: 'reflection', interviewId: interview.id })}>
            {t('reflection.open')}
          </button>
        )}
        {interview.status === 'ended' && (
          <button type="button" onClick={() => setFillers(true)}>
            {t('fillers.open')}
          </button>
        )}
        <button type="button" onClick={() => setExporting(true)} aria-expanded={exporting}>
          {t('exportTranscripts.open')}
        </button>
        <SaveIndicator />
        <button
          type="button"
          onClick={() => setShowShortcuts((v) => !v)}
          aria-expanded={showShortcuts}
          {...keysOf('help.shortcuts')}
        >
          {t('commands.shortcuts')}
        </button>
      </div>
      {showShortcuts && <ShortcutList onClose={() => setShowShortcuts(false)} />}
      {fillers && <FillerRemoval study={study} onClose={() => setFillers(false)} />}
      {exporting && <ExportPanel study={study} interviewId={interview.id} onClose={() => setExporting(false)} />}
      <DesignChanges study={study} interview={interview} />
      <SectionTabs interview={interview} />
      <div className="interview-columns">
        <GuidePane study={study} interview={interview} />
        <div className="interview-right">
          {codingTarget && (
            <CodePicker study={study} interviewId={interview.id} target={codingTarget} onClose={closePicker} />
          )}
          <TranscriptPane study={study} interview={interview} onCode={setCodingTarget} />
          <MemoPane interviewId={interview.id} />
        </div>
      </div>
    </section>
  );
}
