/** An interview held to its end with one answer typed, its transcript open again (coding, search). */
import { expect, type Page } from '@playwright/test';
import type { InterviewPage } from '../pages/interview-page';
import { ReflectionPage } from '../pages/reflection-page';

/** Holds an interview whose respondent's turn 2 says `answer`, and opens its transcript again. */
export async function holdInterview(page: Page, interview: InterviewPage, answer: string) {
  await interview.start();
  await interview.giveConsent();
  await interview.press('Alt+BracketRight');
  await interview.press('Alt+1');
  await expect(interview.turn('Respondent', 2)).toBeFocused();
  await page.keyboard.type(answer);
  page.once('dialog', (dialog) => void dialog.accept());
  await interview.press('Alt+Shift+KeyE');
  await expect(new ReflectionPage(page).heading()).toBeVisible();
  await page.getByRole('button', { name: /Transcript/ }).click();
  await expect(interview.turn('Respondent', 2)).toHaveValue(answer);
}
