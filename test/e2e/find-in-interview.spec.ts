/**
 * Ctrl+F in a long interview finds a word in a turn the windowed transcript has not
 * drawn, scrolls there, counts the hits, and Esc puts the cursor back in that turn.
 */
import { expect, test } from '@playwright/test';
import { addEarlierTurns, interviewWithOneTurn } from './support/earlier-turns';

const EARLIER_TURNS = 400;
/** The turns (1-based) that mention "ideeën"; the first is far above the screen. */
const WITH_WORD = [12, 250, 391];

test('find in a long interview reaches a turn far off screen, steps through the hits and returns to the turn', async ({
  page,
}) => {
  const { app, interview, interviewId } = await interviewWithOneTurn(page, 'Hoe kijkt u terug op het jaar?');
  await addEarlierTurns(
    page,
    interviewId,
    Array.from(
      { length: EARLIER_TURNS },
      (_, i) =>
        `Eerdere beurt ${i + 1}: ${WITH_WORD.includes(i + 1) ? 'Nieuwe ideeën kwamen van de wijkteams.' : 'Het ging over de samenwerking.'}`,
    ),
  );
  await app.reload();

  const last = interview.turn('Onderzoeker', EARLIER_TURNS + 1);
  await expect(last).toBeFocused();
  // Turn 12 is not drawn at all: the window holds only the rows near the end.
  await expect(interview.turn('Respondent', 12)).toHaveCount(0);

  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Zoek in het transcript' });
  await expect(find).toBeFocused();
  // Typed without diacritics and in capitals, it still finds "ideeën".
  await find.fill('IDEEEN');
  const count = page.getByRole('search', { name: 'Zoeken in het transcript' }).getByRole('status');
  await expect(count).toHaveText('1 van 3');
  const first = interview.turn('Respondent', 12);
  await expect(first).toBeInViewport();
  await expect(first).toHaveAccessibleDescription('Treffer');

  await find.press('Enter');
  await expect(count).toHaveText('2 van 3');
  const second = page.getByRole('textbox', { name: /, beurt 250$/ });
  await expect(second).toBeInViewport();
  await expect(second).toHaveAccessibleDescription('Treffer');

  await find.press('Shift+Enter');
  await find.press('Shift+Enter');
  await expect(count).toHaveText('3 van 3');
  const third = page.getByRole('textbox', { name: /, beurt 391$/ });
  await expect(third).toBeInViewport();

  await find.fill('burgemeester');
  await expect(count).toHaveText('Geen treffers');
  await find.fill('ideeën');
  await expect(count).toHaveText('1 van 3');
  await find.press('Escape');
  await expect(find).toHaveCount(0);
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
});
