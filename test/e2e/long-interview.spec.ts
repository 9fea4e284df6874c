/**
 * A long interview (hundreds of turns, as after three hours): only the turns near the
 * screen are drawn, yet the researcher can scroll anywhere, and the turn being typed in
 * keeps every keystroke even when it is scrolled far out of view.
 */
import { expect, test } from '@playwright/test';
import { addEarlierTurns, interviewWithOneTurn } from './support/earlier-turns';

const EARLIER_TURNS = 400;

test('in a long interview the turn being typed keeps every keystroke while scrolling through the transcript', async ({
  page,
}) => {
  const { app, interview, interviewId } = await interviewWithOneTurn(page, 'Hoe kijkt u terug op het jaar?');

  await addEarlierTurns(
    page,
    interviewId,
    Array.from(
      { length: EARLIER_TURNS },
      (_, i) => `Eerdere beurt ${i + 1}: het gesprek ging over de samenwerking in het team.`,
    ),
  );
  await app.reload();

  // Reopened at the end, with the cursor in the last turn.
  const last = interview.turn('Onderzoeker', EARLIER_TURNS + 1);
  await expect(last).toBeFocused();
  await expect(last).toHaveValue('Hoe kijkt u terug op het jaar?');

  // Scrolling to the top shows the first turn, while typing still goes into the last one.
  await page.keyboard.type(' En', { delay: 20 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(interview.turn('Onderzoeker', 1)).toBeInViewport();
  await expect(interview.turn('Onderzoeker', 1)).toHaveValue(/^Eerdere beurt 1:/);
  await page.keyboard.type(' daarna?', { delay: 20 });
  await expect(last).toBeFocused();

  // Somewhere in the middle, by scrolling alone.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  const turnsOnScreen = () =>
    interview.turns().evaluateAll((areas) =>
      areas
        .filter((area) => {
          const box = area.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight && (area as HTMLTextAreaElement).value !== '';
        })
        .map((area) => Number(/beurt (\d+)$/.exec(area.getAttribute('aria-label') ?? '')?.[1])),
    );
  await expect.poll(async () => (await turnsOnScreen()).length).toBeGreaterThan(5);
  const middle = await turnsOnScreen();
  expect(Math.min(...middle)).toBeGreaterThan(100);
  expect(Math.max(...middle)).toBeLessThan(300);

  await expect(interview.saved()).toBeVisible();
  await app.reload();
  await expect(interview.turn('Onderzoeker', EARLIER_TURNS + 1)).toHaveValue(
    'Hoe kijkt u terug op het jaar? En daarna?',
  );
  await expect(interview.turn('Onderzoeker', EARLIER_TURNS + 1)).toBeFocused();
});
