/** Page model of editing a topic list in place on the study screen. */
import { expect, type Locator, type Page } from '@playwright/test';

export class TopicListEditorPage {
  constructor(readonly page: Page) {}

  /** Opens the list's details on the study screen and switches it to editing. */
  async open(title: string) {
    await this.page.locator('summary').filter({ hasText: title }).click();
    await this.page.getByRole('button', { name: `Topiclijst “${title}” bewerken` }).click();
    await expect(this.editor()).toBeVisible();
  }

  editor() {
    return this.page.getByRole('region', { name: /^Topiclijst bewerken:/ });
  }

  topic(label: string) {
    return this.editor().getByRole('group', { name: `Onderwerp: ${label}`, exact: true });
  }

  /** A question by its place: "Vraag 2 bij Openingsvraag". */
  question(n: number, topic: string) {
    return this.editor().getByRole('group', { name: `Vraag ${n} bij ${topic}`, exact: true });
  }

  questionText(question: Locator) {
    return question.getByLabel('Tekst van de vraag', { exact: true });
  }

  followUp(question: Locator) {
    return question.getByRole('checkbox', { name: /^Vervolgvraag/ });
  }

  handle(question: Locator) {
    return question.locator('.drag-handle').first();
  }

  async undo() {
    await this.editor().getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
  }

  async redo() {
    await this.editor().getByRole('button', { name: 'Opnieuw', exact: true }).click();
  }

  announcement(text: string) {
    return this.editor().getByRole('status').filter({ hasText: text });
  }

  async waitUntilSaved() {
    await expect(
      this.editor().getByRole('status').filter({ hasText: 'Alle wijzigingen zijn opgeslagen' }),
    ).toBeVisible();
  }

  async done() {
    await this.editor().getByRole('button', { name: 'Klaar met bewerken' }).click();
    await expect(this.editor()).toHaveCount(0);
  }
}
