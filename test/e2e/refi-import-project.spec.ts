/**
 * Round trip through REFI-QDA in the app: a held, coded interview exported as a .qdpx,
 * read in as a new study; the respondent, the transcript and the coding are there.
 */
import { expect, test } from '@playwright/test';
import { ExportPage } from './pages/export-page';
import { RespondentsPage } from './pages/respondents-page';
import { holdInterview } from './support/held-interview';
import { prepareInterview } from './support/prepared-interview';

test('a study exported as .qdpx comes back as a new study with its respondent, turns and codings', async ({ page }) => {
  test.setTimeout(180_000);
  const { app, interview } = await prepareInterview(page);
  await holdInterview(page, interview, 'Wij durven hier fouten te maken, dat is veilig.');
  await interview.turn('Respondent', 2).focus();
  await interview.press('Alt+KeyC');
  await page.keyboard.type('psych');
  await interview.press('Enter');
  const chip = page
    .getByRole('list', { name: 'Codes bij beurt 2' })
    .getByRole('listitem')
    .filter({ hasText: 'Psychologische veiligheid' });
  await expect(chip).toBeVisible();

  await app.goToStudy();
  const exporter = new ExportPage(page);
  await page.getByRole('button', { name: 'Alle interviews exporteren' }).click();
  const panel = exporter.panel('Alle transcripten exporteren');
  await panel.getByRole('radio', { name: /^REFI-QDA-project \(\.qdpx\)/ }).check();
  await panel.getByRole('radio', { name: /^Niet geanonimiseerd/ }).check();
  const file = await exporter.download(panel.getByRole('button', { name: 'Niet-geanonimiseerd exporteren' }));

  await page.getByRole('link', { name: 'Nieuwe studie' }).click();
  const reader = page.getByRole('region', { name: 'Een Veldwerk-project (.qdpx) inlezen als nieuwe studie' });
  await reader
    .getByLabel('Project kiezen (.qdpx)')
    .setInputFiles({ name: file.name, mimeType: 'application/zip', buffer: Buffer.from(file.bytes) });
  await expect(app.status('ingelezen: 1 respondenten, 1 interviews, 1 coderingen')).toBeVisible();
  await expect(new RespondentsPage(page).heading()).toBeVisible();
  await expect(new RespondentsPage(page).row('Piet Jansen')).toBeVisible();

  // The transcript and its coding, found in the new study.
  await app.nav('Zoeken').click();
  await page.getByRole('searchbox', { name: 'Zoekterm' }).fill('fouten');
  await page.getByRole('button', { name: /^Beurt 2 van .+ openen \(Respondent\)$/ }).click();
  await expect(interview.turn('Respondent', 2)).toHaveValue('Wij durven hier fouten te maken, dat is veilig.');
  await expect(chip).toBeVisible();
});
