/**
 * Applying and removing codes in a held interview. A code typed in the picker that the
 * study does not have yet is added to its code tree first, through the design's save
 * path, so the design version moves on like any other design edit.
 */
import { i18n } from '../../i18n';
import { withNewCode } from '../../../shared/coding/new-code';
import { codeMemoOf, withCodeMemo } from '../../../shared/design/code-tree-edit';
import type { Coding } from '../../../shared/coding/schema';
import type { Study } from '../../../shared/study/schema';
import { deleteCoding, saveCoding, saveCodings } from '../../data/codings';
import { database } from '../../data/instance';
import { newId } from '../../lib/ids';
import { saveDesign } from '../../ui/design/save-design';
import { guarded, reportInfo } from '../../ui/notices/notices';
import type { CodingTarget } from './use-interview-keys';

export type CodeChoice = { kind: 'existing'; codeId: string } | { kind: 'new'; name: string };

/** The code's id, after adding a new one to the study's code tree; undefined when that failed. */
async function codeIdOf(study: Study, choice: CodeChoice): Promise<string | undefined> {
  if (choice.kind === 'existing') return choice.codeId;
  const made = withNewCode(study, choice.name, { code: newId(), tree: newId() }, i18n.t('coding.newTree'));
  if (!made.added) return made.codeId;
  if (!(await saveDesign(made.study))) return undefined;
  reportInfo(i18n.t('coding.added', { name: choice.name.trim() }));
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
  const coding = (turnId: string, span: Coding['span']): Coding => ({
    id: newId(),
    studyId: study.id,
    interviewId,
    turnId,
    codeId,
    span,
    createdAt: now,
    updatedAt: now,
    ...(memo.trim() ? { memo: memo.trim() } : {}),
  });
  const codings = target.turnIds
    ? target.turnIds.map((turnId) => coding(turnId, { kind: 'turn' }))
    : [
        coding(
          target.turnId,
          target.end > target.start ? { kind: 'text', start: target.start, end: target.end } : { kind: 'turn' },
        ),
      ];
  return guarded(() => saveCodings(database(), codings), i18n.t('coding.saveFailed'));
}

export function removeCoding(id: string): Promise<boolean> {
  return guarded(() => deleteCoding(database(), id), i18n.t('coding.saveFailed'));
}

/**
 * A coding's memo and its code's memo, as edited beside the turn; blank text removes a
 * memo. The code's memo is part of the study design, so it is saved through the
 * design's save path (the design version moves on); nothing is written when unchanged.
 */
export async function saveMemos(
  study: Study,
  coding: Coding,
  codingMemo: string,
  codeMemo: string | undefined,
): Promise<boolean> {
  const text = codingMemo.trim();
  if (text !== (coding.memo ?? '')) {
    const { memo: _old, ...rest } = coding;
    const next: Coding = { ...rest, ...(text ? { memo: text } : {}), updatedAt: Date.now() };
    if (!(await guarded(() => saveCoding(database(), next), i18n.t('coding.saveFailed')))) return false;
  }
  const current = codeMemoOf(study.codeTrees, coding.codeId);
  if (codeMemo === undefined || !current || current.memo === codeMemo.trim()) return true;
  return saveDesign({ ...study, codeTrees: withCodeMemo(study.codeTrees, coding.codeId, codeMemo) });
}
