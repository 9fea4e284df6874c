import { describe, expect, it } from 'vitest';
import { codeMemoOf, setNodeMemo, withCodeMemo } from '../../shared/design/code-tree-edit';
import type { CodeTree } from '../../shared/study/schema';

const tree = (id: string, memo?: string): CodeTree => ({
  id,
  title: id,
  nodes: [
    {
      id: `${id}:leren`,
      name: 'Leren',
      children: [{ id: `${id}:klimaat`, name: 'Leerklimaat', ...(memo ? { memo } : {}), children: [] }],
    },
  ],
});

describe("a code's memo, edited after the code was made", () => {
  it('is set at any depth, trimmed, and removed when blank', () => {
    const withMemo = setNodeMemo(tree('a'), 'a:klimaat', '  Hoe veilig het voelt om te leren. ');
    expect(codeMemoOf([withMemo], 'a:klimaat')).toEqual({ memo: 'Hoe veilig het voelt om te leren.' });
    const removed = setNodeMemo(withMemo, 'a:klimaat', '   ');
    expect(removed.nodes[0]!.children[0]).not.toHaveProperty('memo');
    expect(codeMemoOf([removed], 'a:klimaat')).toEqual({ memo: '' });
  });

  it('changes only the tree that holds the code, and knows a code no tree has', () => {
    const trees = [tree('a', 'oud'), tree('b', 'blijft')];
    const next = withCodeMemo(trees, 'a:klimaat', 'nieuw');
    expect(codeMemoOf(next, 'a:klimaat')).toEqual({ memo: 'nieuw' });
    expect(codeMemoOf(next, 'b:klimaat')).toEqual({ memo: 'blijft' });
    expect(next[1]).toBe(trees[1]);
    expect(codeMemoOf(next, 'auto:speaker:respondent')).toBeUndefined();
  });
});
