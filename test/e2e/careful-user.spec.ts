/**
 * What a careful user tripped over, with real questionnaire exports (issue 9, items 1–4):
 * another questionnaire's file must not overwrite answers, a comparison must ask a
 * neutral question, every listed comparison must fire as it reads, and what the study
 * page says about "Weet ik niet" must be what the rules do.
 */
import { expect, test, type Page } from '@playwright/test';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { managerQuestionnaire } from '../../shared/example/questionnaires/manager';
import { AppPage } from './pages/app-page';
import { PreparationPage } from './pages/preparation-page';
import { RespondentsPage } from './pages/respondents-page';
import { exportOf, type Row } from './support/forms-export';

const EXPERIMENT_FOLLOW_UP = 'In de vragenlijst heeft u ingevuld dat u nog nooit een experiment';
const EXPERIMENT_NEUTRAL =
  'Kunt u vertellen of er binnen uw team experimenten (experimenteel beleid) in het sociaal domein zijn opgezet, en hoe dat is gegaan?';

/** Adds a respondent and imports their own questionnaire export, then goes back to the list. */
async function addWithAnswers(page: Page, name: string, type: 'Beleidsmedewerker' | 'Manager', answers: Row) {
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await respondents.add({ name, type, organisation: 'Aalten' });
  await respondents.prepare(name);
  const questionnaire = type === 'Manager' ? managerQuestionnaire : beleidQuestionnaire;
  await prep.importFile(`${questionnaire.title}.csv`, exportOf(questionnaire, [{ naam: name, gemeente: 'Aalten', ...answers }]));
  await prep.confirmImport();
  await prep.back();
}

test('the managers’ export is refused for a policy officer unless taken explicitly, and the replaced answers come back', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();

  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await respondents.prepare('Piet Jansen');
  const own = exportOf(beleidQuestionnaire, [
    { naam: 'Piet Jansen', gemeente: 'Aalten', V1: 'Nee', V6: 'Nee', V11: 'Nee', V13: 'Nee', V17: 'Nee', V18: 'Nee', V21: 'Nee' },
  ]);
  await prep.importFile('Vragenlijst beleidsmedewerkers.csv', own);
  await prep.confirmImport();
  const followUps = page.getByText(/^\d+ vragen? aangekruist om na te vragen/);
  await expect(followUps).toHaveText(/^7 vragen aangekruist/);

  // His manager's export: a few questions are worded alike, so some columns "match".
  const managers = exportOf(managerQuestionnaire, [{ naam: 'Mieke Bakker', gemeente: 'Aalten', V3: 'Nee', V4: 'Ja, één keer' }]);
  await prep.importFile('Vragenlijst managers.csv', managers);
  const review = prep.importReview();
  await expect(review.getByRole('alert')).toContainText(
    'Dit bestand is een export van “Vragenlijst managers (Bijlage 4.2)”, niet van “Vragenlijst beleidsmedewerkers”',
  );
  const take = review.getByRole('button', { name: 'Antwoorden overnemen' });
  await expect(take).toBeDisabled();
  await review.getByRole('button', { name: 'Annuleren' }).click();
  await expect(followUps).toHaveText(/^7 vragen aangekruist/);

  // Taken anyway, on purpose: his answers are replaced, but kept.
  await prep.importFile('Vragenlijst managers.csv', managers);
  await review.getByRole('checkbox', { name: 'Toch overnemen: dit bestand hoort wel bij “Vragenlijst beleidsmedewerkers”' }).check();
  await expect(take).toBeEnabled();
  await prep.confirmImport();
  await expect(page.getByText('Antwoorden geïmporteerd uit Vragenlijst managers.csv.')).toBeVisible();
  await expect(followUps).not.toHaveText(/^7 vragen aangekruist/);
  await expect(page.getByText(/De vorige antwoorden \(9, uit Vragenlijst beleidsmedewerkers\.csv\) zijn bewaard/)).toBeVisible();

  await page.getByRole('button', { name: 'Vorige antwoorden terugzetten' }).click();
  await expect(page.getByText('Antwoorden geïmporteerd uit Vragenlijst beleidsmedewerkers.csv.')).toBeVisible();
  await expect(followUps).toHaveText(/^7 vragen aangekruist/);
  await app.reload();
  await expect(followUps).toHaveText(/^7 vragen aangekruist/);
  await expect(prep.tick('In de vragenlijst heeft u ingevuld dat u vindt dat uw manager niet voldoende vragen')).toBeChecked();
});

test('a policy officer who set up an experiment herself is asked neutrally, not why she never did, when her manager says “Nee”', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await addWithAnswers(page, 'Mark de Boer', 'Manager', { V4: 'Nee' });
  await addWithAnswers(page, 'Sanne Visser', 'Beleidsmedewerker', { V6: 'Ja, ik zelf' });

  await respondents.prepare('Sanne Visser');
  await expect(prep.tick(EXPERIMENT_NEUTRAL)).toBeChecked();
  await expect(prep.question(EXPERIMENT_NEUTRAL)).toContainText('OpvallendV6: Ja, ik zelf · wijkt af van Manager van dezelfde organisatie');
  await expect(prep.tick(EXPERIMENT_FOLLOW_UP)).not.toBeChecked();
  await expect(prep.question(EXPERIMENT_FOLLOW_UP)).not.toContainText('Opvallend');

  // The manager gets the same neutral question (his own "Nee" also ticks his own follow-up).
  await prep.back();
  await respondents.prepare('Mark de Boer');
  await expect(prep.tick(EXPERIMENT_NEUTRAL)).toBeChecked();
  await expect(prep.question(EXPERIMENT_NEUTRAL)).toContainText('OpvallendV4: Nee');
});

test('“Bijlage 4.2 V16 ↔ Bijlage 4.1 V18” fires on a plain “Ja” against “Ja, maar te weinig”, as the study page says', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await addWithAnswers(page, 'Mark de Boer', 'Manager', { V16: 'Ja' });
  await addWithAnswers(page, 'Sanne Visser', 'Beleidsmedewerker', { V18: 'Ja, maar te weinig' });

  await app.goToStudy();
  const comparison = page.getByRole('listitem').filter({ hasText: /^Bijlage 4\.2 V16 ↔ Bijlage 4\.1 V18/ });
  await expect(comparison).toContainText('(2 van 2 respondenten)');
  await expect(comparison).toContainText(
    'Signaal als de antwoorden verschillen: “Ja” tegenover “Ja, maar te weinig” of “Nee”; “Nee” tegenover “Ja, voldoende” of “Ja, maar te weinig”; “Soms” tegenover “Ja, voldoende” of “Nee”',
  );
  const wording = comparison.getByRole('textbox', { name: 'Vraag bij een verschil voor V16 ↔ V18' });
  await expect(wording).toHaveValue(
    'In hoeverre wordt het uitwisselen van ervaringen en informatie binnen het team aangemoedigd, en door wie?',
  );

  await app.goToRespondents();
  await respondents.prepare('Sanne Visser');
  await expect(prep.tick('In hoeverre wordt het uitwisselen van ervaringen en informatie binnen het team aangemoedigd')).toBeChecked();

  // The researcher rewords the comparison's question; the preparation asks the new wording.
  await app.goToStudy();
  await wording.fill('Hoe wordt binnen het team het uitwisselen van ervaringen en informatie aangemoedigd?');
  await comparison.getByRole('button', { name: 'Vraag bij een verschil voor V16 ↔ V18 opslaan' }).click();
  await expect(page.getByText('Ontwerp opgeslagen.')).toBeVisible();
  await app.goToRespondents();
  await respondents.prepare('Sanne Visser');
  await expect(prep.tick('Hoe wordt binnen het team het uitwisselen van ervaringen en informatie aangemoedigd?')).toBeChecked();
});

test('what the study page says “Weet ik niet” gives is what a preparation shows', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await app.goToStudy();
  await expect(page.getByText(/altijd een signaal “Onduidelijk”/)).toHaveCount(0);
  const beleidRule = (condition: string) =>
    page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Bijlage 4.1', exact: true }) })
      .filter({ has: page.getByRole('cell', { name: condition, exact: true }) });
  const v5 = beleidRule('V5 is één van Nee; Weet ik niet');
  await expect(v5.getByRole('cell').nth(2)).toHaveText('ContextBij “Weet ik niet” (V5): Context');
  const v6 = beleidRule('V6 is één van Nee');
  await expect(v6.getByRole('cell').nth(2)).toHaveText('NavragenBij “Weet ik niet” (V6): Onduidelijk');

  await app.goToRespondents();
  await addWithAnswers(page, 'Sanne Visser', 'Beleidsmedewerker', { V5: 'Weet ik niet', V6: 'Weet ik niet' });
  await respondents.prepare('Sanne Visser');
  const reasons = prep.guide().getByRole('list', { name: 'Waarom navragen' });
  await expect(reasons.getByText('V5: Weet ik niet')).toHaveCount(1);
  await expect(reasons.filter({ hasText: 'V5: Weet ik niet' })).toHaveText('ContextV5: Weet ik niet');
  await expect(reasons.filter({ hasText: 'V6: Weet ik niet' })).toHaveText('OnduidelijkV6: Weet ik niet');
});
