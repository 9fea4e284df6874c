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

  /**
   * Waits until the app has started. A fresh profile first offers encryption at rest;
   * tests that are not about it take the offered way past it ("Nu niet"), as a
   * researcher may.
   */
  async waitUntilReady() {
    const ready = this.page.locator('body[data-ready="true"]');
    const notNow = this.page.getByRole('button', { name: /^(Nu niet|Not now)/ });
    await expect(ready.or(notNow)).toHaveCount(1);
    if (await notNow.count()) await notNow.click();
    await expect(ready).toHaveCount(1);
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
