/**
 * Backups and study files through the Gegevens page: two interviewers, each in their own
 * browser profile with interviews of the same study, merge each other's study file and
 * both find every interview once; a backup restores what was there, after the current
 * state was saved; a wrong passphrase or a damaged file is refused and changes nothing.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { DataPage } from './pages/data-page';
import { InterviewPage } from './pages/interview-page';
import { OverviewPage } from './pages/reflection-page';
import { RespondentsPage } from './pages/respondents-page';

/** A browser profile of its own: its own IndexedDB, as on another laptop. */
async function profile(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await new AppPage(page).open();
  return page;
}

async function holdInterview(page: Page, name: string) {
  await new AppPage(page).goToRespondents();
  await new RespondentsPage(page).add({ name, type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await new RespondentsPage(page).prepare(name);
  const interview = new InterviewPage(page);
  await interview.start();
  await interview.giveConsent();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Interview beëindigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Reflectie/ })).toBeVisible();
}

async function expectInterviewsOnce(page: Page, names: string[]) {
  const overview = new OverviewPage(page);
  await overview.open();
  const headers = overview.matrix().getByRole('columnheader', { name: /^Reflectie op het interview met / });
  await expect(headers).toHaveCount(names.length);
  // Each respondent had one interview: each is listed once, with it.
  await new AppPage(page).goToRespondents();
  for (const name of names) await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(1);
}

test('two interviewers of one study merge each other’s file, both ways, and find every interview once', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const anna = await profile(browser, testInfo);
  const bram = await profile(browser, testInfo);
  await holdInterview(anna, 'Anna de Vries');
  // The browser build asks for a backup after each interview.
  await expect(anna.getByRole('status').filter({ hasText: 'Download nu een reservekopie' })).toBeVisible();
  await holdInterview(anna, 'Ans Peters');
  await holdInterview(bram, 'Bram Smit');

  const annaData = new DataPage(anna);
  const bramData = new DataPage(bram);
  await annaData.open();
  const fromAnna = await annaData.saveStudyFile();
  await bramData.open();
  const fromBram = await bramData.saveStudyFile();

  await annaData.openFile(fromBram);
  const contents = annaData.contents();
  await expect(contents).toContainText('Eén studie met al haar gegevens.');
  await expect(contents.getByRole('row', { name: /^Lerende gemeenten Achterhoek 1 1$/ })).toBeVisible();
  await annaData.merge(/^Samengevoegd: \d+ gegevens toegevoegd, 1 waren er al, 0 verschillen/);

  await bramData.openFile(fromAnna);
  await expect(bramData.contents().getByRole('row', { name: /^Lerende gemeenten Achterhoek 2 2$/ })).toBeVisible();
  await bramData.merge(/^Samengevoegd: \d+ gegevens toegevoegd, 1 waren er al, 0 verschillen/);

  const everyone = ['Anna de Vries', 'Ans Peters', 'Bram Smit'];
  await expectInterviewsOnce(anna, everyone);
  await expectInterviewsOnce(bram, everyone);

  // Merging the same file again adds nothing twice.
  await annaData.open();
  await annaData.openFile(fromBram);
  await annaData.merge(/^Samengevoegd: 0 gegevens toegevoegd/);
  await expectInterviewsOnce(anna, everyone);
});

test('a backup restores what was there, after saving the current state; a wrong passphrase or a damaged file changes nothing', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();
  const respondents = new RespondentsPage(page);
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  const data = new DataPage(page);
  await data.open();
  const backup = await data.saveBackup('een lange zin als wachtwoord');

  await app.goToRespondents();
  await respondents.add({ name: 'Later Toegevoegd', type: 'Beleidsmedewerker', organisation: 'Aalten' });

  await data.open();
  await data.openFile(backup, 'verkeerd');
  await expect(data.refusal()).toContainText('Het wachtwoord klopt niet');

  const damaged = testInfo.outputPath('half.vwbackup');
  const bytes = readFileSync(backup);
  writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await data.openFile(damaged, 'een lange zin als wachtwoord');
  await expect(data.refusal()).toContainText('Het wachtwoord klopt niet');

  await data.openFile(backup, 'een lange zin als wachtwoord');
  await expect(data.contents()).toContainText('Een reservekopie van alle gegevens.');
  await expect(data.contents().getByRole('row', { name: /^Lerende gemeenten Achterhoek 1 0$/ })).toBeVisible();
  // The page with a refusal and a file's contents passes the WCAG A/AA checks.
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('main')
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByRole('button', { name: 'Alles hier vervangen door dit bestand…' }).click();
  const safety = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ja, eerst huidige gegevens opslaan en dan vervangen' }).click();
  expect((await safety).suggestedFilename()).toMatch(/^veldwerk-voor-terugzetten-.*\.vwbackup$/);
  await expect(page.getByRole('status').filter({ hasText: 'De gegevens zijn teruggezet' })).toBeVisible();

  await app.goToRespondents();
  await expect(page.getByRole('cell', { name: 'Piet Jansen', exact: true })).toBeVisible();
  await expect(page.getByText('Later Toegevoegd')).toHaveCount(0);
});

test('a backup restored as a copy comes in as a new study beside the original, which does not change', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const respondents = new RespondentsPage(page);
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  const data = new DataPage(page);
  await data.open();
  const backup = await data.saveBackup();

  await app.goToRespondents();
  await respondents.add({ name: 'Na de kopie', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await data.open();
  await data.openFile(backup);
  await data.addAsCopy(/^Toegevoegd als kopie: één studie\./);

  const picker = page.getByRole('combobox', { name: 'Geopende studie' });
  await expect(picker.getByRole('option')).toHaveCount(2);
  await expect(picker.getByRole('option', { name: 'Lerende gemeenten Achterhoek (kopie)', exact: true })).toHaveCount(
    1,
  );
  await picker.selectOption({ label: 'Lerende gemeenten Achterhoek (kopie)' });
  await expect(page.getByRole('cell', { name: 'Piet Jansen', exact: true })).toBeVisible();
  await expect(page.getByText('Na de kopie')).toHaveCount(0);

  // The original has both respondents still, and editing the copy does not reach it.
  await picker.selectOption({ label: 'Lerende gemeenten Achterhoek' });
  await expect(page.getByRole('cell', { name: 'Piet Jansen', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Na de kopie', exact: true })).toBeVisible();
});
