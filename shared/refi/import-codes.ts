/**
 * Codes from another tool (or from Veldwerk): the code tree of a .qdc codebook or of a
 * .qdpx project, as a code tree of the open study. Codes keep their names, hierarchy and
 * descriptions (as code memos); ids come from the GUIDs, so importing the same codebook
 * twice extends a tree instead of doubling it. A code Veldwerk exported comes back with
 * its own id, so existing codings keep pointing at it.
 */
import { strFromU8 } from 'fflate';
import { isAutomaticCode } from '../coding/automatic';
import type { CodeNode, CodeTree, Study } from '../study/schema';
import { slug } from '../study/slug';
import { studyGuid } from './guid';
import { codeGuid } from './project';
import { readQdpx } from './qdpx';
import { childNamed, childrenNamed, parseXml, XmlError, type XmlElement } from './xml';

export interface ImportedCode {
  guid: string;
  name: string;
  description?: string;
  children: ImportedCode[];
}

export class CodebookError extends Error {
  constructor(readonly code: 'not-xml' | 'no-codes') {
    super(code === 'not-xml' ? 'the file is not XML' : 'the file holds no REFI-QDA codes');
    this.name = 'CodebookError';
  }
}

function readCode(node: XmlElement): ImportedCode {
  const description = childNamed(node, 'Description')?.text.trim();
  return {
    guid: (node.attributes.guid ?? '').replace(/[{}]/g, '').toUpperCase(),
    name: (node.attributes.name ?? '').trim() || '?',
    ...(description ? { description } : {}),
    children: childrenNamed(node, 'Code').map(readCode),
  };
}

/** The top-level codes of a project.qde (<Project><CodeBook><Codes>) or a .qdc (<CodeBook><Codes>). */
export function codesOfXml(xml: string): ImportedCode[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlError) throw new CodebookError('not-xml');
    throw error;
  }
  const book = root.name === 'CodeBook' ? root : childNamed(root, 'CodeBook');
  const codes = childrenNamed(childNamed(book, 'Codes'), 'Code').map(readCode);
  if (codes.length === 0) throw new CodebookError('no-codes');
  return codes;
}

/**
 * Codes as a code tree. `knownIds` maps a GUID back to a code id Veldwerk gave it
 * (its own export); other codes get an id from their GUID. Veldwerk's automatic codes
 * are left out: they are derived, never part of a design.
 */
export function codeTreeOf(
  codes: readonly ImportedCode[],
  tree: { id: string; title: string; source?: string },
  knownIds: ReadonlyMap<string, string> = new Map(),
): CodeTree {
  const toNode = (code: ImportedCode): CodeNode => ({
    id: knownIds.get(code.guid) ?? `refi-${code.guid.toLowerCase()}`,
    name: code.name,
    ...(code.description ? { memo: code.description } : {}),
    children: code.children.map(toNode).filter((node) => !isAutomaticCode(node.id)),
  });
  return { ...tree, nodes: codes.map(toNode).filter((node) => !isAutomaticCode(node.id)) };
}

/** Adds the nodes the tree lacks (by id, at any depth), keeping what the tree already has. */
function mergeNodes(into: readonly CodeNode[], from: readonly CodeNode[]): CodeNode[] {
  const merged = into.map((node) => {
    const same = from.find((other) => other.id === node.id);
    return same ? { ...node, memo: node.memo ?? same.memo, children: mergeNodes(node.children, same.children) } : node;
  });
  const have = new Set(into.map((node) => node.id));
  return [...merged, ...from.filter((node) => !have.has(node.id))];
}

/** The study with the imported tree added, or merged into the tree of the same id. */
export function withImportedTree(study: Study, tree: CodeTree): Study {
  const existing = study.codeTrees.find((t) => t.id === tree.id);
  const codeTrees = existing
    ? study.codeTrees.map((t) => (t.id === tree.id ? { ...t, nodes: mergeNodes(t.nodes, tree.nodes) } : t))
    : [...study.codeTrees, tree];
  return { ...study, codeTrees };
}

/** Every code of a tree, its GUID as Veldwerk exports it mapped to its id. */
function knownCodeIds(studyId: string, nodes: readonly CodeNode[], into = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    into.set(codeGuid(studyId, node.id), node.id);
    knownCodeIds(studyId, node.children, into);
  }
  return into;
}

const countCodes = (nodes: readonly CodeNode[]): number =>
  nodes.reduce((sum, node) => sum + 1 + countCodes(node.children), 0);

export interface CodebookImport {
  study: Study;
  /** The trees made or extended, with how many codes each has now. */
  trees: { title: string; count: number; added: boolean }[];
}

/**
 * Imported codes into the study: a top-level code that is one of the study's own code
 * trees (a codebook Veldwerk exported from it) extends that tree; the other codes form
 * one tree named after the file, which a second import of the same file extends.
 */
export function importCodes(study: Study, codes: readonly ImportedCode[], name: string): CodebookImport {
  const treeOfGuid = new Map(study.codeTrees.map((tree) => [studyGuid(study.id, `codetree:${tree.id}`), tree]));
  let next = study;
  const touched = new Map<string, boolean>();
  const merge = (tree: CodeTree) => {
    touched.set(tree.id, touched.get(tree.id) ?? !next.codeTrees.some((t) => t.id === tree.id));
    next = withImportedTree(next, tree);
  };
  const rest: ImportedCode[] = [];
  for (const code of codes) {
    const own = treeOfGuid.get(code.guid);
    if (own) merge(codeTreeOf(code.children, own, knownCodeIds(study.id, own.nodes)));
    else rest.push(code);
  }
  if (rest.length > 0) {
    const title = name.trim() || 'REFI-QDA';
    const id = `refi-${slug(title) || 'codes'}`;
    const existing = next.codeTrees.find((t) => t.id === id);
    merge(codeTreeOf(rest, { id, title }, knownCodeIds(study.id, existing?.nodes ?? [])));
  }
  return {
    study: next,
    trees: [...touched].map(([id, added]) => {
      const tree = next.codeTrees.find((t) => t.id === id)!;
      return { title: tree.title, count: countCodes(tree.nodes), added };
    }),
  };
}

/** The codes of a .qdc or .qdpx file and the name its tree gets (the project's, or the file's). */
export function codesOfFile(bytes: Uint8Array, fileName: string): { codes: ImportedCode[]; name: string } {
  const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const xml = zipped ? readQdpx(bytes).xml : strFromU8(bytes);
  const codes = codesOfXml(xml);
  const base = fileName.replace(/^.*[/\\]/, '').replace(/\.(qdc|qdpx|qde|xml)$/i, '');
  let name = base;
  if (zipped) {
    try {
      name = parseXml(xml).attributes.name?.trim() || base;
    } catch {
      // codesOfXml read it already; a name is not worth refusing the file for.
    }
  }
  return { codes, name };
}
