/**
 * A study's own settings, end to end in Chromium: the transcript header shaped line by
 * line (and read back from the exported Word file), rules following a respondent type
 * to its new topic list, and deleting a study with everything in it.
 */
import { expect, test } from '@playwright/test';
import { readDocx } from '../support/docx-reader';
import { AppPage } from './pages/app-page';
import { ExportPage } from './pages/export-page';
import { InterviewPage } from './pages/interview-page';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { PreparationPage } from './pages/preparation-page';
import { RespondentsPage } from './pages/respondents-page';
import { StudyDesignPage } from './pages/study-design-page';
import { TopicListEditorPage } from './pages/topic-list-editor-page';
import { exportOf } from './support/forms-export';

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
  const file = await new ExportPage(page).download(
    panel.getByRole('button', { name: 'Niet-geanonimiseerd exporteren' }),
  );
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

test('a new topic list for a type: rules follow it to the same topic, and the ones that cannot are named', async ({
  page,
}) => {
  const app = new AppPage(page);
  const design = new StudyDesignPage(page);
  const editor = new TopicListEditorPage(page);
  await app.open();
  await app.goToStudy();

  // A new, empty list: none of the policy officers' rules finds its place in it, and each is named.
  const form = page.getByRole('form', { name: 'Nieuwe topiclijst' });
  await form.getByLabel('Voor type respondent').selectOption({ label: 'Beleidsmedewerker' });
  await form.getByLabel('Titel van de nieuwe topiclijst').fill('Beleid, tweede versie');
  await form.getByRole('button', { name: 'Nieuwe topiclijst maken' }).click();
  const lost = page.getByRole('alert').filter({ hasText: /vinden hun vraag niet in “Beleid, tweede versie”/ });
  await expect(lost).toContainText('van Beleidsmedewerker');
  await expect(lost).toContainText(/Vergelijking .* → “Tijd voor reflectie”/);
  await expect(lost.getByRole('listitem').filter({ hasText: '→ “Tijd voor reflectie”' })).toHaveCount(3);

  // The new list gets the topic "Tijd voor reflectie".
  const section = editor.editor().getByRole('group', { name: 'Onderdeel 1: Inleiding', exact: true });
  await section.getByRole('button', { name: 'Onderwerp toevoegen', exact: true }).click();
  await editor.topic('Nieuw onderwerp').getByLabel('Naam van het onderwerp').fill('Tijd voor reflectie');
  await editor.waitUntilSaved();
  await editor.done();

  // Switching the type to the list again (in the settings) takes the two rules and the comparison on that topic along.
  const settings = await design.settings();
  const list = settings.getByLabel('Topiclijst van Beleidsmedewerker');
  await list.selectOption({ label: 'Topiclijst beleidsmedewerkers (indien ingevulde vragenlijst)' });
  await list.selectOption({ label: 'Beleid, tweede versie' });
  await expect(settings.getByRole('status')).toHaveText(
    '3 regels en vergelijkingen van Beleidsmedewerker wijzen nu naar dezelfde vraag in “Beleid, tweede versie”.',
  );
  await expect(settings.getByRole('alert')).toContainText('vinden hun vraag niet in “Beleid, tweede versie”');
  await expect(settings.getByRole('alert')).not.toContainText('Tijd voor reflectie');
  await settings.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(app.status('Ontwerp opgeslagen.')).toBeVisible();

  // A policy officer who answered V5 "Nee" gets the context flag in the new list.
  await app.goToRespondents();
  const respondents = new RespondentsPage(page);
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await respondents.prepare('Piet Jansen');
  const prep = new PreparationPage(page);
  await prep.importFile('v.csv', exportOf(beleidQuestionnaire, [{ naam: 'Piet Jansen', V5: 'Nee' }]));
  await prep.confirmImport();
  await expect(prep.guide().getByRole('heading', { name: 'Beleid, tweede versie' })).toBeVisible();
  const topic = prep.guide().locator('.topic').filter({ hasText: 'Tijd voor reflectie' });
  await expect(topic).toContainText('V5: Nee');
});

test('a study is deleted with everything in it once its name is typed; another opens, or the new-study screen', async ({
  page,
}) => {
  const app = new AppPage(page);
  const design = new StudyDesignPage(page);
  const respondents = new RespondentsPage(page);
  const picker = page.getByLabel('Geopende studie');
  await app.open();
  await design.createStudy('Tijdelijke studie', [{ name: 'Docent', codeLetter: 'D' }]);
  await app.goToRespondents();
  await respondents.add({ name: 'Anna de Vries', type: 'Docent', organisation: 'De Esch' });

  await app.goToStudy();
  const zone = page.getByRole('region', { name: 'Studie verwijderen' });
  await zone.getByRole('button', { name: 'Deze studie verwijderen…' }).click();
  const confirm = zone.getByRole('form', { name: 'Studie verwijderen' });
  await expect(confirm).toContainText('1 respondent(en)');
  await expect(confirm).toContainText('0 interview(s)');
  const remove = confirm.getByRole('button', { name: 'Studie definitief verwijderen' });
  await expect(remove).toBeDisabled();
  // Another study's name does not delete this one.
  await confirm.getByLabel(/^Typ de naam van de studie/).fill('Lerende gemeenten Achterhoek');
  await expect(remove).toBeDisabled();
  await confirm.getByRole('button', { name: 'Niet verwijderen' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(picker).toHaveValue('tijdelijke-studie');

  await design.deleteOpenStudy('Tijdelijke studie');
  await expect(picker).toHaveValue('lerende-gemeenten-achterhoek');
  await expect(picker.locator('option')).toHaveText(['Lerende gemeenten Achterhoek']);
  await expect(page.getByRole('heading', { level: 1, name: 'Respondenten' })).toBeVisible();

  // Its respondents went with it: a new study under the same name (and id) starts empty.
  await design.createStudy('Tijdelijke studie', [{ name: 'Docent', codeLetter: 'D' }]);
  await expect(picker).toHaveValue('tijdelijke-studie');
  await app.goToRespondents();
  await expect(page.getByText('Nog geen respondenten')).toBeVisible();

  // The last study deleted: the new-study screen, also after a restart; the example does not come back.
  await app.goToStudy();
  await design.deleteOpenStudy('Tijdelijke studie');
  await app.goToStudy();
  await design.deleteOpenStudy('Lerende gemeenten Achterhoek');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe studie' })).toBeVisible();
  await app.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe studie' })).toBeVisible();
  await expect(picker.locator('option')).toHaveCount(0);
});
