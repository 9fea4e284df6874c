/**
 * Every edit of a study design is saved through here: checked, versioned, and any
 * refusal shown. Shared, because codes made while coding an interview join the design too.
 */
import { i18n } from '../../i18n';
import type { Study } from '../../../shared/study/schema';
import { guarded } from '../notices/notices';
import { database } from '../../data/instance';
import { saveStudy } from '../../data/studies';

export function saveDesign(study: Study): Promise<boolean> {
  return guarded(() => saveStudy(database(), study), i18n.t('studyDesign.saveFailed'));
}
