/**
 * Importing questionnaire answers as a careful user tried it: importing a corrected
 * export again shows its open answers at once, and a Forms export of tens of thousands
 * of responses is read with progress, can be stopped, and the respondent's row is found
 * by typing part of an e-mail address.
 */
import { expect, test } from '@playwright/test';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { AppPage } from './pages/app-page';
import { PreparationPage } from './pages/preparation-page';
import { RespondentsPage } from './pages/respondents-page';
import { exportOf, formsExportWithEmail, type Row } from './support/forms-export';

const EXPERTISE = 'Wat is uw expertise (Wmo, Participatiewet, Jeugdwet)?';

test('importing answers again shows the new open answers at once, over an edit by hand', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await respondents.prepare('Piet Jansen');

  await prep.importFile('antwoorden.csv', exportOf(beleidQuestionnaire, [{ naam: 'Piet Jansen', expertise: 'Wmo', V1: 'Ja, gemiddeld één keer per week', V2: ['Via de koffieautomaat'] }]));
  await prep.confirmImport();
  const expertise = page.getByRole('textbox', { name: EXPERTISE });
  const otherWay = page.getByRole('textbox', { name: 'V2: Op een andere manier, namelijk:' });
  await expect(expertise).toHaveValue('Wmo');
  await expect(otherWay).toHaveValue('Via de koffieautomaat');
  await expertise.fill('Wmo en een beetje Jeugdwet');

  // The respondent sent a corrected export.
  await prep.importFile('antwoorden-verbeterd.csv', exportOf(beleidQuestionnaire, [{ naam: 'Piet Jansen', expertise: 'Participatiewet', V1: 'Ja, gemiddeld één keer per week', V2: ['Via het intranet'] }]));
  await prep.confirmImport();
  await expect(page.getByText('Antwoorden geïmporteerd uit antwoorden-verbeterd.csv.')).toBeVisible();
  await expect(expertise).toHaveValue('Participatiewet');
  await expect(otherWay).toHaveValue('Via het intranet');

  // Typing goes on from the new text and is kept.
  await expertise.fill('Participatiewet en schuldhulp');
  await app.reload();
  await expect(page.getByRole('textbox', { name: EXPERTISE })).toHaveValue('Participatiewet en schuldhulp');
  await expect(page.getByRole('textbox', { name: 'V2: Op een andere manier, namelijk:' })).toHaveValue('Via het intranet');
});

test('a Forms export of 50,000 responses is read with progress, can be stopped, and the row is found by searching', async ({ page }) => {
  const ROWS = 50_000;
  const HERS = 41_234; // 0-based; spreadsheet row 41,236
  const answers = (i: number): Row => ({
    naam: i === HERS ? '' : `Respondent ${i}`,
    gemeente: i === HERS ? 'Aalten' : 'Winterswijk',
    expertise: i === HERS ? 'Jeugdwet en armoedebeleid' : `Wmo, ronde ${i}, met een toelichting van een paar woorden`,
    V1: i % 2 === 0 ? 'Ja, gemiddeld één keer per week' : 'Nee',
    V2: ['In een gesprek/vergadering'],
  });
  const csv = formsExportWithEmail(beleidQuestionnaire, ROWS, (i) => ({
    email: i === HERS ? 'f.elamrani@aalten.nl' : `respondent${i}@winterswijk.nl`,
    answers: answers(i),
  }));

  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await respondents.add({ name: 'Fatima El Amrani', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await respondents.prepare('Fatima El Amrani');

  // Reading shows progress and can be stopped; nothing changes.
  await prep.importFile('Vragenlijst beleidsmedewerkers (antwoorden).csv', csv);
  const progress = page.getByRole('progressbar', { name: 'Voortgang inlezen' });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Inlezen stoppen' }).click();
  await expect(progress).toHaveCount(0);
  await expect(app.status('Inlezen van Vragenlijst beleidsmedewerkers (antwoorden).csv gestopt; er is niets veranderd.')).toBeVisible();
  await expect(prep.importReview()).toHaveCount(0);
  await expect(page.getByText('Nog geen antwoorden.')).toBeVisible();

  // Read to the end this time.
  await prep.importFile('Vragenlijst beleidsmedewerkers (antwoorden).csv', csv);
  await expect(prep.importReview()).toBeVisible({ timeout: 30_000 });
  await expect(progress).toHaveCount(0);
  const review = prep.importReview();
  await expect(review).toContainText(`${ROWS} rijen`);
  await expect(review.getByText('Geen rij gevonden met de naam Fatima El Amrani; kies de juiste rij.')).toBeVisible();

  // The picker lists a few rows at a time, never all 50,000.
  const picker = review.getByRole('combobox', { name: 'Rij van de respondent' });
  const matches = review.getByRole('listbox', { name: 'Gevonden rijen' });
  await picker.fill('winterswijk');
  await expect(matches.getByRole('option')).toHaveCount(8);
  await expect(review.getByText(`De eerste 8 van ${ROWS - 1} gevonden rijen; typ verder om te zoeken.`)).toBeVisible();
  await matches.getByRole('option', { name: /^Rij 3 — Respondent 1 · / }).click();
  await expect(matches).toBeHidden();
  await expect(picker).toHaveValue(/^Rij 3 — Respondent 1 · respondent1@winterswijk\.nl · /);
  await expect(review.getByText('5 van de 26 vragen beantwoord.')).toBeVisible();

  // Her row by part of her e-mail address, chosen with the keyboard.
  await picker.fill('elamrani');
  await expect(review.getByText('Eén rij gevonden.')).toBeVisible();
  await expect(matches.getByRole('option')).toHaveText([/^Rij 41236 — f\.elamrani@aalten\.nl · /]);
  await picker.press('ArrowDown');
  await expect(matches.getByRole('option', { selected: true })).toHaveText(/^Rij 41236/);
  await picker.press('Enter');
  await expect(matches).toBeHidden();
  await expect(picker).toHaveValue(/^Rij 41236 — f\.elamrani@aalten\.nl/);
  await expect(review.getByText('4 van de 26 vragen beantwoord.')).toBeVisible();

  await prep.confirmImport();
  await expect(page.getByRole('textbox', { name: EXPERTISE })).toHaveValue('Jeugdwet en armoedebeleid');
  await expect(page.getByRole('textbox', { name: 'Bij welke gemeente bent u werkzaam?' })).toHaveValue('Aalten');
});
