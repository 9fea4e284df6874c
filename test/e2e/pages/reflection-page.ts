/** Page model of the reflection after an interview, and of the study overview. */
import { expect, type Page } from '@playwright/test';

export class ReflectionPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^Reflectie/ });
  }

  measured() {
    return this.page.getByRole('group', { name: 'Gemeten' });
  }

  openShare() {
    return this.page.getByRole('status', { name: 'Aandeel open vragen' });
  }

  questionKind(text: string) {
    return this.page.getByRole('combobox', { name: `Soort vraag: ${text}` });
  }

  answer(question: string, answer: 'Ja' | 'Deels' | 'Nee') {
    return this.page.getByRole('group', { name: question }).getByRole('radio', { name: answer });
  }

  attention(topic: string) {
    return this.page
      .getByRole('group', { name: 'Welke onderwerpen verdienen meer aandacht?' })
      .getByRole('checkbox', { name: topic });
  }

  notes() {
    return this.page.getByRole('textbox', { name: 'Aantekeningen' });
  }

  async waitUntilSaved() {
    await expect(this.page.getByRole('status').filter({ hasText: 'Alles opgeslagen' })).toBeVisible();
  }
}

export class OverviewPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Overzicht van de studie' })).toBeVisible();
  }

  matrix() {
    return this.page.getByRole('table', { name: 'Onderwerpen per interview' });
  }

  /** The cell of a topic row in the matrix, for the only (or first) interview column. */
  stateOf(topic: string) {
    return this.matrix()
      .getByRole('row', { name: new RegExp(`^${topic}`) })
      .getByRole('cell')
      .first();
  }

  followUpTable() {
    return this.page.getByRole('table', { name: 'Afspraken per interview' });
  }

  /** The table row of one interview's follow-ups. */
  followUpRow(code: string) {
    return this.followUpTable().getByRole('row', { name: new RegExp(`^${code}\\b`) });
  }

  /** Opens the follow-up form of one interview (closed by default) and returns it. */
  async followUpsOf(code: string) {
    const toggle = this.followUpTable().getByRole('button', { name: `Afspraken met ${code}` });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return this.page.getByRole('region', { name: `Afspraken na het interview met ${code}` });
  }
}
