/** Every edit of a study design is saved through here: checked, versioned, and any refusal shown. */
import i18next from 'i18next';
import type { Study } from '../../../shared/study/schema';
import { useActiveStudy } from '../../ui/active-study';
import { guarded } from '../../ui/notices/notices';
import { database } from '../../data/instance';
import { saveStudy, setActiveStudy } from '../../data/studies';

export function saveDesign(study: Study): Promise<boolean> {
  return guarded(() => saveStudy(database(), study), i18next.t('design.saveFailed'));
}

/** Saves a study that is new in this database and opens it. */
export async function addAndOpenStudy(study: Study): Promise<boolean> {
  const db = database();
  const saved = await guarded(async () => {
    await saveStudy(db, study);
    await setActiveStudy(db, study.id);
  }, i18next.t('design.saveFailed'));
  if (saved) useActiveStudy.setState({ studyId: study.id });
  return saved;
}
