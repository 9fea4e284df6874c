/**
 * Structural edits survive a crash right after them: Chromium is killed with SIGKILL
 * (no beforeunload, no pagehide) as soon as a split, a change of speaker, a merge, a
 * move or a filler removal is saved, and started again on the same profile. A reload
 * straight after an edit, before it is saved, finds it too (from the journal).
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { InterviewPage } from './pages/interview-page';
import { RespondentsPage } from './pages/respondents-page';
import { startChromium, type RunningChromium } from './support/killable-chromium';
import { startPreparedInterview } from './support/prepared-interview';

// The browsers here are killed on purpose; tracing would try to read from a dead one.
test.use({ trace: 'off', screenshot: 'off', video: 'off' });

test('each kind of structural edit is there after Chromium is killed right after it', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const profile = mkdtempSync(join(tmpdir(), 'veldwerk-structure-crash-'));
  const started: RunningChromium[] = [];
  let running: RunningChromium;
  let page: Page;
  const launch = async (url: string) => {
    running = await startChromium(profile);
    started.push(running);
    const context = running.browser.contexts()[0]!;
    page = context.pages()[0] ?? (await context.newPage());
    await new AppPage(page).open(url);
    return new InterviewPage(page);
  };
  /**
   * Kills Chromium as soon as the edit is saved and opens the interview again in a new
   * one. SIGKILL takes the whole browser, and Chromium hands localStorage to disk only
   * seconds later, so the journal covers reloads and renderer crashes; what covers a
   * killed browser is the database write, which starts at once and says when it is done.
   */
  const crashAndReopen = async (interview: InterviewPage) => {
    await expect(interview.saved()).toBeVisible();
    const url = page.url();
    await running.kill();
    return launch(url);
  };

  try {
    const interview = await launch(baseURL!);
    await new RespondentsPage(page!).add({ name: 'Kees Bos', type: 'Manager', organisation: 'Aalten' });
    await new RespondentsPage(page!).prepare('Kees Bos');
    await interview.start();
    await interview.giveConsent();
    await page!.getByRole('button', { name: /Nieuwe beurt/ }).click();
    await page!.keyboard.type('Hoe gaat het? Uh, goed hoor.');
    await interview.press('Control+Enter');
    await page!.keyboard.type('Ik denk, uh, dat het ehm wel meevalt.');
    await interview.press('Control+Enter');
    await page!.keyboard.type('Dank u.');
    await expect(interview.saved()).toBeVisible();

    await editEachWay(() => page, interview, crashAndReopen);
  } finally {
    // A failed assertion leaves a browser running on the profile; it goes before the folder.
    for (const chromium of started) await chromium.kill();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

/** Each kind of structural edit, each followed by `after` (a crash, a reload) and checked on the screen it gives. */
async function editEachWay(
  page: () => Page,
  interview: InterviewPage,
  after: (interview: InterviewPage) => Promise<InterviewPage>,
) {
  // Split.
  await interview.turn('Onderzoeker', 1).click();
  await interview.turn('Onderzoeker', 1).evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(14, 14));
  await interview.press('Alt+Enter');
  const split = ['Hoe gaat het?', 'Uh, goed hoor.', 'Ik denk, uh, dat het ehm wel meevalt.', 'Dank u.'];
  await interview.expectTurnTexts(split);
  interview = await after(interview);
  await interview.expectTurnTexts(split);

  // Change of speaker.
  await interview.turn('Onderzoeker', 2).click();
  await interview.press('Alt+KeyS');
  await expect(interview.turn('Respondent', 2)).toHaveValue('Uh, goed hoor.');
  interview = await after(interview);
  await expect(interview.turn('Respondent', 2)).toHaveValue('Uh, goed hoor.');

  // Merge.
  await interview.turn('Respondent', 2).click();
  await page()
    .getByRole('toolbar', { name: 'Huidige beurt' })
    .getByRole('button', { name: 'Samenvoegen met volgende' })
    .click();
  const merged = ['Hoe gaat het?', 'Uh, goed hoor. Ik denk, uh, dat het ehm wel meevalt.', 'Dank u.'];
  await interview.expectTurnTexts(merged);
  interview = await after(interview);
  await interview.expectTurnTexts(merged);

  // Move.
  await interview.turn('Onderzoeker', 3).click();
  await interview.press('Alt+Shift+ArrowUp');
  const moved = ['Hoe gaat het?', 'Dank u.', 'Uh, goed hoor. Ik denk, uh, dat het ehm wel meevalt.'];
  await interview.expectTurnTexts(moved);
  interview = await after(interview);
  await interview.expectTurnTexts(moved);

  // Filler removal, on the ended interview.
  page().once('dialog', (dialog) => void dialog.accept());
  await page().getByRole('button', { name: 'Interview beëindigen' }).click();
  await page().getByRole('button', { name: /Transcript/ }).click();
  await page().getByRole('button', { name: 'Stopwoorden verwijderen' }).click();
  await page()
    .getByRole('region', { name: 'Stopwoorden verwijderen' })
    .getByRole('button', { name: '1 wijziging toepassen' })
    .click();
  const cleaned = ['Hoe gaat het?', 'Dank u.', 'Goed hoor. Ik denk dat het wel meevalt.'];
  await interview.expectTurnTexts(cleaned);
  interview = await after(interview);
  await interview.expectTurnTexts(cleaned);
}

test('each kind of structural edit is there after a reload straight after it', async ({ page }) => {
  test.setTimeout(180_000);
  const { interview } = await startPreparedInterview(page);
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type('Hoe gaat het? Uh, goed hoor.');
  await interview.press('Control+Enter');
  await page.keyboard.type('Ik denk, uh, dat het ehm wel meevalt.');
  await interview.press('Control+Enter');
  await page.keyboard.type('Dank u.');
  await editEachWay(
    () => page,
    interview,
    async (current) => {
      // No waiting for "saved": the reload cuts off whatever write is still under way.
      await new AppPage(page).reload();
      return current;
    },
  );
});
