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

  /** The review's tick for one identifier, every occurrence at once, by its longest form. */
  identifier(form: string, replacement: string, within: Locator = this.review()) {
    return within.getByRole('checkbox', { name: `“${form}” vervangen door ${replacement}`, exact: true });
  }

  /** The review's row of an identifier: its forms, first occurrence in context, replacement, count and kind. */
  identifierRow(form: string, replacement: string, within: Locator = this.review()) {
    const name = `“${form}” vervangen door ${replacement}`;
    return within.getByRole('row').filter({ has: this.page.getByRole('checkbox', { name, exact: true }) });
  }

  /** Opens the occurrences of an identifier in context and returns their list. */
  async showOccurrences(form: string, count: number, within: Locator = this.review()) {
    const toggle = within.getByRole('button', { name: `${count} keer: “${form}” in de tekst bekijken`, exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = within.getByRole('list', { name: `Vermeldingen van “${form}”`, exact: true });
    await expect(list.getByRole('listitem')).toHaveCount(count);
    return list;
  }

  /** One occurrence's own tick in an opened list of occurrences. */
  occurrence(list: Locator, match: string, replacement: string, n: number, count: number) {
    return list.getByRole('checkbox', {
      name: `“${match}” vervangen door ${replacement} (vermelding ${n} van ${count})`,
      exact: true,
    });
  }

  /** The tick for every suggestion of one kind: "Personen", "Plaatsen", "Organisaties", "Overige namen". */
  suggestionKind(kind: string) {
    return this.review()
      .getByRole('group', { name: 'Voorstellen per soort' })
      .getByRole('checkbox', { name: new RegExp(`^${kind}: `) });
  }

  /** The rows of the suggestions in one interview's table, in the order shown. */
  suggestionRows(table: Locator) {
    return table
      .getByRole('rowgroup')
      .filter({ hasText: 'Voorstellen, de waarschijnlijkste eerst' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('checkbox') });
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
