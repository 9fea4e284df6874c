/** Page model of the app frame: start-up, navigation, language, notices. */
import { expect, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the app and waits until it has started (database open, example study installed). */
  async open(path = '/') {
    await this.page.goto(path);
    await this.waitUntilReady();
  }

  async reload() {
    await this.page.reload();
    await this.waitUntilReady();
  }

  async waitUntilReady() {
    await expect(this.page.locator('body[data-ready="true"]')).toHaveCount(1);
  }

  nav(name: string | RegExp) {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  async goToRespondents() {
    await this.nav(/Respondenten|Respondents/).click();
  }

  async goToStudy() {
    await this.nav(/Studie|Study/).click();
  }

  async chooseLanguage(label: 'Nederlands' | 'English') {
    await this.page.getByRole('combobox', { name: /^(Taal|Language)/ }).selectOption({ label });
  }

  alert() {
    return this.page.getByRole('alert');
  }

  status(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
