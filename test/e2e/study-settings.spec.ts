/**
 * A study's own settings, end to end in Chromium: the transcript header shaped line by
 * line (and read back from the exported Word file).
 */
import { expect, test } from '@playwright/test';
import { readDocx } from '../support/docx-reader';
import { AppPage } from './pages/app-page';
import { ExportPage } from './pages/export-page';
import { InterviewPage } from './pages/interview-page';
import { RespondentsPage } from './pages/respondents-page';
import { StudyDesignPage } from './pages/study-design-page';

test('an English school study shapes its transcript header, and the Word export follows it', async ({ page }) => {
  const app = new AppPage(page);
  const design = new StudyDesignPage(page);
  await app.open();
  await design.createStudy('Learning schools', [{ name: 'Teacher', codeLetter: 'T' }], 'Engels');

  // An English study starts with English wording and no municipality.
  const settings = await design.settings();
  await expect(settings.getByLabel('Label van kopregel 1')).toHaveValue('Respondent name:');
  await expect(settings.getByLabel('Label van kopregel 2')).toHaveValue('Works at:');
  await expect(settings.getByLabel('Sjabloon van kopregel 2')).toHaveValue('');
  await expect(settings.getByLabel('Naam spreker onderzoeker')).toHaveValue('Interviewer');

  // The school line gets its own wording; a typo in a placeholder is named before saving.
  await settings.getByLabel('Label van kopregel 2').fill('School:');
  await settings.getByLabel('Sjabloon van kopregel 2').fill('{school} {value}');
  await expect(settings.getByRole('alert')).toHaveText(/Onbekende plaatshouder: \{school\}/);
  await settings.getByLabel('Sjabloon van kopregel 2').fill('primary school {value}');
  await expect(settings.getByRole('alert')).toHaveCount(0);
  // A date line, moved to the top; the duration line removed; the role after the name.
  await settings.getByLabel('Waarde van een nieuwe kopregel').selectOption({ label: 'Datum interview' });
  await settings.getByRole('button', { name: 'Kopregel toevoegen' }).click();
  await expect(settings.getByLabel('Label van kopregel 5')).toHaveValue('Interview date:');
  for (const n of [5, 4, 3, 2]) await settings.getByRole('button', { name: `Kopregel ${n} omhoog` }).click();
  await expect(settings.getByRole('button', { name: 'Kopregel 1 omhoog' })).toBeDisabled();
  await settings.getByRole('button', { name: 'Kopregel 5 (Interview duration:) weghalen' }).click();
  await settings.getByLabel('Sjabloon van kopregel 2').fill('{value} ({respondentType})');
  await settings.getByRole('group', { name: 'Kopregels' }).screenshot({ path: '/tmp/fc-settings.png' });
  await settings.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(app.status('Ontwerp opgeslagen.')).toBeVisible();

  // Still so after a reload.
  await app.reload();
  const reloaded = await design.settings();
  await expect(reloaded.getByLabel('Label van kopregel 1')).toHaveValue('Interview date:');
  await expect(reloaded.getByLabel('Waarde van kopregel 2')).toHaveValue('respondent');
  await expect(reloaded.getByLabel('Label van kopregel 4')).toHaveValue('Interview time:');
  await expect(reloaded.getByLabel('Label van kopregel 5')).toHaveCount(0);

  // An interview at De Esch, exported for the archive.
  await app.goToRespondents();
  const respondents = new RespondentsPage(page);
  await respondents.add({ name: 'Anna de Vries', type: 'Teacher', organisation: 'De Esch' });
  await respondents.prepare('Anna de Vries');
  const interview = new InterviewPage(page);
  await interview.start();
  await interview.giveConsent();
  await interview.press('Control+Enter');
  await page.keyboard.type('How long have you taught here?');
  await interview.expectTurnTexts(['How long have you taught here?']);
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  const panel = new ExportPage(page).panel('Transcript exporteren');
  await panel.getByRole('radio', { name: /^Niet geanonimiseerd/ }).check();
  const file = await new ExportPage(page).download(panel.getByRole('button', { name: 'Niet-geanonimiseerd exporteren' }));
  const docx = readDocx(file.bytes);
  const lines = docx.paragraphs.map((p) => p.text);
  expect(lines[0]).toBe('Not anonymised – for your own archive only');
  expect(lines[1]).toMatch(/^Interview date: \d{1,2} [A-Z][a-z]+ \d{4}$/);
  expect(lines.slice(2, 4)).toEqual(['Respondent name: Anna de Vries (Teacher)', 'School: primary school De Esch']);
  expect(lines[4]).toMatch(/^Interview time: /);
  expect(docx.text).not.toContain('gemeente');
  expect(docx.text).not.toContain('duration');
  expect(docx.text).toContain('Interviewer: How long have you taught here?');
  expect(docx.stylesXml).toContain('w:val="en-GB"');
});
