/**
 * Coding two held interviews from the keyboard (select with Shift+arrows, Alt+C, type
 * ahead, Enter), the codes beside the turns, the code matrix per municipality and per
 * respondent type, a cell's quotes, and those quotes exported to Word through the
 * anonymisation review, read back from the .docx.
 */
import { expect, test, type Page } from '@playwright/test';
import { readDocx } from '../support/docx-reader';
import { ExportPage } from './pages/export-page';
import type { InterviewPage } from './pages/interview-page';
import { OverviewPage } from './pages/reflection-page';
import { RespondentsPage } from './pages/respondents-page';
import { holdInterview } from './support/held-interview';
import { prepareInterview } from './support/prepared-interview';

/** Selects `length` characters from `from` with Shift+arrows, opens the picker and picks by typing. */
async function codeByKeyboard(page: Page, interview: InterviewPage, from: number, length: number, typed: string) {
  await interview.turn('Respondent', 2).focus();
  await interview.press('Home');
  for (let i = 0; i < from; i++) await interview.press('ArrowRight');
  for (let i = 0; i < length; i++) await interview.press('Shift+ArrowRight');
  await interview.press('Alt+KeyC');
  const picker = page.getByRole('dialog', { name: 'Code toepassen' });
  await expect(picker.getByRole('combobox', { name: 'Code zoeken of nieuwe code typen' })).toBeFocused();
  await page.keyboard.type(typed);
  await expect(picker.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await interview.press('Enter');
  await expect(picker).toBeHidden();
  // Back in the text, the selection as it was.
  await expect(interview.turn('Respondent', 2)).toBeFocused();
}

test('two interviews coded by keyboard, counted in the matrix, a cell’s quotes exported to Word', async ({ page }) => {
  test.setTimeout(180_000);
  const { app, interview } = await prepareInterview(page);
  await holdInterview(page, interview, 'Wij durven hier fouten te maken, dat is veilig.');

  // A span: "fouten te maken" (characters 16–31), by type-ahead without accents or capitals.
  await codeByKeyboard(page, interview, 16, 15, 'psych');
  const codes = page.getByRole('list', { name: 'Codes bij beurt 2' });
  await expect(codes.getByRole('listitem').filter({ hasText: 'Psychologische veiligheid' })).toContainText(
    'fouten te maken',
  );
  // The automatic codes of the turn are there too, in their own style.
  await expect(codes.getByRole('listitem').filter({ hasText: 'Respondent (automatische code)' })).toBeVisible();

  // A code the study does not have: the whole turn (nothing selected), made while coding.
  await codeByKeyboard(page, interview, 0, 0, 'Veiligheid als voorwaarde');
  await expect(codes.getByRole('listitem').filter({ hasText: 'Veiligheid als voorwaarde' })).toBeVisible();
  await page.screenshot({ path: '/tmp/coding-interview.png', fullPage: true });

  // A coding can be removed again.
  await codeByKeyboard(page, interview, 0, 3, 'Experimenteren');
  await codes.getByRole('button', { name: 'Codering Experimenteren verwijderen' }).click();
  await expect(codes.getByRole('listitem').filter({ hasText: 'Experimenteren' })).toHaveCount(0);

  // The second interview: a manager in Winterswijk.
  await app.goToRespondents();
  const respondents = new RespondentsPage(page);
  await respondents.add({ name: 'Anna Smit', type: 'Manager', organisation: 'Winterswijk' });
  await respondents.prepare('Anna Smit');
  await holdInterview(page, interview, 'Anna Smit zegt: fouten maken mag, ook bij ons.');
  await codeByKeyboard(page, interview, 16, 12, 'psych');
  await expect(codes.getByRole('listitem').filter({ hasText: 'Psychologische veiligheid' })).toContainText(
    'fouten maken',
  );

  // The matrix: one passage per municipality, two for the code as a whole.
  const overview = new OverviewPage(page);
  await overview.open();
  const matrix = page.getByRole('table', { name: /Codes per gemeente en respondenttype: Gemeente/ });
  const row = matrix.getByRole('row', { name: /^Psychologische veiligheid/ });
  await expect(row.getByRole('button', { name: '1 citaat: Psychologische veiligheid, Aalten' })).toHaveText('1');
  await expect(row.getByRole('button', { name: '1 citaat: Psychologische veiligheid, Winterswijk' })).toHaveText('1');
  await expect(
    matrix.getByRole('row', { name: /^Veiligheid als voorwaarde/ }).getByRole('button', { name: /Aalten/ }),
  ).toHaveText('1');
  await page.getByRole('radio', { name: 'Respondenttype', exact: true }).check();
  const byType = page.getByRole('table', { name: /Respondenttype/ });
  await expect(byType.getByRole('button', { name: '1 citaat: Psychologische veiligheid, Manager' })).toBeVisible();
  await page.getByRole('radio', { name: 'Gemeente', exact: true }).check();
  await page.screenshot({ path: '/tmp/coding-matrix.png', fullPage: true });

  // A cell opens its quotes, with the respondent code.
  await row.getByRole('button', { name: /Winterswijk/ }).click();
  const quotes = page.getByRole('region', { name: 'Citaten: Psychologische veiligheid — Winterswijk' });
  await expect(quotes.getByRole('list', { name: 'Citaten' }).getByRole('listitem')).toHaveText([/fouten maken/]);
  const code = (await quotes.getByRole('button', { name: /^Interview met .+ openen$/ }).textContent())!.replace(
    /[[\]]/g,
    '',
  );

  // Exported through the same review as transcripts.
  await quotes.getByRole('button', { name: 'Citaten naar Word' }).click();
  const panel = page.getByRole('region', { name: 'Citaten exporteren naar Word' });
  await panel.getByRole('button', { name: 'Controleren en exporteren' }).click();
  const exporter = new ExportPage(page);
  await expect(exporter.review()).toBeVisible();
  await page.screenshot({ path: '/tmp/coding-quotes.png', fullPage: true });
  // The button names what the file holds: quotes, not transcripts.
  const file = await exporter.download(
    exporter.review().getByRole('button', { name: '1 geanonimiseerd citaat exporteren' }),
  );
  expect(file.name).toMatch(/^Citaten_.*\.docx$/);
  const docx = readDocx(file.bytes);
  expect(docx.boldRuns).toContain('Psychologische veiligheid — Winterswijk');
  expect(docx.paragraphs.map((p) => p.text)).toContain(`[${code}] fouten maken`);
  expect(docx.text).not.toContain('Anna');
});
