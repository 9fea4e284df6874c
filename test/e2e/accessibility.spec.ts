/**
 * Every screen, checked with axe-core (WCAG 2.1 A and AA rules) as a researcher reaches
 * it: controls without a name, labels that point nowhere, contrast too low to read for
 * hours, duplicate ids. A finding fails the test with the rule and the elements.
 */
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { AppPage } from './pages/app-page';
import { ExportPage } from './pages/export-page';
import { InterviewPage } from './pages/interview-page';
import { PreparationPage } from './pages/preparation-page';
import { RespondentsPage } from './pages/respondents-page';
import { TopicListEditorPage } from './pages/topic-list-editor-page';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium-flags';
import { fakeMicrophoneFlags, makeSound } from './support/fake-microphone';
import { exportOf } from './support/forms-export';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A fake microphone, for the recording strip while it records.
const soundFolder = mkdtempSync(join(tmpdir(), 'veldwerk-a11y-sound-'));
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, ...fakeMicrophoneFlags(makeSound(soundFolder))] } });
test.afterAll(() => rmSync(soundFolder, { recursive: true, force: true }));

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
}, testInfo) => {
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
  await page.getByRole('button', { name: 'Transcriberen', exact: true }).click();
  const transcription = page.getByRole('region', { name: 'Transcriberen met de opname' });
  await expect(transcription).toContainText('Dit interview heeft geen opname');
  await expectAccessible(page, 'transcription mode without a recording');
  const wav = testInfo.outputPath('toon.wav');
  execFileSync('sox', ['-n', '-r', '8000', '-c', '1', wav, 'synth', '5', 'sine', '440', 'vol', '0.1']);
  await page.getByRole('region', { name: 'Opname' }).getByLabel('Opnamebestand (m4a, mp3, wav, webm of ogg)').setInputFiles(wav);
  await expect(transcription.getByRole('slider', { name: 'Positie in de opname' })).toBeVisible();
  await transcription.getByRole('button', { name: 'Toetsen kiezen' }).click();
  await expectAccessible(page, 'transcription mode with its player and key choice', '.transcription-panel');
  await transcription.getByRole('button', { name: 'Transcriberen sluiten' }).click();
  await page.getByRole('checkbox', { name: 'Beurt 1 markeren om te coderen' }).click();
  await page.getByRole('checkbox', { name: 'Beurt 2 markeren om te coderen' }).click({ modifiers: ['Shift'] });
  await expect(page.getByRole('status').filter({ hasText: '2 beurten gemarkeerd' })).toBeVisible();
  await expectAccessible(page, 'the held interview with turns marked for coding');
  await page.getByRole('button', { name: 'Markering opheffen' }).click();
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

  await app.nav('Zoeken').click();
  await page.getByRole('searchbox', { name: 'Zoekterm' }).fill('overleg');
  await expect(page.getByRole('list', { name: 'Gevonden beurten' }).getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page, 'the study search with a hit');
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

test('the recording strip, while recording and after a file was refused, passes the WCAG A/AA checks', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const respondents = new RespondentsPage(page);
  await respondents.add({ name: 'Kees Bos', type: 'Manager', organisation: 'Aalten' });
  await respondents.prepare('Kees Bos');
  const interview = new InterviewPage(page);
  await interview.start();
  await interview.giveConsent();
  const strip = page.getByRole('region', { name: 'Opname' });
  await strip.getByLabel('Opnamebestand (m4a, mp3, wav, webm of ogg)').setInputFiles({
    name: 'kapot.m4a',
    mimeType: 'audio/mp4',
    buffer: Buffer.from('geen geluid'),
  });
  await expect(app.alert().filter({ hasText: 'kapot.m4a' })).toBeVisible();
  await expectAccessible(page, 'the recording strip with a refused file');
  await strip.getByRole('button', { name: 'Opname starten' }).click();
  await expect(strip.getByRole('status')).toHaveText('Opname loopt');
  await expectAccessible(page, 'the recording strip while recording', 'section.recording-bar');
});

test('the Gegevens page of the desktop app, with its automatic backups and an unplugged folder, passes the WCAG A/AA checks', async ({
  page,
}) => {
  // Electron cannot run here: a stand-in for main answers the backup channels as
  // electron/automatic-backups.ts does (its own tests run it on real folders).
  await page.addInitScript(() => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const folder = '/media/usb/Veldwerk';
    const entry = (hour: number, contents: unknown) => ({
      place: 'app',
      name: `veldwerk-auto-2026-12-03T${hour}-00-00-000Z.vwbackup`,
      createdAt: Date.UTC(2026, 11, 3, hour),
      size: 4_300_000,
      contents,
    });
    Object.defineProperty(window, 'veldwerk', {
      value: {
        'file:save': () => ok({ status: 'cancelled' }),
        'page:printToPdf': () => ok({ status: 'cancelled' }),
        'app:info': () => ok({ version: '0.1.0', platform: 'linux' }),
        'menu:set': () => ok(null),
        'menu:command': () => () => undefined,
        'recording:microphone': () => ok(null),
        'backups:write': () => ok({ location: '/x', chosen: { status: 'missing', folder }, removed: 0 }),
        'backups:list': () =>
          ok({
            app: [entry(12, { studies: 1, respondents: 16, interviews: 9 }), entry(11, null)],
            chosen: { status: 'missing', folder },
          }),
        'backups:read': () => ok(new Uint8Array([1, 2, 3])),
        'backups:chooseFolder': () => ok({ status: 'cancelled' }),
        'backups:forgetFolder': () => ok(null),
      },
    });
  });
  const app = new AppPage(page);
  await app.open();
  await app.nav('Gegevens').click();
  const automatic = page.getByRole('region', { name: 'Automatische reservekopieën' });
  await expect(automatic.getByRole('table')).toContainText('1 studies, 16 respondenten, 9 interviews');
  await expect(automatic.getByRole('alert')).toContainText('/media/usb/Veldwerk is niet bereikbaar');
  // A backup from the list goes through the same check as a file chosen by hand.
  await automatic
    .getByRole('button', { name: /^Reservekopie van .* terugzetten$/ })
    .last()
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dit bestand wordt niet teruggezet' })).toContainText(
    'Dit is geen reservekopie',
  );
  await expectAccessible(page, 'the Gegevens page with automatic backups', 'main');
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
