/** Page model of exporting transcripts: the study's identifier list, the export panel and its review. */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export class ExportPage {
  constructor(readonly page: Page) {}

  identifierList() {
    return this.page.getByRole('region', { name: 'Identificerende gegevens' });
  }

  async addIdentifier(form: Locator, text: string, kind: 'Persoon' | 'Plaats' | 'Organisatie' | 'Overig') {
    await form.getByLabel('Naam of gegeven').fill(text);
    await form.getByLabel('Soort').selectOption({ label: kind });
    await form.getByRole('button', { name: 'Toevoegen' }).click();
  }

  async addToStudyList(text: string, kind: 'Persoon' | 'Plaats' | 'Organisatie' | 'Overig') {
    await this.addIdentifier(this.identifierList().getByRole('form', { name: 'Identificerende gegevens' }), text, kind);
    await expect(this.identifierList().getByRole('cell', { name: text, exact: true })).toBeVisible();
  }

  panel(title: 'Transcript exporteren' | 'Alle transcripten exporteren') {
    return this.page.getByRole('region', { name: title });
  }

  review() {
    return this.page.getByRole('group', { name: 'Controle vóór het exporteren' });
  }

  /** The review's findings of one interview, by its respondent code. */
  interview(code: string) {
    return this.review().getByRole('table', { name: `Interview ${code}`, exact: true });
  }

  finding(match: string, replacement: string, within: Locator = this.review()) {
    return within.getByRole('checkbox', { name: `“${match}” vervangen door ${replacement}`, exact: true });
  }

  /** The review's row of a finding: its context, replacement and kind. */
  findingRow(match: string, replacement: string) {
    const name = `“${match}” vervangen door ${replacement}`;
    return this.review()
      .getByRole('row')
      .filter({ has: this.page.getByRole('checkbox', { name, exact: true }) });
  }

  async addByHand(text: string, kind: 'Persoon' | 'Plaats' | 'Organisatie' | 'Overig') {
    await this.addIdentifier(this.review().getByRole('form', { name: 'Zelf iets toevoegen' }), text, kind);
  }

  /** Clicks `button` and returns the file the browser downloads, with the name it suggested. */
  async download(button: Locator): Promise<{ name: string; bytes: Uint8Array }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
  }
}
