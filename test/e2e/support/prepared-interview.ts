/**
 * The common start of the interview journeys: Piet Jansen, policy officer in Aalten, is
 * added, his questionnaire answers are imported (V17 "Nee" ticks a follow-up), and the
 * interview is started from the preparation, at its consent step (or left to start by the test).
 */
import type { Page } from '@playwright/test';
import { beleidQuestionnaire } from '../../../shared/example/questionnaires/beleid';
import { AppPage } from '../pages/app-page';
import { InterviewPage } from '../pages/interview-page';
import { PreparationPage } from '../pages/preparation-page';
import { RespondentsPage } from '../pages/respondents-page';
import { exportOf } from './forms-export';

/** Everything up to the start: the preparation of Piet Jansen is open, nothing started. */
export async function prepareInterview(page: Page) {
  const app = new AppPage(page);
  await app.open();
  await new RespondentsPage(page).add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await new RespondentsPage(page).prepare('Piet Jansen');
  const prep = new PreparationPage(page);
  await prep.importFile('v.csv', exportOf(beleidQuestionnaire, [{ naam: 'Piet Jansen', V17: 'Nee' }]));
  await prep.confirmImport();
  return { app, interview: new InterviewPage(page) };
}

export async function startPreparedInterview(page: Page) {
  const { app, interview } = await prepareInterview(page);
  await interview.start();
  return { app, interview };
}
