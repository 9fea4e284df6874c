/**
 * Encryption at rest, checked on disk: Chromium runs on a profile folder of its own; after
 * a researcher has set a passphrase and recorded a respondent and an interview with
 * unusual words, no file of that folder holds any of them, in UTF-8 or UTF-16. The same
 * after a plaintext database of the current release is migrated. A wrong passphrase is
 * said plainly and changes nothing; the right one, after a kill, brings everything back.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { DataPage } from './pages/data-page';
import { ExportPage } from './pages/export-page';
import { InterviewPage } from './pages/interview-page';
import { RespondentsPage } from './pages/respondents-page';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium-flags';
import { readDocx } from '../support/docx-reader';
import { startChromium, type RunningChromium } from './support/killable-chromium';

// Browsers are killed on purpose; tracing would try to read from a dead one.
test.use({ trace: 'off', screenshot: 'off', video: 'off' });

const PASSPHRASE = 'lange zin over de veldwerkfiets';
const NAME = 'Quirijntje Zwabberhoven';
const ORGANISATION = 'Kwakkelsteeg';
const QUESTION = 'Hoe ging de zeppelinkapitein om met de blauwbilgans?';
const ANSWER = 'De kwispelstaartende notarisoctopus las het raadsbesluit voor.';
const LATER = 'Daarna kwam de fietsenstallingsvergunning ter sprake.';
const LATER_WORD = 'fietsenstallingsvergunning';
const SECRET_WORDS = ['Zwabberhoven', 'Kwakkelsteeg', 'zeppelinkapitein', 'blauwbilgans', 'notarisoctopus'];

/** Every regular file under `dir` that holds one of the words, in UTF-8 or UTF-16LE (what Chromium writes). */
function filesHolding(dir: string, words: readonly string[]): string[] {
  const needles = words.flatMap((w) => [Buffer.from(w, 'utf8'), Buffer.from(w, 'utf16le')]);
  const hits: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) {
        const bytes = readFileSync(path);
        const found = needles.filter((needle) => bytes.includes(needle));
        if (found.length > 0)
          hits.push(`${path}: ${found.map((b) => b.toString(b.includes(0) ? 'utf16le' : 'utf8')).join(', ')}`);
      }
    }
  };
  walk(dir);
  return hits;
}

/** Sets a passphrase; returns the recovery key as shown. */
async function setUpEncryption(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'Uw gegevens versleutelen' })).toBeVisible();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Wachtwoord nog eens').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Versleuteling instellen' }).click();
  const shown = page.getByRole('figure', { name: 'Herstelsleutel' });
  await expect(shown).toHaveText(/([0-9A-Z]{4}-){7}[0-9A-Z]{4}/);
  const recoveryKey = /([0-9A-Z]{4}-){7}[0-9A-Z]{4}/.exec((await shown.textContent()) ?? '')![0];
  await expect(page.getByRole('button', { name: 'Verder' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Ik heb de herstelsleutel bewaard' }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  return recoveryKey;
}

async function recordInterview(page: Page) {
  const respondents = new RespondentsPage(page);
  await respondents.add({ name: NAME, type: 'Manager', organisation: ORGANISATION });
  await respondents.prepare(NAME);
  const interview = new InterviewPage(page);
  await interview.start();
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type(QUESTION);
  await interview.press('Control+Enter');
  await page.keyboard.type(ANSWER);
  await expect(interview.saved()).toBeVisible();
}

async function expectInterviewBack(page: Page) {
  await page.getByRole('button', { name: 'Interview hervatten' }).click();
  await new InterviewPage(page).expectTurnTexts([QUESTION, ANSWER]);
}

const firstPage = async (running: RunningChromium) =>
  running.browser.contexts()[0]!.pages()[0] ?? (await running.browser.contexts()[0]!.newPage());

test('a new encrypted database: nothing typed is readable on disk; a wrong passphrase changes nothing', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'veldwerk-encrypted-'));
  const started: RunningChromium[] = [];
  try {
    const first = await startChromium(profile);
    started.push(first);
    const page = await firstPage(first);
    await page.goto(baseURL!);
    await setUpEncryption(page);
    await new AppPage(page).waitUntilReady();
    await recordInterview(page);
    // Killed without warning, mid-interview.
    await first.kill();

    const second = await startChromium(profile);
    started.push(second);
    const again = await firstPage(second);
    await again.goto(baseURL!);
    await expect(again.getByRole('heading', { level: 1, name: 'Veldwerk ontgrendelen' })).toBeVisible();
    await again.getByLabel('Wachtwoord').fill('niet het goede wachtwoord');
    await again.getByRole('button', { name: 'Ontgrendelen' }).click();
    await expect(again.getByRole('alert')).toHaveText(
      'Dit wachtwoord klopt niet. Er is niets veranderd; probeer het opnieuw.',
    );
    await expect(again.locator('body[data-ready="true"]')).toHaveCount(0);

    await again.getByLabel('Wachtwoord').fill(PASSPHRASE);
    await again.getByRole('button', { name: 'Ontgrendelen' }).click();
    await new AppPage(again).waitUntilReady();
    await expectInterviewBack(again);
    await second.kill();

    expect(filesHolding(profile, SECRET_WORDS)).toEqual([]);
  } finally {
    for (const running of started) await running.kill();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a plaintext database of the current release is encrypted in place of the old one, leaving no plaintext', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'veldwerk-migrate-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
      baseURL,
      locale: 'nl-NL',
    });
  try {
    // The current release: no encryption ("Nu niet" is what every earlier start amounted to).
    const plain = await launch();
    const page = plain.pages()[0] ?? (await plain.newPage());
    await new AppPage(page).open('/');
    await recordInterview(page);
    await plain.close();
    expect(filesHolding(profile, SECRET_WORDS)).not.toEqual([]);

    const later = await launch();
    const again = later.pages()[0] ?? (await later.newPage());
    await new AppPage(again).open('/');
    const data = new DataPage(again);
    await data.open();
    await again.getByRole('button', { name: 'Versleuteling instellen…' }).click();
    await expect(
      again.getByText('De gegevens die al op deze computer staan, worden daarbij versleuteld overgezet.'),
    ).toBeVisible();
    await setUpEncryption(again);
    const app = new AppPage(again);
    await app.waitUntilReady();
    await app.goToRespondents();
    await expectInterviewBack(again);
    // Typed after encryption, in a session that ends cleanly (Chromium writes its session files then).
    const interview = new InterviewPage(again);
    await interview.turn('Respondent', 2).click();
    await interview.press('Control+Enter');
    await again.keyboard.type(LATER);
    await expect(interview.saved()).toBeVisible();
    await later.close();

    // Typed after set-up: in no file at all.
    expect(filesHolding(profile, [LATER_WORD])).toEqual([]);
    // Typed before set-up, in the unencrypted release: gone from every file the app wrote.
    // Chromium's own history of closed tabs (Sessions/) still holds the form fields of the
    // earlier, unencrypted pages; no page can reach that folder (README: clear the
    // browser's history once after encrypting; the desktop app writes no such files).
    expect(
      filesHolding(profile, SECRET_WORDS).filter((hit) => !hit.includes(`${join('Default', 'Sessions')}/`)),
    ).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the app locks after the idle time the researcher set, and what was being typed is back after unlocking', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  await setUpEncryption(page);
  const app = new AppPage(page);
  await app.waitUntilReady();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gegevens' }).click();
  await page.getByLabel('Vergrendelen na (minuten zonder gebruik)').fill('1');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(app.status('Veldwerk vergrendelt na 1 minuten zonder gebruik.')).toBeVisible();
  await app.goToRespondents();

  await recordInterview(page);
  const interview = new InterviewPage(page);
  await interview.press('Control+Enter');
  await page.keyboard.type(LATER);
  // A minute and more without a key or the mouse.
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { level: 1, name: 'Veldwerk ontgrendelen' })).toBeVisible();

  await page.getByLabel('Wachtwoord').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await app.waitUntilReady();
  // The window reloaded where it was: the interview, with the journal's text put back.
  await interview.expectTurnTexts([QUESTION, ANSWER, LATER]);
});

test('while encrypted, the safety copy before a replace asks for nothing, holds no typed word, and opens elsewhere with the recovery key', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  await page.goto('/');
  const recoveryKey = await setUpEncryption(page);
  const app = new AppPage(page);
  await app.waitUntilReady();
  await new RespondentsPage(page).add({ name: NAME, type: 'Manager', organisation: ORGANISATION });

  // A hand-made backup still takes a passphrase of its own.
  const data = new DataPage(page);
  await data.open();
  await page.getByLabel('Wachtwoord (verplicht: uw gegevens zijn versleuteld)').fill('apart wachtwoord voor het bestand');
  const handMade = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie opslaan' }).click();
  const handMadePath = await (await handMade).path();

  await data.openFile(handMadePath, 'apart wachtwoord voor het bestand');
  await expect(data.contents()).toContainText('Een reservekopie van alle gegevens.');
  await page.getByRole('button', { name: 'Alles hier vervangen door dit bestand…' }).click();
  // No passphrase to think up for the copy of the current data: it is sealed with the data key.
  await expect(page.getByLabel('Wachtwoord voor de reservekopie van de huidige gegevens')).toHaveCount(0);
  const safetyDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ja, eerst huidige gegevens opslaan en dan vervangen' }).click();
  const safety = testInfo.outputPath('veiligheidskopie.vwbackup');
  await (await safetyDownload).saveAs(safety);
  await expect(page.getByRole('status').filter({ hasText: 'De gegevens zijn teruggezet' })).toBeVisible();

  const bytes = readFileSync(safety);
  expect(bytes[9]).toBe(2); // sealed with the data key (shared/backup/file.ts)
  for (const word of ['Zwabberhoven', 'Kwakkelsteeg']) {
    expect(bytes.includes(Buffer.from(word, 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from(word, 'utf16le'))).toBe(false);
  }

  // Here it opens without asking.
  await page.getByLabel('Reservekopie- of studiebestand').setInputFiles(safety);
  await expect(page.getByLabel(/Wachtwoord of herstelsleutel/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Bestand openen' }).click();
  await expect(data.contents()).toContainText('Een reservekopie van alle gegevens.');

  // Another computer (a profile of its own, not encrypted): the passphrase or the recovery key.
  const elsewhere = await browser.newPage({ baseURL, locale: 'nl-NL' });
  try {
    await new AppPage(elsewhere).open('/');
    const other = new DataPage(elsewhere);
    await other.open();
    await elsewhere.getByLabel('Reservekopie- of studiebestand').setInputFiles(safety);
    const secret = elsewhere.getByLabel('Wachtwoord of herstelsleutel (van toen de reservekopie werd gemaakt)');
    await secret.fill('niet het goede wachtwoord');
    await elsewhere.getByRole('button', { name: 'Bestand openen' }).click();
    await expect(other.refusal()).toContainText('past niet bij deze reservekopie');
    await secret.fill(PASSPHRASE);
    await elsewhere.getByRole('button', { name: 'Bestand openen' }).click();
    await expect(other.contents()).toContainText('Een reservekopie van alle gegevens.');

    // Chosen again (as on a day the passphrase is forgotten): the recovery key, typed from paper.
    await elsewhere.getByLabel('Reservekopie- of studiebestand').setInputFiles([]);
    await elsewhere.getByLabel('Reservekopie- of studiebestand').setInputFiles(safety);
    await expect(other.contents()).toHaveCount(0);
    await secret.fill(recoveryKey.toLowerCase());
    await elsewhere.getByRole('button', { name: 'Bestand openen' }).click();
    await expect(other.contents()).toContainText('Een reservekopie van alle gegevens.');
    await other.addAsCopy(/Toegevoegd als kopie/);
  } finally {
    await elsewhere.close();
  }
});

test('while encrypted, a held interview exports to Word with everything that was typed', async ({ page }) => {
  // Reading the turns of an export walks an IndexedDB cursor through the decrypting layer.
  await page.goto('/');
  await setUpEncryption(page);
  await new AppPage(page).waitUntilReady();
  await recordInterview(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Interview beëindigen' }).click();
  await page.getByRole('button', { name: /Transcript/ }).click();

  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  const exporter = new ExportPage(page);
  const panel = exporter.panel('Transcript exporteren');
  await panel.getByRole('radio', { name: /^Niet geanonimiseerd/ }).check();
  const identified = await exporter.download(panel.getByRole('button', { name: 'Niet-geanonimiseerd exporteren' }));
  const docx = readDocx(identified.bytes);
  expect(docx.text).toContain(`Onderzoeker: ${QUESTION}`);
  expect(docx.text).toContain(`Respondent: ${ANSWER}`);
});
