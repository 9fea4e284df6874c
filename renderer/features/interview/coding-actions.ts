/**
 * Applying and removing codes in a held interview. A code typed in the picker that the
 * study does not have yet is added to its code tree first, through the design's save
 * path, so the design version moves on like any other design edit.
 */
import i18next from 'i18next';
import { withNewCode } from '../../../shared/coding/new-code';
import type { Coding } from '../../../shared/coding/schema';
import type { Study } from '../../../shared/study/schema';
import { deleteCoding, saveCoding } from '../../data/codings';
import { database } from '../../data/instance';
import { newId } from '../../lib/ids';
import { saveDesign } from '../../ui/design/save-design';
import { guarded, reportInfo } from '../../ui/notices/notices';
import type { CodingTarget } from './use-interview-keys';

export type CodeChoice = { kind: 'existing'; codeId: string } | { kind: 'new'; name: string };

/** The code's id, after adding a new one to the study's code tree; undefined when that failed. */
async function codeIdOf(study: Study, choice: CodeChoice): Promise<string | undefined> {
  if (choice.kind === 'existing') return choice.codeId;
  const made = withNewCode(study, choice.name, { code: newId(), tree: newId() }, i18next.t('coding.newTree'));
  if (!made.added) return made.codeId;
  if (!(await saveDesign(made.study))) return undefined;
  reportInfo(i18next.t('coding.added', { name: choice.name.trim() }));
  return made.codeId;
}

export async function applyCode(
  study: Study,
  interviewId: string,
  target: CodingTarget,
  choice: CodeChoice,
  memo: string,
): Promise<boolean> {
  const codeId = await codeIdOf(study, choice);
  if (!codeId) return false;
  const now = Date.now();
  const coding: Coding = {
    id: newId(),
    studyId: study.id,
    interviewId,
    turnId: target.turnId,
    codeId,
    span: target.end > target.start ? { kind: 'text', start: target.start, end: target.end } : { kind: 'turn' },
    createdAt: now,
    updatedAt: now,
  };
  if (memo.trim()) coding.memo = memo.trim();
  return guarded(() => saveCoding(database(), coding), i18next.t('coding.saveFailed'));
}

export function removeCoding(id: string): Promise<boolean> {
  return guarded(() => deleteCoding(database(), id), i18next.t('coding.saveFailed'));
}
