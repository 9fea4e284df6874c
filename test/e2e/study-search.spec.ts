/**
 * Searching all interviews of a study: two held interviews in two municipalities, a
 * word found in both with the words around it (accents and capitals folded), narrowed
 * by municipality, speaker and code, a turn typed later found as it is now, and a hit
 * that opens its interview at that turn with the word selected.
 */
import { expect, test } from '@playwright/test';
import { RespondentsPage } from './pages/respondents-page';
import { holdInterview } from './support/held-interview';
import { prepareInterview } from './support/prepared-interview';

test('a word found across interviews, in context, filtered, and a hit opens its turn', async ({ page }) => {
  test.setTimeout(180_000);
  const { app, interview } = await prepareInterview(page);
  await holdInterview(page, interview, 'De samenwerking met het wijkteam bracht nieuwe ideeën op.');
  await app.goToRespondents();
  const respondents = new RespondentsPage(page);
  await respondents.add({ name: 'Anna Smit', type: 'Manager', organisation: 'Winterswijk' });
  await respondents.prepare('Anna Smit');
  await holdInterview(page, interview, 'Over ideeen voor de regio hebben we weinig afgesproken.');

  // From anywhere, by keyboard.
  await page.keyboard.press('Control+Shift+KeyF');
  await expect(page.getByRole('heading', { level: 1, name: 'Zoeken in alle interviews' })).toBeVisible();
  await expect(app.nav('Zoeken')).toHaveAttribute('aria-current', 'page');
  const query = page.getByRole('searchbox', { name: 'Zoekterm' });
  await expect(query).toBeFocused();

  // Accents and capitals do not count; each hit shows the words around it.
  await query.fill('IDEEEN');
  await expect(page.getByRole('status').filter({ hasText: '2 beurten gevonden' })).toBeVisible();
  const results = page.getByRole('list', { name: 'Gevonden beurten' });
  await expect(results.getByRole('listitem')).toHaveText([/nieuwe ideeën op\./, /Over ideeen voor de regio/]);
  await expect(results.getByRole('listitem').first().locator('mark')).toHaveText('ideeën');
  await page.screenshot({ path: '/tmp/study-search.png', fullPage: true });

  // Filters narrow the hits.
  await page.getByRole('combobox', { name: 'Gemeente' }).selectOption('Winterswijk');
  await expect(results.getByRole('listitem')).toHaveText([/Over ideeen voor de regio/]);
  await page.getByRole('combobox', { name: 'Spreker' }).selectOption({ label: 'Onderzoeker' });
  await expect(page.getByRole('status').filter({ hasText: 'Niets gevonden.' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Spreker' }).selectOption({ label: 'Alle' });
  await page.getByRole('combobox', { name: 'Gemeente' }).selectOption({ label: 'Alle' });
  await page.getByRole('combobox', { name: 'Code' }).selectOption('auto:speaker:respondent');
  await expect(results.getByRole('listitem')).toHaveCount(2);

  // A word start is enough; every word of the query must be in the turn.
  await page.getByRole('combobox', { name: 'Code' }).selectOption({ label: 'Alle' });
  await query.fill('samenw wijkt');
  await expect(results.getByRole('listitem')).toHaveText([/De samenwerking met het wijkteam/]);

  // A hit opens its interview at that turn, the word selected.
  await results.getByRole('button', { name: /^Beurt 2 van .+ openen \(Respondent\)$/ }).click();
  const turn = interview.turn('Respondent', 2);
  await expect(turn).toBeFocused();
  await expect(turn).toHaveValue(/^De samenwerking/);
  await expect
    .poll(() => turn.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd)))
    .toBe('samenwerking');

  // Typed later, found as it is now.
  await page.keyboard.press('End');
  await page.keyboard.type(' Ook over de begroting.');
  await expect(interview.saved()).toBeVisible();
  await page.keyboard.press('Control+Shift+KeyF');
  await page.getByRole('searchbox', { name: 'Zoekterm' }).fill('begroting');
  await expect(page.getByRole('list', { name: 'Gevonden beurten' }).getByRole('listitem')).toHaveText([
    /Ook over de begroting\./,
  ]);
});
