/** Page model of preparing one interview: questionnaire import and answers, the guide. */
import { expect, type Page } from '@playwright/test';

export class PreparationPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  guide() {
    return this.page.getByRole('region', { name: 'Gespreksgids' });
  }

  topicListSelect() {
    return this.page.getByLabel('Topiclijst', { exact: true });
  }

  async importFile(name: string, bytes: Buffer | Uint8Array, mimeType = 'text/csv') {
    await this.page
      .getByLabel(/Antwoorden (opnieuw )?importeren \(CSV of zip\)/)
      .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
  }

  importReview() {
    return this.page.getByRole('region', { name: /^Controleren:/ });
  }

  async confirmImport() {
    await this.importReview().getByRole('button', { name: 'Antwoorden overnemen' }).click();
    await expect(this.importReview()).toHaveCount(0);
  }

  /** The tick box of a guide question, found by the start of its text. */
  tick(textStart: string) {
    return this.guide().getByRole('checkbox', { name: new RegExp(`^Navragen: ${escape(textStart)}`) });
  }

  /** The list item of a guide question, found by the start of its text. */
  question(textStart: string) {
    return this.guide().getByRole('listitem').filter({ has: this.page.getByText(new RegExp(`^${escape(textStart)}`)) });
  }

  async addOwnQuestion(topic: string, text: string) {
    await this.guide().getByRole('button', { name: `Vraag toevoegen bij ${topic}` }).click();
    await this.guide().getByLabel(`Nieuwe vraag bij ${topic}`).fill(text);
    await this.guide().getByRole('button', { name: 'Toevoegen', exact: true }).click();
  }

  async back() {
    await this.page.getByRole('button', { name: /Terug naar respondenten/ }).click();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
