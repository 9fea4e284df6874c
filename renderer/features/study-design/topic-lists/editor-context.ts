/** What every node of the topic-list editor needs: the editor, the study's roles, drag state and focus. */
import { createContext, useContext } from 'react';
import type { DropPlace } from '../../../../shared/design/topic-list-drop';
import type { NodeKind, TopicListEdit } from '../../../../shared/design/topic-list-edits';
import type { TopicListEditor } from './use-topic-list-editor';

export interface DragState {
  id: string;
  kind: NodeKind;
}

export interface EditorContextValue {
  editor: TopicListEditor;
  /** Applies an edit and afterwards puts focus on `focusKey` (or the fallback when that is gone or disabled). */
  act: (edit: TopicListEdit, focus?: { key: string; fallback?: string }) => boolean;
  /** Roles of the study's respondent types, offered for variants. */
  roles: string[];
  /** A fresh random token for new ids. */
  token: () => string;
  /** What is being dragged, for drawing; `dragging()` answers at once, before React has re-rendered. */
  drag: DragState | undefined;
  dragging: () => DragState | undefined;
  setDrag: (drag: DragState | undefined) => void;
  drop: DropPlace | undefined;
  setDrop: (drop: DropPlace | undefined) => void;
  finishDrop: (place: DropPlace) => void;
}

export const EditorContext = createContext<EditorContextValue | undefined>(undefined);

export function useEditorContext(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('topic-list editor nodes must be inside the editor');
  return value;
}

/** The element to focus after an edit: node id and which control, e.g. "tl-x:q-1:text". */
export function focusKey(nodeId: string, control: string): string {
  return `${nodeId}::${control}`;
}
