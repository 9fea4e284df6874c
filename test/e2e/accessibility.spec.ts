/**
 * Every screen, checked with axe-core (WCAG 2.1 A and AA rules) as a researcher reaches
 * it: controls without a name, labels that point nowhere, contrast too low to read for
 * hours, duplicate ids. A finding fails the test with the rule and the elements.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { AppPage } from './pages/app-page';
import { ExportPage } from './pages/export-page';
import { InterviewPage } from './pages/interview-page';
import { PreparationPage } from './pages/preparation-page';
import { RespondentsPage } from './pages/respondents-page';
import { TopicListEditorPage } from './pages/topic-list-editor-page';
import { exportOf } from './support/forms-export';

/** Checks the page, or only `within` (a CSS selector) where the page is large and the rest was checked already. */
async function expectAccessible(page: Page, screen: string, within?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (within ? builder.include(within) : builder).analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 4)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(found, `accessibility problems on ${screen}`).toEqual([]);
}

test('every screen of an interview, from the respondent list to the reflection and the overview, passes the WCAG A/AA checks', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open();
  const respondents = new RespondentsPage(page);
  await expectAccessible(page, 'the empty respondent list');

  await page.getByRole('button', { name: 'Respondent toevoegen' }).click();
  await expectAccessible(page, 'the respondent form');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await expectAccessible(page, 'the respondent list');

  await respondents.prepare('Piet Jansen');
  const prep = new PreparationPage(page);
  await prep.importFile('v.csv', exportOf(beleidQuestionnaire, [{ naam: 'Piet Jansen', V17: 'Nee' }]));
  await expect(prep.importReview()).toBeVisible();
  await prep.importReview().getByRole('combobox', { name: 'Rij van de respondent' }).press('ArrowDown');
  await expect(prep.importReview().getByRole('listbox', { name: 'Gevonden rijen' })).toBeVisible();
  await expectAccessible(page, 'the import review with the row picker open');
  await page.keyboard.press('Escape');
  await prep.confirmImport();
  await expectAccessible(page, 'the preparation with its guide');

  const interview = new InterviewPage(page);
  await interview.start();
  await expectAccessible(page, 'the consent step');
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type('Hoe ziet een gewone werkweek eruit?');
  await interview.press('Control+Enter');
  await page.keyboard.type('Druk, met veel overleg.');
  await expectAccessible(page, 'the interview in progress');
  await page.getByRole('button', { name: 'Sneltoetsen' }).click();
  await expectAccessible(page, 'the shortcut list');
  await page.keyboard.press('Escape');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Interview beëindigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Reflectie/ })).toBeVisible();
  await expectAccessible(page, 'the reflection');

  await page.getByRole('button', { name: /Transcript/ }).click();
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await expectAccessible(page, 'the export choices');
  await new ExportPage(page)
    .panel('Transcript exporteren')
    .getByRole('button', { name: 'Controleren en exporteren' })
    .click();
  await expect(new ExportPage(page).review()).toBeVisible();
  await expectAccessible(page, 'the review before an anonymised export');

  await app.nav('Overzicht').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'the study overview');
});

test('the study page, each of its editors, and the new-study form pass the WCAG A/AA checks', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open();
  await app.goToStudy();
  await expectAccessible(page, 'the study page');
  // The example study's instruments are long: each panel is checked on its own once open.
  const panels = await page.locator('details.design-panel').all();
  expect(panels.length).toBeGreaterThan(2);
  for (const [index, panel] of panels.entries()) {
    await panel.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await expectAccessible(page, `design panel ${index + 1}`, `details.design-panel:nth-of-type(${index + 1})`);
    await panel.evaluate((d) => ((d as HTMLDetailsElement).open = false));
  }
  await page.getByRole('button', { name: 'Deze studie verwijderen…' }).click();
  await expectAccessible(page, 'the study deletion confirmation', 'section[aria-labelledby="delete-study-title"]');
  await new TopicListEditorPage(page).open('Topiclijst medewerkers Berkelland');
  await expectAccessible(page, 'the topic-list editor', '[role="region"][aria-label^="Topiclijst bewerken"]');

  await page.getByRole('link', { name: 'Nieuwe studie' }).click();
  await expectAccessible(page, 'the new-study form');
});

test('encryption at rest: the offer, the recovery key, the Gegevens page and the unlock screen pass the WCAG A/AA checks', async ({
  page,
}) => {
  const passphrase = 'een lange zin voor de toets';
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Uw gegevens versleutelen' })).toBeVisible();
  await expectAccessible(page, 'the encryption offer');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
  await page.getByRole('button', { name: 'Versleuteling instellen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies een wachtwoord van minstens 10 tekens.');
  await expectAccessible(page, 'the encryption offer with a problem');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
  await page.getByLabel('Wachtwoord nog eens').fill(passphrase);
  await page.getByRole('button', { name: 'Versleuteling instellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw herstelsleutel' })).toBeVisible();
  await expectAccessible(page, 'the recovery key');
  await page.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  const app = new AppPage(page);
  await app.waitUntilReady();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gegevens' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Versleuteling' })).toBeVisible();
  await expectAccessible(page, 'the Gegevens page with encryption on');

  await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veldwerk ontgrendelen' })).toBeVisible();
  await page.getByLabel('Wachtwoord').fill('verkeerd wachtwoord');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toContainText('klopt niet');
  await expectAccessible(page, 'the unlock screen with a wrong passphrase');
  await page.getByRole('button', { name: 'Wachtwoord vergeten? Herstelsleutel gebruiken' }).click();
  await expectAccessible(page, 'the unlock screen asking for the recovery key');
});
