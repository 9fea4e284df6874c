/**
 * A study as one JSON file: what "Studie exporteren" writes and "Studie importeren"
 * reads. Reading never throws for bad input: it returns every problem with the place
 * it was found, so the UI can show them and change nothing.
 */
import { z } from 'zod';
import { STUDY_FORMAT_VERSION, studySchema, type Study } from './schema';
import { checkStudyIntegrity, type StudyIssue } from './integrity';
import { bounded, jsonLimitBreach } from './json-limits';

export const STUDY_FILE_KIND = 'veldwerk-study';

/**
 * A study design is a few hundred KB at most; 20 MB leaves room for a hundred topic lists
 * and questionnaires. Deeper than 64 levels no design nests (a study is about 10).
 */
export const STUDY_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const STUDY_FILE_MAX_DEPTH = 64;

export interface StudyFile {
  kind: typeof STUDY_FILE_KIND;
  formatVersion: number;
  exportedAt: string;
  study: Study;
}

export type StudyFileResult =
  | { ok: true; study: Study }
  | {
      ok: false;
      reason: 'notJson' | 'notAStudy' | 'newerVersion' | 'invalid' | 'tooLarge' | 'tooDeep';
      issues: StudyIssue[];
    };

/**
 * The file holds the design only. The identifier list is left out: it names the real
 * people, places and organisations of this researcher's fieldwork, and a design file is
 * made to be handed to colleagues.
 */
export function serialiseStudy(study: Study, exportedAt: Date): string {
  const { identifiers: _fieldworkNames, ...design } = study;
  const file: StudyFile = {
    kind: STUDY_FILE_KIND,
    formatVersion: STUDY_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    study: design,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

const envelope = z.object({ kind: z.literal(STUDY_FILE_KIND), formatVersion: z.number().int(), study: z.unknown() });

function boundedIssues(issues: StudyIssue[]): StudyIssue[] {
  return issues.map((issue) => ({ path: bounded(issue.path, 200), message: bounded(issue.message) }));
}

/** Never throws: every failure, however hostile the text, comes back as a reason. */
export function parseStudyFile(text: string): StudyFileResult {
  const breach = jsonLimitBreach(text, { maxCharacters: STUDY_FILE_MAX_BYTES, maxDepth: STUDY_FILE_MAX_DEPTH });
  if (breach?.kind === 'tooLarge') {
    const mb = Math.ceil(breach.characters / (1024 * 1024));
    return {
      ok: false,
      reason: 'tooLarge',
      issues: [{ path: '', message: `${mb} MB, at most ${STUDY_FILE_MAX_BYTES / (1024 * 1024)} MB` }],
    };
  }
  if (breach?.kind === 'tooDeep') {
    return {
      ok: false,
      reason: 'tooDeep',
      issues: [{ path: '', message: `nesting deeper than ${STUDY_FILE_MAX_DEPTH} levels` }],
    };
  }
  try {
    const result = parseCheckedStudyFile(text);
    return result.ok ? result : { ...result, issues: boundedIssues(result.issues) };
  } catch (error) {
    // Within the limits above nothing should throw; if something still does, the file
    // is refused with what went wrong rather than an exception the screen never shows.
    return {
      ok: false,
      reason: 'invalid',
      issues: [{ path: '', message: bounded(String((error as Error)?.message ?? error)) }],
    };
  }
}

function parseCheckedStudyFile(text: string): StudyFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: 'notJson', issues: [{ path: '', message: (error as Error).message }] };
  }
  const outer = envelope.safeParse(data);
  if (!outer.success) {
    return { ok: false, reason: 'notAStudy', issues: [{ path: 'kind', message: `verwacht "${STUDY_FILE_KIND}"` }] };
  }
  if (outer.data.formatVersion > STUDY_FORMAT_VERSION) {
    return {
      ok: false,
      reason: 'newerVersion',
      issues: [
        {
          path: 'formatVersion',
          message: `versie ${outer.data.formatVersion}, deze app leest t/m ${STUDY_FORMAT_VERSION}`,
        },
      ],
    };
  }
  const parsed = studySchema.safeParse(outer.data.study);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid',
      issues: parsed.error.issues.map((issue) => ({ path: pathOf(['study', ...issue.path]), message: issue.message })),
    };
  }
  const problems = checkStudyIntegrity(parsed.data);
  if (problems.length > 0) {
    return { ok: false, reason: 'invalid', issues: problems.map((p) => ({ ...p, path: `study.${p.path}` })) };
  }
  return { ok: true, study: parsed.data };
}
