/** Page model of conducting an interview: consent, clock, guide, turns, memos. */
import { expect, type Page } from '@playwright/test';

export class InterviewPage {
  constructor(readonly page: Page) {}

  async start() {
    await this.page.getByRole('button', { name: 'Interview starten' }).click();
  }

  async giveConsent() {
    await this.page.getByRole('radio', { name: 'Gegeven' }).check();
    await this.page.getByRole('checkbox', { name: 'Anonimiteit uitgelegd' }).check();
    await this.page.getByRole('button', { name: 'Interview beginnen' }).click();
    await expect(this.clock()).toBeVisible();
  }

  clock() {
    return this.page.getByRole('timer', { name: 'Interviewtijd' });
  }

  guide() {
    return this.page.locator('.guide-pane');
  }

  stillToAsk() {
    return this.page.getByRole('region', { name: 'Nog navragen in dit onderdeel' });
  }

  section(title: string | RegExp) {
    return this.page.getByRole('navigation', { name: 'Onderdelen van de gids' }).getByRole('button', { name: title });
  }

  currentSectionHeading() {
    return this.guide().getByRole('heading', { level: 2 });
  }

  turn(speaker: 'Onderzoeker' | 'Respondent', number: number) {
    return this.page.getByRole('textbox', { name: `${speaker}, beurt ${number}`, exact: true });
  }

  turns() {
    return this.page.locator('ol.turns textarea');
  }

  async turnTexts(): Promise<string[]> {
    return this.turns().evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
  }

  /** Retries, because turns load from IndexedDB after a reload and re-render after an edit. */
  async expectTurnTexts(expected: string[]) {
    await expect.poll(() => this.turnTexts()).toEqual(expected);
  }

  saved() {
    return this.page.getByRole('status').filter({ hasText: 'Alles opgeslagen' });
  }

  async press(keys: string) {
    await this.page.keyboard.press(keys);
  }
}
