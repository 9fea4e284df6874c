/** The study's code trees (Bijlage 7 in the example): add, rename and remove codes, each saved at once. */
import { useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { slugOf, uniqueId } from '../../../../shared/design/new-study';
import type { CodeNode, CodeTree, Study } from '../../../../shared/study/schema';
import { addNode, removeNode, renameNode, setNodeMemo } from '../../../../shared/design/code-tree-edit';
import { saveDesign } from '../save-design';
import { CodebookActions } from './CodebookActions';

interface NodeProps {
  node: CodeNode;
  onRename: (id: string, name: string) => void;
  onAdd: (parentId: string, name: string) => void;
  onRemove: (id: string) => void;
  onMemo: (id: string, memo: string) => void;
}

function AddCode({
  label,
  onAdd,
  placeholder,
}: {
  label: string;
  onAdd: (name: string) => void;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <form
      className="inline-add"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        onAdd(name.trim());
        setName('');
      }}
    >
      <label>
        <span className="visually-hidden">{label}</span>
        <input
          value={name}
          placeholder={placeholder ?? t('studyDesign.codeName')}
          onChange={(e) => setName(e.target.value)}
          aria-label={label}
        />
      </label>
      <button type="submit" disabled={!name.trim()}>
        {t('studyDesign.add')}
      </button>
    </form>
  );
}

/** What a code means: shown under it, edited in place; saving it blank removes it. */
function CodeMemo({ node, onMemo, onDone }: { node: CodeNode; onMemo: NodeProps['onMemo']; onDone: () => void }) {
  const { t } = useTranslation();
  const [memo, setMemo] = useState(node.memo ?? '');
  return (
    <form
      className="memo-edit"
      onSubmit={(e) => {
        e.preventDefault();
        onMemo(node.id, memo);
        onDone();
      }}
    >
      <label>
        <span>{t('analysis.memos.treeLabel', { code: node.name })}</span>
        <textarea value={memo} rows={2} autoFocus onChange={(e) => setMemo(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          {t('analysis.memos.save')}
        </button>
        {node.memo && (
          <button
            type="button"
            onClick={() => {
              onMemo(node.id, '');
              onDone();
            }}
          >
            {t('analysis.memos.treeRemove')}
          </button>
        )}
        <button type="button" onClick={onDone}>
          {t('analysis.memos.cancel')}
        </button>
      </div>
    </form>
  );
}

function CodeNodeRow({ node, onRename, onAdd, onRemove, onMemo }: NodeProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(node.name);
  const [adding, setAdding] = useState(false);
  const [editingMemo, setEditingMemo] = useState(false);
  return (
    <li>
      <div className="code-row">
        <input
          aria-label={t('studyDesign.codeNameOf', { name: node.name })}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => name.trim() && name.trim() !== node.name && onRename(node.id, name.trim())}
        />
        <button
          type="button"
          className="link-button"
          aria-expanded={adding}
          aria-label={t('studyDesign.addSubcode', { name: node.name })}
          onClick={() => setAdding((a) => !a)}
        >
          + {t('studyDesign.subcode')}
        </button>
        <button
          type="button"
          className="link-button"
          aria-expanded={editingMemo}
          aria-label={t('analysis.memos.treeEdit', { code: node.name })}
          onClick={() => setEditingMemo((open) => !open)}
        >
          {t('analysis.memos.treeButton')}
        </button>
        <button
          type="button"
          className="link-button danger"
          aria-label={t('studyDesign.removeCode', { name: node.name })}
          onClick={() => {
            if (
              node.children.length === 0 ||
              window.confirm(t('studyDesign.confirmRemoveCode', { name: node.name, count: node.children.length }))
            )
              onRemove(node.id);
          }}
        >
          {t('studyDesign.remove')}
        </button>
      </div>
      {editingMemo ? (
        <CodeMemo node={node} onMemo={onMemo} onDone={() => setEditingMemo(false)} />
      ) : (
        node.memo && <p className="code-memo-text">{node.memo}</p>
      )}
      {(node.children.length > 0 || adding) && (
        <ul>
          {node.children.map((child) => (
            <CodeNodeRow
              key={child.id}
              node={child}
              onRename={onRename}
              onAdd={onAdd}
              onRemove={onRemove}
              onMemo={onMemo}
            />
          ))}
          {adding && (
            <li className="add-code">
              <AddCode label={t('studyDesign.addCodeUnder', { name: node.name })} onAdd={(n) => onAdd(node.id, n)} />
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

export function CodeTreeEditor({ study }: { study: Study }) {
  const { t } = useTranslation();
  const saveTree = (tree: CodeTree) =>
    void saveDesign({ ...study, codeTrees: study.codeTrees.map((x) => (x.id === tree.id ? tree : x)) });
  const addTree = (title: string) => {
    const id = uniqueId(
      slugOf(title),
      study.codeTrees.map((x) => x.id),
    );
    void saveDesign({ ...study, codeTrees: [...study.codeTrees, { id, title, nodes: [] }] });
  };
  return (
    <>
      <CodebookActions study={study} />
      {study.codeTrees.map((tree) => (
        <section key={tree.id} aria-label={tree.title}>
          <h3>{tree.title}</h3>
          <ul className="code-tree">
            {tree.nodes.map((node) => (
              <CodeNodeRow
                key={node.id}
                node={node}
                onRename={(id, name) => saveTree(renameNode(tree, id, name))}
                onAdd={(parentId, name) => saveTree(addNode(tree, parentId, name))}
                onRemove={(id) => saveTree(removeNode(tree, id))}
                onMemo={(id, memo) => saveTree(setNodeMemo(tree, id, memo))}
              />
            ))}
            <li className="add-code">
              <AddCode
                label={t('studyDesign.addCodeTo', { title: tree.title })}
                onAdd={(name) => saveTree(addNode(tree, undefined, name))}
              />
            </li>
          </ul>
        </section>
      ))}
      <AddCode label={t('studyDesign.addTree')} placeholder={t('studyDesign.treeName')} onAdd={addTree} />
    </>
  );
}
