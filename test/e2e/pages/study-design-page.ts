/** Page model of making a study one's own: a new study, its questionnaire from a CSV, rules, sharing the design. */
import { expect, type Page } from '@playwright/test';

export class StudyDesignPage {
  constructor(readonly page: Page) {}

  async createStudy(name: string, types: { name: string; codeLetter: string }[], language?: 'Nederlands' | 'Engels') {
    await this.page.getByRole('link', { name: 'Nieuwe studie' }).click();
    const form = this.page.getByRole('form', { name: 'Nieuwe studie' });
    await form.getByLabel('Naam van de studie').fill(name);
    if (language) await form.getByLabel('Taal van de instrumenten').selectOption({ label: language });
    for (const [i, type] of types.entries()) {
      if (i > 0) await form.getByRole('button', { name: 'Type toevoegen' }).click();
      await form.getByLabel(`Type ${i + 1}`, { exact: true }).fill(type.name);
      await form.getByLabel(`Codeletter type ${i + 1}`).fill(type.codeLetter);
    }
    await form.getByRole('button', { name: 'Studie aanmaken' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  panel(summary: string | RegExp) {
    return this.page
      .locator('details.design-panel')
      .filter({ has: this.page.locator('summary', { hasText: summary }) });
  }

  async openPanel(summary: string | RegExp) {
    const panel = this.panel(summary);
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').first().click();
    return panel;
  }

  async chooseQuestionnaireCsv(name: string, bytes: Uint8Array) {
    const panel = await this.openPanel(/Vragenlijsten bewerken/);
    await panel
      .getByLabel('Vragenlijst maken uit CSV-export')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  }

  /** The study settings form, opened. */
  async settings() {
    await this.openPanel(/Studie-instellingen/);
    return this.page.getByRole('form', { name: /Studie-instellingen/ });
  }

  /** Deletes the open study from its page, confirming with its name. */
  async deleteOpenStudy(name: string) {
    const zone = this.page.getByRole('region', { name: 'Studie verwijderen' });
    await zone.getByRole('button', { name: 'Deze studie verwijderen…' }).click();
    const form = zone.getByRole('form', { name: 'Studie verwijderen' });
    await form.getByLabel(/^Typ de naam van de studie/).fill(name);
    await form.getByRole('button', { name: 'Studie definitief verwijderen' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Studie “${name}” is verwijderd.` })).toBeVisible();
  }

  csvReview() {
    return this.page.getByRole('region', { name: /^Voorstel uit / });
  }

  ruleForm() {
    return this.page.getByRole('form', { name: 'Nieuwe regel' });
  }

  ruleRow(condition: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('cell', { name: condition, exact: true }) });
  }
}
