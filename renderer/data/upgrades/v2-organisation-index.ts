/** v1 → v2: organisation names trimmed and single-spaced, for the [studyId+organisation] index. */
import type { Transaction } from 'dexie';
import { normaliseOrganisation } from '../../../shared/respondents/organisation';

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('respondents')
    .toCollection()
    .modify((respondent: { organisation?: unknown }) => {
      respondent.organisation =
        typeof respondent.organisation === 'string' ? normaliseOrganisation(respondent.organisation) : '';
    });
}
