/** Changes to a code tree, as pure functions over its nodes (ids never reused within a tree). */
import type { CodeNode, CodeTree } from '../study/schema';

function allIds(nodes: readonly CodeNode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...allIds(n.children)]);
}

export function freshNodeId(tree: CodeTree): string {
  const taken = new Set(allIds(tree.nodes));
  let n = taken.size + 1;
  while (taken.has(`${tree.id}:c${n}`)) n++;
  return `${tree.id}:c${n}`;
}

function mapNodes(nodes: readonly CodeNode[], change: (node: CodeNode) => CodeNode | null): CodeNode[] {
  return nodes.flatMap((node) => {
    const changed = change({ ...node, children: mapNodes(node.children, change) });
    return changed ? [changed] : [];
  });
}

/** Adds a node under `parentId`, or at the top when parentId is undefined. */
export function addNode(tree: CodeTree, parentId: string | undefined, name: string): CodeTree {
  const node: CodeNode = { id: freshNodeId(tree), name, children: [] };
  if (!parentId) return { ...tree, nodes: [...tree.nodes, node] };
  return {
    ...tree,
    nodes: mapNodes(tree.nodes, (n) => (n.id === parentId ? { ...n, children: [...n.children, node] } : n)),
  };
}

export function renameNode(tree: CodeTree, id: string, name: string): CodeTree {
  return { ...tree, nodes: mapNodes(tree.nodes, (n) => (n.id === id ? { ...n, name } : n)) };
}

/** Removes the node with everything under it. */
export function removeNode(tree: CodeTree, id: string): CodeTree {
  return { ...tree, nodes: mapNodes(tree.nodes, (n) => (n.id === id ? null : n)) };
}

/** Sets what a code means (its memo); blank text removes the memo. */
export function setNodeMemo(tree: CodeTree, id: string, memo: string): CodeTree {
  const text = memo.trim();
  return {
    ...tree,
    nodes: mapNodes(tree.nodes, (n) => {
      if (n.id !== id) return n;
      const { memo: _old, ...rest } = n;
      return text ? { ...rest, memo: text } : rest;
    }),
  };
}

/** The code's memo wherever it is in the study's trees; undefined when no tree has the code. */
export function codeMemoOf(trees: readonly CodeTree[], id: string): { memo: string } | undefined {
  const find = (nodes: readonly CodeNode[]): CodeNode | undefined => {
    for (const node of nodes) {
      if (node.id === id) return node;
      const below = find(node.children);
      if (below) return below;
    }
    return undefined;
  };
  for (const tree of trees) {
    const node = find(tree.nodes);
    if (node) return { memo: node.memo ?? '' };
  }
  return undefined;
}

/** The trees with the code's memo set (or removed), in whichever tree holds it. */
export function withCodeMemo<T extends CodeTree>(trees: readonly T[], id: string, memo: string): T[] {
  return trees.map((tree) => (codeMemoOf([tree], id) ? { ...tree, ...setNodeMemo(tree, id, memo) } : tree));
}
