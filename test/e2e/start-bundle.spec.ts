/**
 * The first screen loads only what it needs (issue 14): the JavaScript loaded by the time
 * the respondents list shows holds none of the libraries and texts that belong to other
 * screens or moments (read back through the build's source maps), and no screen asks for
 * an interface text before its texts have loaded.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppPage } from './pages/app-page';

const ASSETS = fileURLToPath(new URL('../../dist/renderer/assets', import.meta.url));

/** Sources that must not be on the start path, by what they are for. */
const NOT_AT_START: [RegExp, string][] = [
  [/node_modules\/zod\//, 'zod (record and schema checks: after the first screen)'],
  [/node_modules\/@noble\//, 'cipher code (only when encryption is offered or on)'],
  [/node_modules\/fflate\//, 'archive code (backups, imports)'],
  [/node_modules\/(docx|minisearch|papaparse)\//, 'export, search or import code'],
  [/renderer\/i18n\/(en|nl-rest|en-start|en-rest)/, 'texts other than the first screen’s Dutch'],
  [/renderer\/app\/lock\//, 'encryption screens'],
  [/shared\/example\//, 'the example study (installed on a first start only)'],
  [/renderer\/data\/upgrades\//, 'database upgrades (only for an older database)'],
];

/**
 * From the next navigation on, notes the script files loaded by the moment the first screen
 * shows its heading (a mutation observer: in the same task as the render, before anything
 * that waits for idle time).
 */
async function noteFirstScreenScripts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.body?.dataset.ready !== 'true' || !document.querySelector('main h1')) return;
      (window as unknown as { firstScreenScripts: string[] }).firstScreenScripts = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => url.endsWith('.js'));
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/** The sources (through the build's source maps) of the scripts noted by `noteFirstScreenScripts`. */
async function firstScreenSources(page: Page): Promise<{ files: string[]; sources: string[] }> {
  const noted = await page.waitForFunction(
    () => (window as unknown as { firstScreenScripts?: string[] }).firstScreenScripts,
  );
  const files = (await noted.jsonValue())!;
  const sources = files.flatMap((url) => {
    const map = join(ASSETS, `${basename(new URL(url).pathname)}.map`);
    return existsSync(map) ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources : [];
  });
  return { files, sources };
}

function missingTexts(page: Page): string[] {
  const missing: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('missing interface text')) missing.push(message.text());
  });
  return missing;
}

test('the first screen loads none of what other screens need, and every screen finds its texts', async ({ page }) => {
  const missing = missingTexts(page);
  const app = new AppPage(page);
  await app.open();
  // A start as every later one: encryption declined, the example study installed.
  await noteFirstScreenScripts(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Respondenten' })).toBeVisible();
  const { files, sources } = await firstScreenSources(page);
  expect(files.length).toBeGreaterThan(0);
  // The maps were read: the first screen's own code is among the sources.
  expect(sources.some((source) => source.endsWith('features/respondents/RespondentsPage.tsx'))).toBe(true);
  const misplaced = NOT_AT_START.flatMap(([pattern, what]) =>
    sources.filter((source) => pattern.test(source)).map((source) => `${what}: ${source}`),
  );
  expect(misplaced).toEqual([]);

  // Other screens, the shortcut list and English find their texts (loaded on demand).
  await app.goToStudy();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('F1');
  await expect(page.getByRole('heading', { name: 'Sneltoetsen' })).toBeVisible();
  await app.chooseLanguage('English');
  await expect(page.getByRole('heading', { name: 'Shortcuts', exact: true })).toBeVisible();
  await app.nav('Data').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await app.chooseLanguage('Nederlands');
  await app.goToRespondents();
  await expect(page.getByRole('heading', { level: 1, name: 'Respondenten' })).toBeVisible();
  expect(missing).toEqual([]);
});

test('a start in English loads the English texts of the first screen only, and the rest when needed', async ({
  page,
}) => {
  const missing = missingTexts(page);
  const app = new AppPage(page);
  await app.open();
  await app.chooseLanguage('English');
  await expect(page.getByRole('heading', { level: 1, name: 'Respondents' })).toBeVisible();
  // Saved with the data (and outside it, last): the next start is in English.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('veldwerk:interface-language'))).toBe('en');
  await noteFirstScreenScripts(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Respondents' })).toBeVisible();
  const { sources } = await firstScreenSources(page);
  expect(sources.filter((source) => /renderer\/i18n\/(nl-rest|en-rest)/.test(source))).toEqual([]);
  expect(sources.some((source) => /renderer\/i18n\/en\/respondents/.test(source))).toBe(true);
  await app.goToStudy();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(missing).toEqual([]);
});
