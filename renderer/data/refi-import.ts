/**
 * A REFI-QDA project read back (shared/refi/import-project.ts) stored as a new study: every
 * record checked against its schema first, then everything written in one transaction, so
 * a failure leaves nothing half-imported.
 */
import { z } from 'zod';
import { codingSchema } from '../../shared/coding/schema';
import { interviewSchema, memoSchema } from '../../shared/interview/interview';
import { turnSchema } from '../../shared/interview/turn';
import { questionnaireResponseSchema } from '../../shared/preparation/schema';
import type { ImportedProject } from '../../shared/refi/import-project';
import { respondentSchema } from '../../shared/respondents/schema';
import type { VeldwerkDatabase } from './database';
import { summariseArrived, summaryTables } from './interview-summaries';
import { checkedStudy, putCheckedStudy, setActiveStudy } from './studies';

const storedTurnSchema = turnSchema.extend({ interviewId: z.string().min(1) });

export async function storeImportedProject(db: VeldwerkDatabase, project: ImportedProject): Promise<void> {
  const respondents = project.respondents.map((r) => respondentSchema.parse(r));
  const responses = project.responses.map((r) => questionnaireResponseSchema.parse(r));
  const interviews = project.interviews.map((i) => interviewSchema.parse(i));
  const turns = project.turns.map((t) => storedTurnSchema.parse(t));
  const memos = project.memos.map((m) => memoSchema.parse(m));
  const codings = project.codings.map((c) => codingSchema.parse(c));
  const study = await checkedStudy(project.study);
  await db.transaction(
    'rw',
    [db.studies, db.respondents, db.responses, ...summaryTables(db), db.memos, db.codings, db.settings],
    async () => {
      await putCheckedStudy(db, study);
      await db.respondents.bulkPut(respondents);
      await db.responses.bulkPut(responses);
      await db.interviews.bulkPut(interviews);
      await db.turns.bulkPut(turns);
      await summariseArrived(db, interviews, turns);
      await db.memos.bulkPut(memos);
      await db.codings.bulkPut(codings);
      await setActiveStudy(db, project.study.id);
    },
  );
}
