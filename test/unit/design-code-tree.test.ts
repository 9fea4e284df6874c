/** Editing a code tree: codes are added where asked, renamed in place, removed with what is under them. */
import { describe, expect, it } from 'vitest';
import { addNode, removeNode, renameNode } from '../../shared/design/code-tree-edit';
import { exampleStudy } from '../../shared/example/study';
import { codeTreeSchema, type CodeNode } from '../../shared/study/schema';

const names = (nodes: CodeNode[]): string[] => nodes.flatMap((n) => [n.name, ...names(n.children)]);
const ids = (nodes: CodeNode[]): string[] => nodes.flatMap((n) => [n.id, ...ids(n.children)]);

describe('code tree editing', () => {
  const tree = exampleStudy.codeTrees[2]!;
  const overig = tree.nodes.find((n) => n.name === 'Overig')!;

  it('adds a code at the top and under a code, each with an id of its own', () => {
    const added = addNode(addNode(tree, undefined, 'Digitalisering'), overig.id, 'Werkdruk');
    expect(added.nodes.at(-1)!.name).toBe('Digitalisering');
    expect(added.nodes.find((n) => n.id === overig.id)!.children.map((c) => c.name)).toContain('Werkdruk');
    const all = ids(added.nodes);
    expect(new Set(all).size).toBe(all.length);
    expect(codeTreeSchema.safeParse(added).success).toBe(true);
  });

  it('renames in place and removes a code with its subcodes, leaving the rest', () => {
    const renamed = renameNode(tree, overig.children[0]!.id, 'Teambeschrijving');
    expect(names(renamed.nodes)).toContain('Teambeschrijving');
    const removed = removeNode(tree, overig.id);
    expect(names(removed.nodes)).not.toContain('Quotes');
    expect(removed.nodes.length).toBe(tree.nodes.length - 1);
    expect(tree.nodes.find((n) => n.id === overig.id)).toBeDefined();
  });
});
