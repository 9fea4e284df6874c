/**
 * A crash mid-interview loses at most the last second: Chromium is killed with SIGKILL
 * (no beforeunload, no pagehide) and started again on the same profile.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { InterviewPage } from './pages/interview-page';
import { RespondentsPage } from './pages/respondents-page';
import { startChromium as startKillableChromium, type RunningChromium } from './support/killable-chromium';

// The browsers here are killed on purpose; tracing would try to read from a dead one.
test.use({ trace: 'off', screenshot: 'off', video: 'off' });

test('killing the browser mid-interview loses at most the last second of typing', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'veldwerk-crash-'));
  const started: RunningChromium[] = [];
  const startChromium = async (dir: string) => {
    const chromium = await startKillableChromium(dir);
    started.push(chromium);
    return chromium;
  };
  try {
    const first = await startChromium(profile);
    const page = first.browser.contexts()[0]!.pages()[0] ?? (await first.browser.contexts()[0]!.newPage());
    const app = new AppPage(page);
    await app.open(baseURL!);
    await new RespondentsPage(page).add({ name: 'Kees Bos', type: 'Manager', organisation: 'Aalten' });
    await new RespondentsPage(page).prepare('Kees Bos');
    const interview = new InterviewPage(page);
    await interview.start();
    await interview.giveConsent();
    await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
    await page.keyboard.type('Hoe ziet een gewone werkweek eruit?');
    await interview.press('Control+Enter');
    const answer = 'We beginnen maandag met een overleg en daarna werkt iedereen aan zijn eigen dossiers.';
    await page.keyboard.type(answer);
    // More than a second after the last keystroke, the browser dies without warning.
    await page.waitForTimeout(1_100);
    await first.kill();

    const second = await startChromium(profile);
    const again = second.browser.contexts()[0]!.pages()[0] ?? (await second.browser.contexts()[0]!.newPage());
    await new AppPage(again).open(baseURL!);
    await expect(again.getByText('Het interview met MA is niet afgesloten.')).toBeVisible();
    await again.getByRole('button', { name: 'Interview hervatten' }).click();
    const reopened = new InterviewPage(again);
    await expect(reopened.turn('Onderzoeker', 1)).toHaveValue('Hoe ziet een gewone werkweek eruit?');
    await expect(reopened.turn('Respondent', 2)).toHaveValue(answer);

    // Killed while typing: everything up to the last second is there, the rest at most lost.
    await reopened.turn('Respondent', 2).click();
    await again.keyboard.press('Control+End');
    await again.keyboard.type(' Op vrijdag evalueren we.');
    await again.waitForTimeout(1_000);
    await again.keyboard.type(' En dan?');
    await second.kill();
    const third = await startChromium(profile);
    const last = third.browser.contexts()[0]!.pages()[0] ?? (await third.browser.contexts()[0]!.newPage());
    await new AppPage(last).open(baseURL!);
    await last.getByRole('button', { name: 'Interview hervatten' }).click();
    const recovered = await new InterviewPage(last).turn('Respondent', 2).inputValue();
    expect(recovered.startsWith(`${answer} Op vrijdag evalueren we.`)).toBe(true);
    expect(`${answer} Op vrijdag evalueren we. En dan?`.startsWith(recovered)).toBe(true);
    await third.kill();
  } finally {
    // A failed assertion leaves a browser running on the profile; it goes before the folder.
    for (const chromium of started) await chromium.kill();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
