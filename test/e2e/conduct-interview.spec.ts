/**
 * Conducting an interview, end to end in Chromium: consent, the clock, the guide with
 * the flagged follow-ups, notes as turns from the keyboard, memos, a reload in the
 * middle, the end, and editing the transcript afterwards.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { prepareInterview, startPreparedInterview } from './support/prepared-interview';

test('a whole interview from the keyboard, with a reload in the middle', async ({ page }) => {
  // The preparation is the precondition; from the start on, only the keyboard is used.
  const { app, interview } = await prepareInterview(page);
  await expect(page.getByRole('button', { name: 'Interview starten' })).toHaveAttribute('aria-keyshortcuts', 'Alt+I');
  await interview.press('Alt+KeyI');

  // Consent comes first, from the topic list's introduction, and the keyboard starts there.
  await expect(page.getByRole('heading', { name: /Toestemming/ })).toBeVisible();
  await expect(page.getByText('voorstellen van onderzoeker en onderzoek (zonder benoemen leren)')).toBeVisible();
  const begin = page.getByRole('button', { name: 'Interview beginnen' });
  await expect(begin).toBeDisabled();
  await expect(page.getByRole('radio', { name: 'Gegeven' })).toBeFocused();
  await interview.press('Space');
  await expect(page.getByRole('radio', { name: 'Gegeven' })).toBeChecked();
  await interview.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Anonimiteit uitgelegd' })).toBeFocused();
  await interview.press('Space');
  await interview.press('Tab');
  await expect(begin).toBeFocused();
  // The focus is visible, not only there.
  expect(await begin.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await interview.press('Enter');
  await expect(interview.clock()).toContainText(/00:0\d/);

  // The shortcuts are listed in the UI.
  await interview.press('F1');
  await expect(page.getByRole('region', { name: 'Sneltoetsen' })).toContainText('Ctrl+Enter');
  await expect(page.getByRole('region', { name: 'Sneltoetsen' })).toContainText('Alt+Shift+E');
  // Generated from every command table, grouped by where the keys work.
  const editorKeys = page
    .getByRole('region', { name: 'Sneltoetsen' })
    .getByRole('region', { name: 'Topiclijst bewerken' });
  await expect(editorKeys).toContainText('Ctrl+Z');
  await expect(editorKeys).toContainText('Ctrl+Shift+Z, Ctrl+Y');
  await expect(editorKeys).toContainText('Alt+→');
  const memoKeys = page.getByRole('region', { name: 'Sneltoetsen' }).getByRole('region', { name: 'In het memoveld' });
  await expect(memoKeys).toContainText('Ctrl+Enter');
  await expect(memoKeys).toContainText('Memo bewaren');
  await expect(memoKeys).toContainText('Esc');
  await interview.press('F1');
  await expect(page.getByRole('region', { name: 'Sneltoetsen' })).toHaveCount(0);
  // The buttons announce the keys of their command, as the tables give them.
  await expect(page.getByRole('button', { name: 'Pauzeren' })).toHaveAttribute('aria-keyshortcuts', 'Alt+P');
  await expect(page.getByRole('button', { name: 'Sneltoetsen' })).toHaveAttribute('aria-keyshortcuts', 'Alt+/ F1');
  await expect(page.getByRole('button', { name: 'Memo bewaren' })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+Enter',
  );

  // Next section, pick question 1 (the opening question), type the answer.
  await interview.press('Alt+BracketRight');
  await expect(interview.currentSectionHeading()).toHaveText('Kernonderdeel 1: Algemeen');
  await interview.press('Alt+1');
  await expect(interview.turn('Onderzoeker', 1)).toHaveValue(/^Als u denkt aan uw team/);
  await expect(interview.turn('Respondent', 2)).toBeFocused();
  await page.keyboard.type('Een hecht team, we delen veel.');
  await interview.press('Control+Enter');
  await expect(interview.turn('Onderzoeker', 3)).toBeFocused();
  await page.keyboard.type('En hoe gaat dat dan?');
  await interview.press('Control+Enter');
  await page.keyboard.type('Vooral in het overleg op dinsdag.');
  // Switch the speaker and back.
  await interview.press('Alt+KeyS');
  await expect(interview.turn('Onderzoeker', 4)).toBeFocused();
  await interview.press('Alt+KeyS');
  await expect(interview.turn('Respondent', 4)).toHaveValue('Vooral in het overleg op dinsdag.');

  // A memo, kept apart from the transcript.
  await interview.press('Alt+KeyM');
  await page.keyboard.type('Respondent kijkt steeds naar de klok');
  await interview.press('Control+Enter');
  await expect(page.getByRole('region', { name: 'Memo’s' })).toContainText('Respondent kijkt steeds naar de klok');

  // In Bouwblok 3 the ticked follow-up stays in view until it is asked; Alt+N inserts it.
  for (let i = 0; i < 4; i++) await interview.press('Alt+BracketRight');
  await expect(interview.currentSectionHeading()).toHaveText(
    'Kernonderdeel 5: Bouwblok 3 – Leiderschap dat leren versterkt',
  );
  await expect(interview.stillToAsk()).toContainText('uw manager niet voldoende vragen aan u stelt');
  await expect(interview.stillToAsk()).toContainText('Alt+N');
  await expect(interview.guide()).toContainText('NavragenV17: Nee');
  await interview.press('Alt+KeyN');
  await expect(interview.stillToAsk()).toHaveCount(0);
  await expect(interview.turns().nth(-2)).toHaveValue(
    /^In de vragenlijst heeft u ingevuld dat u vindt dat uw manager niet voldoende vragen/,
  );
  await page.keyboard.type('Dat valt wel mee eigenlijk');
  await expect(interview.section(/Kernonderdeel 5/)).toContainText('1/');

  // Pause and resume by keyboard.
  await interview.press('Alt+KeyP');
  await expect(page.getByRole('button', { name: 'Hervatten' })).toBeVisible();
  await interview.press('Alt+KeyP');
  await expect(page.getByRole('button', { name: 'Pauzeren' })).toBeVisible();

  // Reload straight after typing: every character is still there (a memo not yet kept
  // too), and the interview resumes where it was. Escape leaves the memo for the turn.
  await interview.press('Alt+KeyM');
  await page.keyboard.type('Telefoon ging twee keer');
  await interview.press('Escape');
  await expect(interview.turns().last()).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(', zegt ze.');
  const before = await interview.turnTexts();
  await app.reload();
  await expect(interview.clock()).toBeVisible();
  await interview.expectTurnTexts(before);
  expect(before.at(-1)).toBe('Dat valt wel mee eigenlijk, zegt ze.');
  await expect(interview.currentSectionHeading()).toHaveText(/Kernonderdeel 5/);
  await expect(interview.turns().last()).toBeFocused();
  await expect(page.getByRole('region', { name: 'Memo’s' })).toContainText('Respondent kijkt steeds naar de klok');
  await expect(page.getByRole('region', { name: 'Memo’s' }).getByRole('textbox')).toHaveValue(
    'Telefoon ging twee keer',
  );

  // End the interview (after confirming): the reflection opens; its first control leads back
  // to the transcript, where the clock shows how long it took.
  await expect(page.getByRole('button', { name: 'Interview beëindigen' })).toHaveAttribute(
    'aria-keyshortcuts',
    'Alt+Shift+E',
  );
  page.once('dialog', (dialog) => void dialog.accept());
  await interview.press('Alt+Shift+KeyE');
  await expect(page.getByRole('heading', { level: 1, name: /^Reflectie BA/ })).toBeVisible();
  await interview.press('Tab');
  await expect(page.getByRole('button', { name: /Transcript/ })).toBeFocused();
  await interview.press('Enter');
  await expect(interview.clock()).toContainText(/om \d\d:\d\d, \d+ (minuut|minuten)/);
  await expect(page.getByRole('button', { name: 'Interview beëindigen' })).toHaveCount(0);
});

test('editing the transcript afterwards: split, merge, move, speaker, and filler words with a preview', async ({
  page,
}) => {
  const { interview } = await startPreparedInterview(page);
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type('Hoe gaat het? Uh, goed hoor.');
  await interview.press('Control+Enter');
  await page.keyboard.type('Ik denk, uh, dat het ehm wel meevalt. Een behulpzaam team.');
  await interview.press('Control+Enter');
  await page.keyboard.type('Dank u.');

  // Split the first turn after the question; the second half becomes its own turn.
  await interview.turn('Onderzoeker', 1).click();
  await interview.turn('Onderzoeker', 1).evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(14, 14));
  await interview.press('Alt+Enter');
  await interview.expectTurnTexts([
    'Hoe gaat het?',
    'Uh, goed hoor.',
    'Ik denk, uh, dat het ehm wel meevalt. Een behulpzaam team.',
    'Dank u.',
  ]);
  await interview.press('Alt+KeyS');
  await expect(interview.turn('Respondent', 2)).toHaveValue('Uh, goed hoor.');

  // Merge turns 2 and 3 with the toolbar, then move the last one up.
  await page
    .getByRole('toolbar', { name: 'Huidige beurt' })
    .getByRole('button', { name: 'Samenvoegen met volgende' })
    .click();
  await interview.expectTurnTexts([
    'Hoe gaat het?',
    'Uh, goed hoor. Ik denk, uh, dat het ehm wel meevalt. Een behulpzaam team.',
    'Dank u.',
  ]);
  await interview.turn('Onderzoeker', 3).click();
  await interview.press('Alt+Shift+ArrowUp');
  await interview.expectTurnTexts([
    'Hoe gaat het?',
    'Dank u.',
    'Uh, goed hoor. Ik denk, uh, dat het ehm wel meevalt. Een behulpzaam team.',
  ]);
  await interview.press('Alt+Shift+ArrowDown');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Interview beëindigen' }).click();
  await page.getByRole('button', { name: /Transcript/ }).click();
  await page.getByRole('button', { name: 'Stopwoorden verwijderen' }).click();
  const review = page.getByRole('region', { name: 'Stopwoorden verwijderen' });
  await expect(review).toContainText('1 beurt verandert');
  await expect(review.locator('mark')).toHaveText(['Uh', 'uh', 'ehm']);
  await expect(review).toContainText('Goed hoor. Ik denk dat het wel meevalt. Een behulpzaam team.');
  await review.getByRole('button', { name: '1 wijziging toepassen' }).click();
  await interview.expectTurnTexts([
    'Hoe gaat het?',
    'Goed hoor. Ik denk dat het wel meevalt. Een behulpzaam team.',
    'Dank u.',
  ]);
  await new AppPage(page).reload();
  await interview.expectTurnTexts([
    'Hoe gaat het?',
    'Goed hoor. Ik denk dat het wel meevalt. Een behulpzaam team.',
    'Dank u.',
  ]);
});

test('an interview that was not ended is offered for resuming after a restart', async ({ page }) => {
  const { app, interview } = await startPreparedInterview(page);
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type('Eerste vraag');
  await expect(interview.saved()).toBeVisible();
  await app.open('/');
  await expect(page.getByText('Het interview met BA is niet afgesloten.')).toBeVisible();
  await page
    .getByRole('region', { name: 'Lopende interviews' })
    .getByRole('button', { name: 'Interview hervatten' })
    .click();
  await expect(interview.turn('Onderzoeker', 1)).toHaveValue('Eerste vraag');
});
