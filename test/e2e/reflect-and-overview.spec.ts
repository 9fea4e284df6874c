/**
 * Step 3 of the workflow in Chromium: the reflection that opens when an interview ends
 * (measured figures, a corrected question label, saved across a reload), a topic marked
 * for more attention carried into the next preparation until cleared, and the study
 * overview (topics per interview, follow-ups, a suggested respondent added to the list).
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { InterviewPage } from './pages/interview-page';
import { PreparationPage } from './pages/preparation-page';
import { OverviewPage, ReflectionPage } from './pages/reflection-page';
import { RespondentsPage } from './pages/respondents-page';
import { startPreparedInterview } from './support/prepared-interview';

const CLOSED = 'Is dat overleg wekelijks?';

/** BA is interviewed: the opening question (open), one closed question; the ticked V17 follow-up is not asked. */
async function heldInterview(page: Page) {
  const { app, interview } = await startPreparedInterview(page);
  await interview.giveConsent();
  await interview.press('Alt+BracketRight');
  await interview.press('Alt+1');
  await expect(interview.turn('Respondent', 2)).toBeFocused();
  await page.keyboard.type('Een hecht team, we delen veel en we overleggen elke week.');
  await interview.press('Control+Enter');
  await page.keyboard.type(CLOSED);
  await interview.press('Control+Enter');
  await page.keyboard.type('Ja.');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Interview beëindigen' }).click();
  const reflection = new ReflectionPage(page);
  await expect(reflection.heading()).toContainText('BA');
  return { app, reflection };
}

test('ending an interview opens its reflection: measured figures, a corrected label, saved across a reload', async ({
  page,
}) => {
  const { app, reflection } = await heldInterview(page);
  const measured = reflection.measured();

  await expect(measured.getByText(/^\d+ van \d+ onderwerpen gevraagd$/)).toBeVisible();
  // The ticked follow-up (V17: Nee) was not asked, and says so.
  await expect(measured.getByText('0 van 1 gevraagd')).toBeVisible();
  await expect(measured.getByRole('list', { name: 'Aangekruiste vervolgvragen' })).toContainText(
    /niet gevraagd\s*Actief bevragen en luisteren: In de vragenlijst heeft u ingevuld dat u vindt dat uw manager niet voldoende vragen/,
  );
  await expect(reflection.openShare()).toHaveText('1 van 2 vragen open (50 %)');
  await expect(reflection.questionKind(CLOSED)).toHaveValue('closed');
  await expect(measured).toContainText(/Onderzoeker \d+ woorden \(\d+ %\) · Respondent 12 woorden \(\d+ %\)/);
  const times = measured.getByRole('table', { name: 'Tijd per onderdeel' });
  await expect(times.getByRole('row', { name: /Kernonderdeel 1: Algemeen/ })).toContainText(/\d\d:\d\d/);
  await expect(times.getByRole('row', { name: /Totaal/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/reflect-reflection.png', fullPage: true });

  // The researcher corrects a label: the share follows at once.
  await reflection.questionKind(CLOSED).selectOption({ label: 'open' });
  await expect(reflection.openShare()).toHaveText('2 van 2 vragen open (100 %)');
  await expect(measured).toContainText('gecorrigeerd (classificatie: gesloten)');

  await reflection.answer('Zijn er voldoende open vragen gesteld?', 'Deels').check();
  await reflection.answer('Zijn voldoende onderwerpen behandeld?', 'Nee').check();
  await reflection.attention('Belang van leren').check();
  await page.getByRole('textbox', { name: 'Toelichting bij Belang van leren' }).fill('Niet aan toegekomen');
  await reflection.notes().fill('Te snel door Bouwblok 3.');
  await reflection.waitUntilSaved();

  await app.reload();
  await expect(reflection.openShare()).toHaveText('2 van 2 vragen open (100 %)');
  await expect(reflection.questionKind(CLOSED)).toHaveValue('open');
  await expect(reflection.answer('Zijn er voldoende open vragen gesteld?', 'Deels')).toBeChecked();
  await expect(reflection.answer('Zijn voldoende onderwerpen behandeld?', 'Nee')).toBeChecked();
  await expect(reflection.attention('Belang van leren')).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Toelichting bij Belang van leren' })).toHaveValue(
    'Niet aan toegekomen',
  );
  await expect(reflection.notes()).toHaveValue('Te snel door Bouwblok 3.');

  // Reachable again from the transcript, and from the preparation.
  await page.getByRole('button', { name: /Transcript/ }).click();
  await page.getByRole('button', { name: 'Reflectie', exact: true }).click();
  await expect(reflection.notes()).toHaveValue('Te snel door Bouwblok 3.');
  await page.getByRole('button', { name: /Transcript/ }).click();
  await page.getByRole('button', { name: /Voorbereiding/ }).click();
  await page.getByRole('button', { name: /^Reflectie van / }).click();
  await expect(reflection.notes()).toHaveValue('Te snel door Bouwblok 3.');

  // The classifier's explanation under a question follows the interface language.
  const why = 'Begint met een vraagwoord (hoe, wat, welke, waar…): open.';
  await expect(page.getByText(why)).toBeVisible();
  await app.chooseLanguage('English');
  await expect(
    page.getByText('Starts with a question word (hoe, wat, welke, waar… — how, what, which, where): open.'),
  ).toBeVisible();
  await expect(page.getByText(why)).toHaveCount(0);
});

test('a topic marked for more attention comes back in the next preparation and interview, until it is cleared', async ({
  page,
}) => {
  const { reflection } = await heldInterview(page);
  await reflection.attention('Belang van leren').check();
  await page.getByRole('textbox', { name: 'Toelichting bij Belang van leren' }).fill('Niet aan toegekomen');
  await reflection.waitUntilSaved();
  // Not a reminder in the interview whose reflection raised it.
  await page.getByRole('button', { name: /Transcript/ }).click();
  const interview = new InterviewPage(page);
  await interview.section(/Kernonderdeel 5/).click();
  await expect(interview.guide()).toContainText('Belang van leren');
  await expect(interview.guide().getByRole('note')).toHaveCount(0);

  // The manager of the same municipality: another topic list (5.3 nood, no questionnaire), same topic.
  await new AppPage(page).goToRespondents();
  await new RespondentsPage(page).add({ name: 'Marieke Bos', type: 'Manager', organisation: 'Aalten' });
  await new RespondentsPage(page).prepare('Marieke Bos');
  const notice = page.getByRole('region', { name: 'Meer aandacht gevraagd' });
  await expect(notice).toContainText('Belang van leren');
  await expect(notice).toContainText('na BA');
  await expect(notice).toContainText('Niet aan toegekomen');
  const guide = new PreparationPage(page).guide();
  await expect(guide.locator('.topic', { hasText: 'Belang van leren' })).toContainText('meer aandacht · na BA');
  await page.screenshot({ path: '/tmp/reflect-carry.png', fullPage: false });

  // The next interview shows it on the topic in its guide, with the note and who raised it.
  await interview.start();
  await interview.giveConsent();
  await interview.section(/Kernonderdeel 4/).click();
  const reminder = interview.guide().getByRole('note', { name: 'Meer aandacht gevraagd voor Belang van leren' });
  await expect(reminder).toContainText('meer aandacht · na BA');
  await expect(reminder).toContainText('Niet aan toegekomen');
  await expect(interview.guide().getByRole('note')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/reflect-guide-reminder.png', fullPage: false });
  await page.getByRole('button', { name: /Voorbereiding/ }).click();

  await notice.getByRole('button', { name: 'Meer aandacht voor Belang van leren afronden' }).click();
  await expect(notice).toHaveCount(0);
  await expect(guide.getByText('meer aandacht')).toHaveCount(0);
  await new AppPage(page).reload();
  await expect(page.getByRole('heading', { level: 1, name: /Marieke Bos/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Meer aandacht gevraagd' })).toHaveCount(0);
});

test('the study overview: topics per interview, and a suggested respondent added to the list in one step', async ({
  page,
}) => {
  await heldInterview(page);
  const overview = new OverviewPage(page);
  await overview.open();

  await expect(
    overview.matrix().getByRole('columnheader', { name: 'Reflectie op het interview met BA' }),
  ).toBeVisible();
  await expect(overview.stateOf('Openingsvraag')).toHaveAccessibleName('gevraagd');
  await expect(overview.stateOf('Psychologische veiligheid')).toHaveAccessibleName('niet gevraagd');
  await expect(overview.stateOf('Actief bevragen en luisteren')).toHaveAccessibleName('aangekruist, niet gevraagd');
  await expect(overview.matrix().getByRole('row', { name: /^Psychologische veiligheid/ })).toContainText(
    '0 van 1 · weinig behandeld',
  );

  // Questionnaire answers side by side, per type and per municipality.
  const answers = page.getByRole('table', { name: /Beleidsmedewerker · / });
  await expect(answers.getByRole('row', { name: /V17\./ })).toContainText('Nee');

  // The Afsluiting's follow-ups: a transcript asked for, sent, and a suggested respondent.
  const row = overview.followUpRow('BA');
  await expect(row).toContainText('niets te versturen');
  const followUps = await overview.followUpsOf('BA');
  await followUps.getByRole('checkbox', { name: 'Respondent wil het transcript' }).check();
  await expect(followUps).toContainText('nog te versturen');
  await expect(row).toContainText('transcript');
  await expect(row).toContainText('nog te versturen');
  await followUps.getByLabel('Verstuurd op').fill('2019-05-20');
  await expect(followUps).not.toContainText('nog te versturen');
  await expect(row).toContainText(/verstuurd op \d+-\d+-2019/);
  await followUps.getByRole('button', { name: 'Voorgestelde respondent' }).click();
  await followUps.getByRole('textbox', { name: 'Naam (voorstel 1)' }).fill('Anna de Vries');
  await followUps.getByRole('textbox', { name: 'Functie (voorstel 1)' }).fill('Teamleider sociaal domein');
  await followUps.getByRole('textbox', { name: 'Gemeente of organisatie (voorstel 1)' }).fill('Oost Gelre');
  await followUps.getByRole('textbox', { name: 'E-mail (voorstel 1)' }).fill('a.devries@example.nl');
  const add = followUps.getByRole('button', { name: 'Anna de Vries aan de respondentenlijst toevoegen' });
  await expect(add).toBeDisabled();
  await followUps.getByRole('combobox', { name: 'Type respondent (voorstel 1)' }).selectOption({ label: 'Manager' });
  await add.click();
  await expect(followUps).toContainText('Toegevoegd aan de respondentenlijst als MO');
  await expect(row).toContainText('1 (1 toegevoegd)');
  await page.screenshot({ path: '/tmp/reflect-overview.png', fullPage: true });

  await new AppPage(page).reload();
  await expect(overview.followUpRow('BA')).toContainText('verstuurd op');
  await expect((await overview.followUpsOf('BA')).getByLabel('Verstuurd op')).toHaveValue('2019-05-20');
  await new AppPage(page).goToRespondents();
  const added = new RespondentsPage(page).row('Anna de Vries');
  await expect(added).toContainText('MO');
  await expect(added).toContainText('Teamleider sociaal domein');
  await expect(added).toContainText('Oost Gelre');
});
