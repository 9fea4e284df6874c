/**
 * Coding after the interview, beyond one selection: several whole turns marked by
 * keyboard (Alt+Shift+PageDown) or mouse (a tick, Shift+click) and coded at once; a
 * coding's memo and its code's memo edited and removed beside the turn, and the code's
 * memo edited and removed in the code tree.
 */
import { expect, test } from '@playwright/test';
import { StudyDesignPage } from './pages/study-design-page';
import { holdInterview } from './support/held-interview';
import { prepareInterview } from './support/prepared-interview';

test('several whole turns coded at once, by keyboard and by mouse; memos edited and removed afterwards', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { app, interview } = await prepareInterview(page);
  await holdInterview(page, interview, 'Wij durven hier fouten te maken.');
  // A third turn, typed after the interview.
  await interview.turn('Respondent', 2).focus();
  await interview.press('Control+Enter');
  await page.keyboard.type('En dat zie je terug in het team.');
  await expect(interview.saved()).toBeVisible();
  const codesOf = (number: number) => page.getByRole('list', { name: `Codes bij beurt ${number}` });
  const chip = (number: number, code: string) => codesOf(number).getByRole('listitem').filter({ hasText: code });

  // Keyboard: from turn 1, two presses mark turns 1 to 3; Alt+C codes all three.
  await interview.turn('Onderzoeker', 1).focus();
  await interview.press('Alt+Shift+PageDown');
  await interview.press('Alt+Shift+PageDown');
  await expect(page.getByRole('status').filter({ hasText: '3 beurten gemarkeerd' })).toBeVisible();
  await interview.press('Alt+KeyC');
  const picker = page.getByRole('dialog', { name: 'Code toepassen' });
  await expect(picker).toContainText('3 hele beurten: 1 tot en met 3');
  await page.keyboard.type('psych');
  await interview.press('Enter');
  await expect(picker).toBeHidden();
  for (const number of [1, 2, 3]) await expect(chip(number, 'Psychologische veiligheid')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'gemarkeerd' })).toHaveCount(0);

  // Mouse: a tick on turn 2, Shift+click on turn 3.
  await page.getByRole('checkbox', { name: 'Beurt 2 markeren om te coderen' }).click();
  await page.getByRole('checkbox', { name: 'Beurt 3 markeren om te coderen' }).click({ modifiers: ['Shift'] });
  await expect(page.getByRole('checkbox', { name: 'Beurt 1 markeren om te coderen' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Code toepassen op 2 beurten…' }).click();
  await expect(picker).toContainText('2 hele beurten: 2 tot en met 3');
  await page.keyboard.type('Experimenteren');
  await interview.press('Enter');
  await expect(chip(2, 'Experimenteren')).toBeVisible();
  await expect(chip(3, 'Experimenteren')).toBeVisible();
  await expect(chip(1, 'Experimenteren')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/code-turns.png', fullPage: true });

  // A coding's memo and its code's memo, written beside the turn.
  await codesOf(2).getByRole('button', { name: "Memo's bij Psychologische veiligheid bewerken" }).click();
  const form = page.getByRole('form', { name: "Memo's bij Psychologische veiligheid" });
  await form.getByRole('textbox', { name: 'Memo bij deze codering' }).fill('Zegt het zonder aarzelen.');
  await form.getByRole('textbox', { name: /^Memo bij de code Psychologische veiligheid/ }).fill('Ruimte om fouten te maken.');
  await page.screenshot({ path: '/tmp/code-memos.png', fullPage: true });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  await expect(chip(2, 'Psychologische veiligheid')).toContainText('Zegt het zonder aarzelen.');

  // Removed again: a blank memo is no memo.
  await codesOf(2).getByRole('button', { name: "Memo's bij Psychologische veiligheid bewerken" }).click();
  await expect(form.getByRole('textbox', { name: /^Memo bij de code/ })).toHaveValue('Ruimte om fouten te maken.');
  await form.getByRole('textbox', { name: 'Memo bij deze codering' }).fill('');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  await expect(chip(2, 'Psychologische veiligheid')).not.toContainText('Zegt het');

  // The code's memo is in the code tree, where it can be changed and removed too.
  await app.goToStudy();
  const codes = await new StudyDesignPage(page).openPanel('Codebomen bewerken');
  await expect(codes.getByText('Ruimte om fouten te maken.')).toBeVisible();
  await codes.getByRole('button', { name: 'Memo bij Psychologische veiligheid' }).click();
  await expect(codes.getByRole('textbox', { name: 'Memo bij de code Psychologische veiligheid' })).toHaveValue(
    'Ruimte om fouten te maken.',
  );
  await codes.getByRole('button', { name: 'Memo verwijderen' }).click();
  await expect(codes.getByText('Ruimte om fouten te maken.')).toHaveCount(0);
  await app.reload();
  const again = await new StudyDesignPage(page).openPanel('Codebomen bewerken');
  await again.getByRole('button', { name: 'Memo bij Psychologische veiligheid' }).click();
  await expect(again.getByRole('textbox', { name: 'Memo bij de code Psychologische veiligheid' })).toHaveValue('');
});
