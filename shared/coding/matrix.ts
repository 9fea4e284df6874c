/**
 * The code matrix of a study: how often each code was applied, per municipality or per
 * respondent type (both attributes of the interview's respondent). A count is the
 * number of codings (coded passages), as a QDA matrix counts references.
 */
import { normaliseOrganisation } from '../respondents/organisation';
import type { CodeNode } from '../study/schema';

export type MatrixDimension = 'municipality' | 'respondentType';

/** What the matrix needs to know of an interview's respondent. */
export interface MatrixRespondent {
  typeId: string;
  organisation: string;
}

export interface MatrixColumn {
  key: string;
  label: string;
}

/** A coding as the matrix counts it: which code, in which interview; `count` of them at once (default 1). */
export interface CountedCoding {
  codeId: string;
  interviewId: string;
  count?: number;
}

/** The column a respondent falls in; an empty municipality is its own column (""). */
export function columnKey(dimension: MatrixDimension, respondent: MatrixRespondent): string {
  return dimension === 'respondentType' ? respondent.typeId : normaliseOrganisation(respondent.organisation);
}

/**
 * The columns of a dimension: respondent types in the study's order, municipalities in
 * alphabetical order (as a reader looks them up), each only when a respondent has it.
 */
export function matrixColumns(
  dimension: MatrixDimension,
  respondents: readonly MatrixRespondent[],
  types: readonly { id: string; name: string }[],
  locale = 'nl',
): MatrixColumn[] {
  const present = new Set(respondents.map((r) => columnKey(dimension, r)));
  if (dimension === 'respondentType') {
    const known = types.filter((type) => present.has(type.id)).map((type) => ({ key: type.id, label: type.name }));
    const unknown = [...present].filter((key) => !types.some((type) => type.id === key));
    return [...known, ...unknown.map((key) => ({ key, label: key }))];
  }
  return [...present].sort((a, b) => a.localeCompare(b, locale)).map((key) => ({ key, label: key }));
}

/** Code id → column key → number of codings. Codings of an interview without respondent are not counted. */
export function codeMatrix(
  dimension: MatrixDimension,
  codings: readonly CountedCoding[],
  respondentOfInterview: ReadonlyMap<string, MatrixRespondent>,
): Map<string, Map<string, number>> {
  const matrix = new Map<string, Map<string, number>>();
  // Once per interview, not per coding: a study's automatic codes are thousands of counts.
  const keyOf = new Map<string, string | null>();
  for (const coding of codings) {
    let key = keyOf.get(coding.interviewId);
    if (key === undefined) {
      const respondent = respondentOfInterview.get(coding.interviewId);
      key = respondent ? columnKey(dimension, respondent) : null;
      keyOf.set(coding.interviewId, key);
    }
    if (key === null) continue;
    const row = matrix.get(coding.codeId) ?? new Map<string, number>();
    row.set(key, (row.get(key) ?? 0) + (coding.count ?? 1));
    matrix.set(coding.codeId, row);
  }
  return matrix;
}

/** A code tree's nodes in reading order, each with its depth, for rows of a table or a picker. */
export interface FlatCode {
  id: string;
  name: string;
  depth: number;
  /** The names from the root down to this code, "Leren > Leerklimaat". */
  path: string[];
  memo?: string;
}

export function flattenCodes(nodes: readonly CodeNode[], parents: string[] = []): FlatCode[] {
  return nodes.flatMap((node) => {
    const path = [...parents, node.name];
    const own: FlatCode = { id: node.id, name: node.name, depth: parents.length, path };
    if (node.memo) own.memo = node.memo;
    return [own, ...flattenCodes(node.children, path)];
  });
}
