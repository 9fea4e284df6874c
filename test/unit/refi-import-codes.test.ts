/** Codebooks in: the ATLAS.ti 23 sample, Veldwerk's own .qdc and .qdpx, and files that are no codebook. */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { codebookXml } from '../../shared/refi/qdpx';
import { CodebookError, codesOfFile, importCodes } from '../../shared/refi/import-codes';
import { QdpxError } from '../../shared/refi/qdpx';
import { studySchema, type CodeNode, type Study } from '../../shared/study/schema';

const atlas = new Uint8Array(readFileSync(new URL('../fixtures/refi-qda/atlas-ti-23-sample.qdpx', import.meta.url)));
const names = (nodes: readonly CodeNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.name, names(n.children)] : n.name));
const emptyTrees: Study = { ...exampleStudy, id: 'leeg', codeTrees: [] };

describe('importing a codebook', () => {
  it('reads the ATLAS.ti 23 sample as a code tree named after its project', () => {
    const { codes, name } = codesOfFile(atlas, 'atlas-ti-23-sample.qdpx');
    expect(name).toBe('target-atlas-project');
    const { study, trees } = importCodes(emptyTrees, codes, name);
    expect(trees).toEqual([{ title: 'target-atlas-project', count: 3, added: true }]);
    expect(names(study.codeTrees[0]!.nodes)).toEqual([
      ['Commits', ['2022-05-10T02:05:59Z 19e4dce', '2022-02-11T10:39:25Z cdbfd92']],
    ]);
    expect(studySchema.safeParse(study).success).toBe(true);
  });

  it('extends the tree when the same file comes again, without doubling a code', () => {
    const { codes, name } = codesOfFile(atlas, 'x.qdpx');
    const once = importCodes(emptyTrees, codes, name).study;
    const twice = importCodes(once, codes, name);
    expect(twice.study.codeTrees).toEqual(once.codeTrees);
    expect(twice.trees[0]!.added).toBe(false);
  });

  it('takes Veldwerk’s own codebook back into the trees it came from, memos included', () => {
    const withMemo: Study = {
      ...exampleStudy,
      codeTrees: exampleStudy.codeTrees.map((t, i) =>
        i === 0 ? { ...t, nodes: [{ ...t.nodes[0]!, memo: 'Wat het is' }, ...t.nodes.slice(1)] } : t,
      ),
    };
    const { codes, name } = codesOfFile(strToU8(codebookXml(withMemo)), 'codeboek.qdc');
    // Into a study without those trees: new trees, same shape and names.
    const fresh = importCodes({ ...withMemo, codeTrees: [] }, codes, name).study;
    expect(fresh.codeTrees).toHaveLength(1);
    expect(fresh.codeTrees[0]!.nodes.map((n) => n.name)).toEqual(withMemo.codeTrees.map((t) => t.title));
    // Into the study it came from, with one code removed: that code comes back, nothing doubles.
    const first = withMemo.codeTrees[0]!;
    const trimmed: Study = {
      ...withMemo,
      codeTrees: [{ ...first, nodes: first.nodes.slice(1) }, ...withMemo.codeTrees.slice(1)],
    };
    const back = importCodes(trimmed, codes, name).study;
    expect(back.codeTrees.map((t) => t.id)).toEqual(withMemo.codeTrees.map((t) => t.id));
    const restored = back.codeTrees[0]!.nodes.find((n) => n.name === first.nodes[0]!.name)!;
    expect(restored.memo).toBe('Wat het is');
    expect(names(back.codeTrees[0]!.nodes).sort()).toEqual(names(first.nodes).sort());
    // The codes that stayed keep their ids, so codings of them still point at them.
    expect(back.codeTrees[0]!.nodes.filter((n) => first.nodes.slice(1).some((f) => f.id === n.id))).toHaveLength(
      first.nodes.length - 1,
    );
  });

  it('refuses what is no codebook with the reason', () => {
    expect(() => codesOfFile(strToU8('niet <xml'), 'x.qdc')).toThrow(CodebookError);
    expect(() => codesOfFile(strToU8('<CodeBook><Codes/></CodeBook>'), 'x.qdc')).toThrow(/no REFI-QDA codes/);
    expect(() => codesOfFile(zipSync({ 'a.txt': strToU8('x') }), 'x.qdpx')).toThrow(QdpxError);
  });
});
