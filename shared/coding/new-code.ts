/**
 * A code made while coding: it joins the study's first code tree at the top level (the
 * researcher can move it in the code tree editor), or a new tree when the study has none.
 * A name the tree already has (ignoring case, accents and spacing) gives back that code instead
 * of a twin.
 */
import type { CodeNode, Study } from '../study/schema';
import { flattenCodes } from './matrix';
import { foldForSearch } from './pick';

export function withNewCode(
  study: Study,
  name: string,
  ids: { code: string; tree: string },
  treeTitle: string,
): { study: Study; codeId: string; added: boolean } {
  const clean = name.trim().replace(/\s+/g, ' ');
  const existing = study.codeTrees
    .flatMap((tree) => flattenCodes(tree.nodes))
    .find((c) => foldForSearch(c.name) === foldForSearch(clean));
  if (existing) return { study, codeId: existing.id, added: false };
  const node: CodeNode = { id: ids.code, name: clean, children: [] };
  const [first, ...rest] = study.codeTrees;
  const codeTrees = first
    ? [{ ...first, nodes: [...first.nodes, node] }, ...rest]
    : [{ id: ids.tree, title: treeTitle, nodes: [node] }];
  return { study: { ...study, codeTrees }, codeId: node.id, added: true };
}
