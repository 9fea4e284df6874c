/** Page model of "Gegevens": backups, study files, restoring and merging. */
import { expect, type Page } from '@playwright/test';

export class DataPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gegevens' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Gegevens' })).toBeVisible();
  }

  /** Clicks a button that saves a file and returns the downloaded file's path. */
  private async download(button: string, passphrase = ''): Promise<string> {
    await this.page.getByLabel('Wachtwoord (niet verplicht)').fill(passphrase);
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return (await download).path();
  }

  saveBackup(passphrase?: string) {
    return this.download('Reservekopie opslaan', passphrase);
  }

  saveStudyFile() {
    return this.download('Studie als bestand opslaan');
  }

  async openFile(path: string, passphrase?: string) {
    await this.page.getByLabel('Reservekopie- of studiebestand').setInputFiles(path);
    if (passphrase !== undefined) await this.page.getByLabel('Wachtwoord van het bestand').fill(passphrase);
    await this.page.getByRole('button', { name: 'Bestand openen' }).click();
  }

  contents() {
    return this.page.getByRole('region', { name: 'Dit bestand bevat' });
  }

  /** Merges the opened file and waits for the report of what was added. */
  async merge(report: RegExp) {
    await this.page.getByRole('button', { name: 'Samenvoegen met de gegevens op deze computer' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: report }).last()).toBeVisible();
  }

  /** Adds the opened file's studies as new studies and waits for the report. */
  async addAsCopy(report: RegExp) {
    await this.page.getByRole('button', { name: 'Als kopie toevoegen' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: report }).last()).toBeVisible();
  }

  refusal() {
    return this.page.getByRole('alert').filter({ hasText: 'Dit bestand wordt niet teruggezet' });
  }
}
