/**
 * Every keyboard command of the app, one table per context. Key handlers, buttons
 * (CommandButton), the shortcut list and the Electron menu are generated from these.
 */
import type { TextKey } from '../../i18n/keys';
import type { Command, KeyChord } from './model';

const digits = (extra: Omit<KeyChord, 'code'>): KeyChord[] =>
  Array.from({ length: 9 }, (_, i) => ({ code: `Digit${i + 1}`, ...extra }));

export { APP_COMMANDS, type AppCommandId } from './app-commands';
import { APP_COMMANDS } from './app-commands';

export type InterviewCommandId =
  | 'turn.new'
  | 'turn.switchSpeaker'
  | 'turn.split'
  | 'turn.mergeNext'
  | 'turn.moveUp'
  | 'turn.moveDown'
  | 'turn.previous'
  | 'turn.next'
  | 'section.next'
  | 'section.previous'
  | 'guide.insert'
  | 'guide.markAsked'
  | 'guide.insertFollowUp'
  | 'memo.new'
  | 'clock.pause'
  | 'interview.end'
  | 'coding.apply'
  | 'find.open'
  | 'coding.markDown'
  | 'coding.markUp';

/**
 * 'running': only while the interview runs (not during consent or after the end);
 * 'ended': only once it has ended (coding is analysis, not note-taking).
 */
export const INTERVIEW_COMMANDS: readonly Command<InterviewCommandId, 'running' | 'ended'>[] = [
  {
    id: 'turn.new',
    label: 'commands.turnNew',
    keys: [{ code: 'Enter', ctrl: true }],
    buttons: { add: 'interview.newTurn' },
  },
  { id: 'turn.switchSpeaker', label: 'commands.switchSpeaker', keys: [{ code: 'KeyS', alt: true }] },
  { id: 'turn.split', label: 'commands.split', keys: [{ code: 'Enter', alt: true }] },
  { id: 'turn.mergeNext', label: 'commands.mergeNext', keys: [{ code: 'KeyJ', alt: true }] },
  { id: 'turn.moveUp', label: 'commands.moveUp', keys: [{ code: 'ArrowUp', alt: true, shift: true }] },
  { id: 'turn.moveDown', label: 'commands.moveDown', keys: [{ code: 'ArrowDown', alt: true, shift: true }] },
  { id: 'turn.previous', label: 'commands.previousTurn', keys: [{ code: 'ArrowUp', alt: true }] },
  { id: 'turn.next', label: 'commands.nextTurn', keys: [{ code: 'ArrowDown', alt: true }] },
  {
    id: 'section.next',
    label: 'commands.nextSection',
    keys: [
      { code: 'PageDown', alt: true },
      { code: 'BracketRight', alt: true },
    ],
  },
  {
    id: 'section.previous',
    label: 'commands.previousSection',
    keys: [
      { code: 'PageUp', alt: true },
      { code: 'BracketLeft', alt: true },
    ],
  },
  { id: 'guide.insert', label: 'commands.insertQuestion', keys: digits({ alt: true }), when: 'running' },
  { id: 'guide.markAsked', label: 'commands.markAsked', keys: digits({ alt: true, shift: true }) },
  // The follow-up the questionnaire called for, wherever it stands in the numbering.
  {
    id: 'guide.insertFollowUp',
    label: 'commands.insertFollowUp',
    keys: [{ code: 'KeyN', alt: true }],
    when: 'running',
  },
  { id: 'memo.new', label: 'commands.newMemo', keys: [{ code: 'KeyM', alt: true }] },
  {
    id: 'clock.pause',
    label: 'commands.pause',
    keys: [{ code: 'KeyP', alt: true }],
    when: 'running',
    buttons: { pause: 'interview.pause', resume: 'interview.resume' },
  },
  // Shift, so that ending (which asks for confirmation) is never one slip away from Alt+E.
  {
    id: 'interview.end',
    label: 'commands.endInterview',
    keys: [{ code: 'KeyE', alt: true, shift: true }],
    when: 'running',
    buttons: { end: 'interview.end' },
  },
  // The selection in a turn, or the whole turn when nothing is selected.
  { id: 'coding.apply', label: 'commands.applyCode', keys: [{ code: 'KeyC', alt: true }], when: 'ended' },
  { id: 'find.open', label: 'commands.find', keys: [{ code: 'KeyF', ctrl: true }] },
  // Whole turns to code together: the turn and the next (or previous) are marked, the cursor moves on.
  {
    id: 'coding.markDown',
    label: 'analysis.marks.commandDown',
    keys: [{ code: 'PageDown', alt: true, shift: true }],
    when: 'ended',
  },
  {
    id: 'coding.markUp',
    label: 'analysis.marks.commandUp',
    keys: [{ code: 'PageUp', alt: true, shift: true }],
    when: 'ended',
  },
];

/** In the memo field of the interview. */
export type MemoCommandId = 'memo.save' | 'memo.back';
export const MEMO_COMMANDS: readonly Command<MemoCommandId>[] = [
  // Ctrl+Enter keeps the memo here instead of making a new turn (see COMMAND_CONTEXTS).
  {
    id: 'memo.save',
    label: 'commands.saveMemo',
    keys: [{ code: 'Enter', ctrl: true }],
    buttons: { save: 'memos.add' },
  },
  // The draft stays (and stays journalled).
  { id: 'memo.back', label: 'commands.backToTranscript', keys: [{ code: 'Escape' }] },
];

/** On the preparation page, outside the interview. */
export type PreparationCommandId = 'interview.start';
export const PREPARATION_COMMANDS: readonly Command<PreparationCommandId>[] = [
  {
    id: 'interview.start',
    label: 'commands.startInterview',
    keys: [{ code: 'KeyI', alt: true }],
    buttons: { start: 'interview.start', resume: 'interview.resumeInterview' },
  },
];

export type TopicListCommandId =
  'edit.undo' | 'edit.redo' | 'node.moveUp' | 'node.moveDown' | 'node.indent' | 'node.outdent';

/** 'onNode': with the focus in a section, topic or question (not in a drop-down list, where Alt+↓ opens it). */
export const TOPIC_LIST_COMMANDS: readonly Command<TopicListCommandId, 'onNode'>[] = [
  {
    id: 'edit.undo',
    label: 'commands.undo',
    keys: [{ code: 'KeyZ', ctrl: true }],
    buttons: { undo: 'topicLists.undo' },
  },
  {
    id: 'edit.redo',
    label: 'commands.redo',
    keys: [
      { code: 'KeyZ', ctrl: true, shift: true },
      { code: 'KeyY', ctrl: true },
    ],
    buttons: { redo: 'topicLists.redo' },
  },
  { id: 'node.moveUp', label: 'commands.nodeUp', keys: [{ code: 'ArrowUp', alt: true }], when: 'onNode' },
  { id: 'node.moveDown', label: 'commands.nodeDown', keys: [{ code: 'ArrowDown', alt: true }], when: 'onNode' },
  { id: 'node.indent', label: 'commands.nodeIndent', keys: [{ code: 'ArrowRight', alt: true }], when: 'onNode' },
  { id: 'node.outdent', label: 'commands.nodeOutdent', keys: [{ code: 'ArrowLeft', alt: true }], when: 'onNode' },
];

export type TranscriptionCommandId =
  | 'playback.toggle'
  | 'playback.back'
  | 'playback.forward'
  | 'playback.slower'
  | 'playback.faster'
  | 'playback.timestamp';

/**
 * In transcription mode, while typing in a turn with the recording open. oTranscribe's
 * keys where they are free here: Esc, F3/F4 and Ctrl+J; its F1/F2 become Alt+←/→ because
 * F1 opens the shortcut list everywhere. The researcher can choose other keys (settings).
 */
export const TRANSCRIPTION_COMMANDS: readonly Command<TranscriptionCommandId>[] = [
  {
    id: 'playback.toggle',
    label: 'transcription.commands.toggle',
    keys: [{ code: 'Escape' }],
    buttons: { play: 'transcription.play', pause: 'transcription.pause' },
  },
  {
    id: 'playback.back',
    label: 'transcription.commands.back',
    keys: [{ code: 'ArrowLeft', alt: true }],
    buttons: { back: 'transcription.back' },
  },
  {
    id: 'playback.forward',
    label: 'transcription.commands.forward',
    keys: [{ code: 'ArrowRight', alt: true }],
    buttons: { forward: 'transcription.forward' },
  },
  {
    id: 'playback.slower',
    label: 'transcription.commands.slower',
    keys: [{ code: 'F3' }],
    buttons: { slower: 'transcription.slower' },
  },
  {
    id: 'playback.faster',
    label: 'transcription.commands.faster',
    keys: [{ code: 'F4' }],
    buttons: { faster: 'transcription.faster' },
  },
  {
    id: 'playback.timestamp',
    label: 'transcription.commands.timestamp',
    keys: [{ code: 'KeyJ', ctrl: true }],
    buttons: { insert: 'transcription.timestamp' },
  },
];

export type CommandContextId = 'app' | 'interview' | 'memo' | 'preparation' | 'topicList' | 'transcription';

export interface CommandContext {
  id: CommandContextId;
  /** Heading of its group in the shortcut list. */
  label: TextKey;
  commands: readonly Command<string, string>[];
  /** The context it sits inside: both are active at once, so their keys must differ… */
  within?: CommandContextId;
  /** …except these commands of the outer context, which this one takes over on purpose. */
  overrides?: readonly string[];
}

export const COMMAND_CONTEXTS: readonly CommandContext[] = [
  { id: 'app', label: 'commands.context.app', commands: APP_COMMANDS },
  { id: 'preparation', label: 'commands.context.preparation', commands: PREPARATION_COMMANDS, within: 'app' },
  { id: 'interview', label: 'commands.context.interview', commands: INTERVIEW_COMMANDS, within: 'app' },
  {
    id: 'memo',
    label: 'commands.context.memo',
    commands: MEMO_COMMANDS,
    within: 'interview',
    overrides: ['turn.new'],
  },
  { id: 'topicList', label: 'commands.context.topicList', commands: TOPIC_LIST_COMMANDS, within: 'app' },
  {
    id: 'transcription',
    label: 'transcription.context',
    commands: TRANSCRIPTION_COMMANDS,
    // In the memo field Esc still goes back to the transcript: the field takes its keys first.
    within: 'interview',
  },
];
