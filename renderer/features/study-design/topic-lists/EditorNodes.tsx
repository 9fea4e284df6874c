/** The sections, topics and questions of the topic-list editor, each with its fields and buttons. */
import { useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { canApply, newNodeId } from '../../../../shared/design/topic-list-edits';
import type { GuideQuestion, Section, Topic } from '../../../../shared/study/schema';
import { DraftField } from './DraftField';
import { focusKey, useEditorContext } from './editor-context';
import { Action, EmptyDropZone, NodeShell } from './NodeShell';
import { PlaceholdersEditor, ProbesEditor, VariantsEditor } from './QuestionDetails';

/** Up and down, which every node has; focus stays on the button as the node moves. */
function MoveActions({ id, kind }: { id: string; kind: 'section' | 'topic' | 'question' }) {
  const { t } = useTranslation();
  const { editor, act } = useEditorContext();
  const list = editor.list;
  const handle = focusKey(id, 'text');
  const can = (direction: 'up' | 'down') => canApply(list, { type: 'move', id, direction });
  return (
    <>
      <Action
        label={t(`topicLists.${kind}.up`)}
        symbol="↑"
        disabled={!can('up')}
        focusKey={focusKey(id, 'up')}
        onClick={() => act({ type: 'move', id, direction: 'up' }, { key: focusKey(id, 'up'), fallback: handle })}
      />
      <Action
        label={t(`topicLists.${kind}.down`)}
        symbol="↓"
        disabled={!can('down')}
        focusKey={focusKey(id, 'down')}
        onClick={() => act({ type: 'move', id, direction: 'down' }, { key: focusKey(id, 'down'), fallback: handle })}
      />
    </>
  );
}

export function SectionNode({ section, n }: { section: Section; n: number }) {
  const { t } = useTranslation();
  const { editor, act, token } = useEditorContext();
  const { id } = section;
  const addBelow = () => {
    const newId = newNodeId(editor.list.id, 'section', token());
    act(
      { type: 'addSection', id: newId, title: t('topicLists.section.newTitle'), afterId: id },
      { key: focusKey(newId, 'text') },
    );
  };
  const addTopic = () => {
    const newId = newNodeId(id, 'topic', token());
    act(
      { type: 'addTopic', id: newId, label: t('topicLists.topic.newLabel'), parentId: id },
      { key: focusKey(newId, 'text') },
    );
  };
  return (
    <NodeShell
      id={id}
      kind="section"
      name={t('topicLists.section.group', { n, title: section.title })}
      fields={
        <>
          <DraftField
            className="edit-title"
            label={t('topicLists.section.title')}
            value={section.title}
            focusKey={focusKey(id, 'text')}
            error={t('topicLists.required')}
            onChange={(title) => editor.apply({ type: 'updateSection', id, changes: { title } }, `${id}.title`)}
            onLeave={editor.endTyping}
          />
          <DraftField
            label={t('topicLists.section.goal')}
            value={section.goal ?? ''}
            multiline
            onChange={(goal) => editor.apply({ type: 'updateSection', id, changes: { goal } }, `${id}.goal`)}
            onLeave={editor.endTyping}
          />
          <DraftField
            label={t('topicLists.section.instruction')}
            value={section.instruction ?? ''}
            multiline
            onChange={(instruction) =>
              editor.apply({ type: 'updateSection', id, changes: { instruction } }, `${id}.instruction`)
            }
            onLeave={editor.endTyping}
          />
        </>
      }
      actions={
        <>
          <MoveActions id={id} kind="section" />
          <Action label={t('topicLists.section.addBelow')} symbol="+" onClick={addBelow} />
          <Action
            label={t('topicLists.section.remove')}
            symbol="×"
            className="danger"
            disabled={!canApply(editor.list, { type: 'remove', id })}
            onClick={() => act({ type: 'remove', id })}
          />
        </>
      }
    >
      <ul className="edit-children">
        {section.topics.map((topic) => (
          <TopicNode key={topic.id} topic={topic} />
        ))}
      </ul>
      {section.topics.length === 0 && (
        <EmptyDropZone parentId={id} childKind="topic" text={t('topicLists.section.empty')} />
      )}
      <button type="button" className="link-button edit-add-child" onClick={addTopic}>
        <span aria-hidden="true">+</span> {t('topicLists.section.addChild')}
      </button>
    </NodeShell>
  );
}

function TopicNode({ topic }: { topic: Topic }) {
  const { t } = useTranslation();
  const { editor, act, token } = useEditorContext();
  const { id } = topic;
  const addBelow = () => {
    const parentId = editor.list.sections.find((s) => s.topics.some((x) => x.id === id))!.id;
    const newId = newNodeId(parentId, 'topic', token());
    act(
      { type: 'addTopic', id: newId, label: t('topicLists.topic.newLabel'), afterId: id },
      { key: focusKey(newId, 'text') },
    );
  };
  const addQuestion = () => {
    const newId = newNodeId(id, 'question', token());
    act({ type: 'addQuestion', id: newId, text: '', parentId: id }, { key: focusKey(newId, 'text') });
  };
  return (
    <NodeShell
      id={id}
      kind="topic"
      name={t('topicLists.topic.group', { label: topic.label })}
      fields={
        <>
          <DraftField
            className="edit-title"
            label={t('topicLists.topic.label')}
            value={topic.label}
            focusKey={focusKey(id, 'text')}
            error={t('topicLists.required')}
            onChange={(label) => editor.apply({ type: 'updateTopic', id, changes: { label } }, `${id}.label`)}
            onLeave={editor.endTyping}
          />
          <DraftField
            label={t('topicLists.topic.indicators')}
            value={topic.indicators ?? ''}
            onChange={(indicators) =>
              editor.apply({ type: 'updateTopic', id, changes: { indicators } }, `${id}.indicators`)
            }
            onLeave={editor.endTyping}
          />
        </>
      }
      actions={
        <>
          <MoveActions id={id} kind="topic" />
          <Action
            label={t('topicLists.topic.outdent')}
            symbol="←"
            disabled={
              !canApply(editor.list, {
                type: 'outdent',
                id,
                newSectionId: newNodeId(editor.list.id, 'section', 'probe'),
              })
            }
            focusKey={focusKey(id, 'outdent')}
            onClick={() =>
              act(
                { type: 'outdent', id, newSectionId: newNodeId(editor.list.id, 'section', token()) },
                { key: focusKey(id, 'indent'), fallback: focusKey(id, 'text') },
              )
            }
          />
          <Action
            label={t('topicLists.topic.indent')}
            symbol="→"
            disabled={!canApply(editor.list, { type: 'indent', id })}
            focusKey={focusKey(id, 'indent')}
            onClick={() =>
              act({ type: 'indent', id }, { key: focusKey(id, 'outdent'), fallback: focusKey(id, 'text') })
            }
          />
          <Action label={t('topicLists.topic.addBelow')} symbol="+" onClick={addBelow} />
          <Action
            label={t('topicLists.topic.remove')}
            symbol="×"
            className="danger"
            onClick={() => act({ type: 'remove', id })}
          />
        </>
      }
    >
      <ul className="edit-children">
        {topic.questions.map((question, i) => (
          <QuestionNode key={question.id} question={question} n={i + 1} topicLabel={topic.label} />
        ))}
      </ul>
      {topic.questions.length === 0 && (
        <EmptyDropZone parentId={id} childKind="question" text={t('topicLists.topic.empty')} />
      )}
      <button type="button" className="link-button edit-add-child" onClick={addQuestion}>
        <span aria-hidden="true">+</span> {t('topicLists.topic.addChild')}
      </button>
    </NodeShell>
  );
}

type Panel = 'variants' | 'placeholders' | 'probes';

function QuestionNode({ question, n, topicLabel }: { question: GuideQuestion; n: number; topicLabel: string }) {
  const { t } = useTranslation();
  const { editor, act, token } = useEditorContext();
  const [panel, setPanel] = useState<Panel | undefined>(undefined);
  const { id } = question;
  const addBelow = () => {
    const parentId = editor.list.sections
      .flatMap((s) => s.topics)
      .find((x) => x.questions.some((q) => q.id === id))!.id;
    const newId = newNodeId(parentId, 'question', token());
    act({ type: 'addQuestion', id: newId, text: '', afterId: id }, { key: focusKey(newId, 'text') });
  };
  const toggle = (which: Panel, count: number) => (
    <button
      type="button"
      className="link-button"
      aria-expanded={panel === which}
      onClick={() => setPanel(panel === which ? undefined : which)}
    >
      {t(`topicLists.question.${which}`, { count })}
    </button>
  );
  return (
    <NodeShell
      id={id}
      kind="question"
      className={question.followUp ? 'edit-follow-up' : undefined}
      name={t('topicLists.question.group', { n, topic: topicLabel })}
      fields={
        <>
          <DraftField
            label={
              question.variants?.length ? t('topicLists.question.sharedText') : t('topicLists.question.text')
            }
            value={question.text}
            multiline
            focusKey={focusKey(id, 'text')}
            onChange={(text) => editor.apply({ type: 'updateQuestion', id, changes: { text } }, `${id}.text`)}
            onLeave={editor.endTyping}
          />
          <label className="edit-check">
            <input
              type="checkbox"
              checked={Boolean(question.followUp)}
              data-focus-key={focusKey(id, 'followUp')}
              onChange={(event) => editor.apply({ type: 'setFollowUp', id, followUp: event.target.checked })}
            />
            {t('topicLists.question.followUp')}
          </label>
          <div className="edit-toggles">
            {toggle('variants', question.variants?.length ?? 0)}
            {toggle('placeholders', question.placeholders?.length ?? 0)}
            {toggle('probes', question.probes?.length ?? 0)}
          </div>
          {panel === 'variants' && <VariantsEditor question={question} />}
          {panel === 'placeholders' && <PlaceholdersEditor question={question} />}
          {panel === 'probes' && <ProbesEditor question={question} />}
        </>
      }
      actions={
        <>
          <MoveActions id={id} kind="question" />
          <Action
            label={t('topicLists.question.outdent')}
            symbol="←"
            disabled={!canApply(editor.list, { type: 'outdent', id })}
            focusKey={focusKey(id, 'outdent')}
            onClick={() =>
              act({ type: 'outdent', id }, { key: focusKey(id, 'indent'), fallback: focusKey(id, 'text') })
            }
          />
          <Action
            label={t('topicLists.question.indent')}
            symbol="→"
            disabled={!canApply(editor.list, { type: 'indent', id })}
            focusKey={focusKey(id, 'indent')}
            onClick={() =>
              act({ type: 'indent', id }, { key: focusKey(id, 'outdent'), fallback: focusKey(id, 'text') })
            }
          />
          <Action label={t('topicLists.question.addBelow')} symbol="+" onClick={addBelow} />
          <Action
            label={t('topicLists.question.remove')}
            symbol="×"
            className="danger"
            onClick={() => act({ type: 'remove', id })}
          />
        </>
      }
    />
  );
}
