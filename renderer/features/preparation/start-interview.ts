/** Starting an interview from a preparation: the prepared guide is kept as it is now. */
import { i18n } from '../../i18n';
import type { GuideSnapshot } from '../../../shared/interview/interview';
import { newInterview } from '../../../shared/interview/start';
import { database } from '../../data/instance';
import { createInterview } from '../../data/interviews';
import { newId } from '../../lib/ids';
import { guarded } from '../../ui/notices/notices';

export async function startInterview(
  studyId: string,
  respondentId: string,
  guide: GuideSnapshot,
): Promise<string | undefined> {
  const interview = newInterview({ id: newId(), studyId, respondentId }, guide, Date.now());
  const created = await guarded(() => createInterview(database(), interview), i18n.t('errors.saveFailed'));
  return created ? interview.id : undefined;
}
