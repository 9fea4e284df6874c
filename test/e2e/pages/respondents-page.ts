/** Page model of the respondent list and form. */
import type { Page } from '@playwright/test';

export interface NewRespondent {
  name: string;
  type?: string;
  organisation?: string;
  function?: string;
  email?: string;
  phone?: string;
  code?: string;
}

export class RespondentsPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /Respondenten|Respondents/ });
  }

  async add(respondent: NewRespondent) {
    await this.page.getByRole('button', { name: 'Respondent toevoegen' }).click();
    const form = this.page.getByRole('form', { name: 'Nieuwe respondent' });
    await form.getByLabel('Naam').fill(respondent.name);
    if (respondent.type) await form.getByLabel('Type respondent').selectOption({ label: respondent.type });
    if (respondent.organisation) await form.getByLabel('Gemeente of organisatie').fill(respondent.organisation);
    if (respondent.function) await form.getByLabel('Functie').fill(respondent.function);
    if (respondent.email) await form.getByLabel('E-mail').fill(respondent.email);
    if (respondent.phone) await form.getByLabel('Telefoon').fill(respondent.phone);
    if (respondent.code) await form.getByLabel('Code').fill(respondent.code);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await this.row(respondent.name).waitFor();
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: false }) });
  }

  async prepare(name: string) {
    await this.page.getByRole('button', { name: `Interview met ${name} voorbereiden` }).click();
  }
}
