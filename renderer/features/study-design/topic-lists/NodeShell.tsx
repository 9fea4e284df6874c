/**
 * The frame around one section, topic or question in the editor: a named group with a
 * drag handle, a drop line where a dragged node of the same kind would land, the
 * node's fields and its buttons, then its children.
 */
import { type DragEvent, type ReactNode, useRef } from 'react';
import { useTranslation } from '../../../i18n/react';
import type { NodeKind } from '../../../../shared/design/topic-list-edits';
import { useEditorContext } from './editor-context';

interface NodeShellProps {
  id: string;
  kind: NodeKind;
  name: string;
  className?: string;
  fields: ReactNode;
  actions: ReactNode;
  children?: ReactNode;
}

export function NodeShell({ id, kind, name, className, fields, actions, children }: NodeShellProps) {
  const { t } = useTranslation();
  const { dragging, setDrag, drop, setDrop, finishDrop } = useEditorContext();
  const row = useRef<HTMLDivElement>(null);
  const accepts = () => {
    const drag = dragging();
    return drag !== undefined && drag.kind === kind && drag.id !== id;
  };
  const positionOf = (event: DragEvent) => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? ('before' as const) : ('after' as const);
  };
  const dropLine = drop && 'id' in drop && drop.id === id ? `drop-${drop.position}` : '';

  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', id);
    if (row.current) event.dataTransfer.setDragImage(row.current, 16, 16);
    setDrag({ id, kind });
  };
  const onDragOver = (event: DragEvent) => {
    if (!accepts()) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'move';
    const position = positionOf(event);
    if (!drop || !('id' in drop) || drop.id !== id || drop.position !== position) setDrop({ id, position });
  };
  const onDrop = (event: DragEvent) => {
    if (!accepts()) return;
    event.preventDefault();
    event.stopPropagation();
    finishDrop({ id, position: positionOf(event) });
  };

  return (
    <li className={`edit-node edit-${kind} ${className ?? ''} ${dropLine}`} data-node-id={id}>
      <div role="group" aria-label={name}>
        <div ref={row} className="edit-row" onDragOver={onDragOver} onDrop={onDrop}>
          <span
            className="drag-handle"
            draggable
            title={t('topicLists.dragHint')}
            aria-hidden="true"
            data-testid={`drag-${id}`}
            onDragStart={onDragStart}
            onDragEnd={() => {
              setDrag(undefined);
              setDrop(undefined);
            }}
          >
            ⠿
          </span>
          <div className="edit-fields">{fields}</div>
          <div className="edit-actions">{actions}</div>
        </div>
        {children}
      </div>
    </li>
  );
}

/** Where a dragged child lands in a parent that has none yet. */
export function EmptyDropZone({ parentId, childKind, text }: { parentId: string; childKind: NodeKind; text: string }) {
  const { t } = useTranslation();
  const { drag, dragging, drop, setDrop, finishDrop } = useEditorContext();
  const accepts = drag?.kind === childKind;
  const acceptsNow = () => dragging()?.kind === childKind;
  const active = drop && 'parentId' in drop && drop.parentId === parentId;
  return (
    <p
      className={`edit-empty ${accepts ? 'drop-zone' : ''} ${active ? 'drop-active' : ''}`}
      onDragOver={(event) => {
        if (!acceptsNow()) return;
        event.preventDefault();
        event.stopPropagation();
        if (!active) setDrop({ parentId, position: 'end' });
      }}
      onDrop={(event) => {
        if (!acceptsNow()) return;
        event.preventDefault();
        event.stopPropagation();
        finishDrop({ parentId, position: 'end' });
      }}
    >
      {accepts ? t('topicLists.dropHere') : text}
    </p>
  );
}

interface ActionProps {
  label: string;
  symbol: string;
  disabled?: boolean;
  focusKey?: string;
  onClick: () => void;
  className?: string;
}

/** A small button whose symbol is explained by its accessible name and tooltip. */
export function Action({ label, symbol, disabled, focusKey, onClick, className }: ActionProps) {
  return (
    <button
      type="button"
      className={`edit-action ${className ?? ''}`}
      aria-label={label}
      title={label}
      disabled={disabled}
      data-focus-key={focusKey}
      onClick={onClick}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
}
