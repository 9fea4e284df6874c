/**
 * Editing one topic list in place: its title, then the tree of sections → topics →
 * questions. Undo and redo with buttons and keys, moving (focus follows the node),
 * indenting and outdenting with keys (TOPIC_LIST_COMMANDS in ui/commands), and drag and drop.
 */
import { useOwnQuestionTopics } from '../../../data/preparations';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { dropEdit, type DropPlace } from '../../../../shared/design/topic-list-drop';
import { locate, newNodeId, subtreeIds, type TopicListEdit } from '../../../../shared/design/topic-list-edits';
import type { Study, TopicList } from '../../../../shared/study/schema';
import { newId } from '../../../lib/ids';
import { DraftField } from './DraftField';
import { EditorContext, focusKey, type DragState, type EditorContextValue } from './editor-context';
import { SectionNode } from './EditorNodes';
import { useTopicListEditor } from './use-topic-list-editor';
import {
  commandById,
  commandIn,
  describeKeys,
  TOPIC_LIST_COMMANDS,
  type TopicListCommandId,
} from '../../../ui/commands';
import { CommandButton } from '../../../ui/commands/CommandButton';
import './topic-list-editor.css';

const UNDO = commandById(TOPIC_LIST_COMMANDS, 'edit.undo');
const REDO = commandById(TOPIC_LIST_COMMANDS, 'edit.redo');
const keysOf = (id: TopicListCommandId) => describeKeys(commandById(TOPIC_LIST_COMMANDS, id));
const HELP_KEYS = {
  up: keysOf('node.moveUp'),
  down: keysOf('node.moveDown'),
  indent: keysOf('node.indent'),
  outdent: keysOf('node.outdent'),
  undo: keysOf('edit.undo'),
  redo: keysOf('edit.redo'),
};

interface FocusRequest {
  key: string;
  fallback?: string;
  /** A moved node: say where it landed, since focus stays put and nothing else is read out. */
  announceNode?: string;
  /** The list before the edit: a render that still shows it (another update got in first) must not take the request. */
  listBefore?: TopicList;
}

function focusElement(root: HTMLElement | null, request: FocusRequest): void {
  for (const key of [request.key, request.fallback]) {
    if (!key) continue;
    const element = root?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    if (element && !(element as HTMLButtonElement).disabled) {
      element.focus();
      element.scrollIntoView?.({ block: 'nearest' });
      return;
    }
  }
}

export function TopicListEditor({
  study,
  list: initial,
  onDone,
}: {
  study: Study;
  list: TopicList;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const editor = useTopicListEditor(study, initial);
  const root = useRef<HTMLDivElement>(null);
  // Focus to move after the next render, once the edited node is in its new place.
  const focusRequest = useRef<FocusRequest | undefined>(undefined);
  const [drag, setDragState] = useState<DragState | undefined>(undefined);
  const dragRef = useRef<DragState | undefined>(undefined);
  const setDrag = (next: DragState | undefined) => {
    dragRef.current = next;
    setDragState(next);
  };
  const [drop, setDrop] = useState<DropPlace | undefined>(undefined);

  useEffect(() => {
    const request = focusRequest.current;
    if (!request || request.listBefore === editor.list) return;
    focusRequest.current = undefined;
    focusElement(root.current, request);
    if (request.announceNode) {
      const group = root.current?.querySelector(
        `[data-node-id="${CSS.escape(request.announceNode)}"] > [role='group']`,
      );
      const place = group?.getAttribute('aria-label');
      if (place) editor.announce(t('topicLists.movedTo', { place }));
    }
  });

  const roles = useMemo(
    () => [
      ...new Set(
        study.respondentTypes.flatMap((type) => [type.role, type.fallbackRole]).filter((r): r is string => Boolean(r)),
      ),
    ],
    [study.respondentTypes],
  );

  // The researcher's own questions in preparations hang on topics: removing such a topic hides them.
  const ownQuestionTopics = useOwnQuestionTopics(study.id);

  const act = (edit: TopicListEdit, focus?: FocusRequest) => {
    if (edit.type === 'remove') {
      const gone = new Set(subtreeIds(editor.list, edit.id));
      const hidden = (ownQuestionTopics ?? []).filter((topicId) => gone.has(topicId)).length;
      if (hidden > 0 && !window.confirm(t('topicLists.confirmRemoveOwn', { count: hidden }))) return false;
    }
    const applied = editor.apply(edit);
    const moved = edit.type === 'move' || edit.type === 'moveTo' ? edit.id : undefined;
    if (applied && focus) focusRequest.current = { ...focus, announceNode: moved, listBefore: editor.list };
    return applied;
  };

  const context: EditorContextValue = {
    editor,
    act,
    roles,
    token: newId,
    drag,
    dragging: () => dragRef.current,
    setDrag,
    drop,
    setDrop,
    finishDrop: (place) => {
      const dragged = dragRef.current;
      if (dragged) {
        const edit = dropEdit(editor.list, dragged.id, place);
        if (edit) act(edit, { key: focusKey(dragged.id, 'text') });
      }
      setDrag(undefined);
      setDrop(undefined);
    },
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const found = commandIn(TOPIC_LIST_COMMANDS, event);
    if (!found) return;
    const target = event.target as HTMLElement;
    if (found.command.when === 'onNode') {
      // Alt+↓ opens a drop-down list; leave it that.
      if (target.tagName === 'SELECT') return;
      const id = target.closest<HTMLElement>('[data-node-id]')?.dataset.nodeId;
      if (!id) return;
      event.preventDefault();
      const focused = target.dataset.focusKey ?? focusKey(id, 'text');
      const nodeEdit: Record<Exclude<TopicListCommandId, 'edit.undo' | 'edit.redo'>, () => TopicListEdit> = {
        'node.moveUp': () => ({ type: 'move', id, direction: 'up' }),
        'node.moveDown': () => ({ type: 'move', id, direction: 'down' }),
        'node.indent': () => ({ type: 'indent', id }),
        'node.outdent': () =>
          locate(editor.list, id)?.kind === 'topic'
            ? { type: 'outdent', id, newSectionId: newNodeId(editor.list.id, 'section', newId()) }
            : { type: 'outdent', id },
      };
      const command = found.command.id as keyof typeof nodeEdit;
      act(nodeEdit[command](), { key: focused, fallback: focusKey(id, 'text') });
      return;
    }
    event.preventDefault();
    // Finish the step being typed, so undo takes back this field's typing as one step.
    editor.endTyping();
    if (found.command.id === 'edit.redo') editor.redo();
    else editor.undo();
  };

  const saveText = {
    saved: t('topicLists.saved'),
    saving: t('topicLists.saving'),
    failed: t('interview.save.failed'),
    full: t('interview.save.full'),
  }[editor.saveState];

  return (
    <EditorContext.Provider value={context}>
      <div
        ref={root}
        className="topic-list-editor"
        role="region"
        aria-label={t('topicLists.editorLabel', { title: editor.list.title })}
        onKeyDown={onKeyDown}
      >
        <div className="editor-toolbar">
          <CommandButton command={UNDO} variant="undo" icon="↶" onClick={editor.undo} disabled={!editor.canUndo} />
          <CommandButton command={REDO} variant="redo" icon="↷" onClick={editor.redo} disabled={!editor.canRedo} />
          <p className="editor-announcement" role="status">
            {editor.announcement}
          </p>
          <p className={`editor-save muted save-${editor.saveState}`} role="status">
            {saveText}
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              void editor.flush().then(onDone);
            }}
          >
            {t('topicLists.done')}
          </button>
        </div>
        <p className="hint muted">{t('topicLists.help', HELP_KEYS)}</p>
        <DraftField
          className="edit-list-title"
          label={t('topicLists.listTitle')}
          value={editor.list.title}
          error={t('topicLists.required')}
          onChange={(title) => editor.apply({ type: 'setTitle', title }, 'list.title')}
          onLeave={editor.endTyping}
        />
        <ol className="edit-sections">
          {editor.list.sections.map((section, i) => (
            <SectionNode key={section.id} section={section} n={i + 1} />
          ))}
        </ol>
      </div>
    </EditorContext.Provider>
  );
}
