/** Saving a study design; saveDesign itself lives in ui/ because coding an interview adds codes too. */
import { i18n } from '../../i18n';
import type { Study } from '../../../shared/study/schema';
import { useActiveStudy } from '../../ui/active-study';
import { guarded } from '../../ui/notices/notices';
import { database } from '../../data/instance';
import { saveStudy, setActiveStudy } from '../../data/studies';

export { saveDesign } from '../../ui/design/save-design';

/** Saves a study that is new in this database and opens it. */
export async function addAndOpenStudy(study: Study): Promise<boolean> {
  const db = database();
  const saved = await guarded(async () => {
    await saveStudy(db, study);
    await setActiveStudy(db, study.id);
  }, i18n.t('studyDesign.saveFailed'));
  if (saved) useActiveStudy.setState({ studyId: study.id });
  return saved;
}
