/**
 * A stored interview that fails its schema, and an unsaved-text journal that reads
 * "null", no longer leave the interview screen on "loading": the damage is named, what is
 * readable can be exported, a safe repair is offered, removal asks first.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/app-page';
import { InterviewPage } from './pages/interview-page';
import { RespondentsPage } from './pages/respondents-page';

const question = 'Hoe ziet een gewone werkweek eruit?';

/** Rewrites the one interview record as a broken writer or a damaged disk might leave it. */
function breakInterview(page: Page, missing: string): Promise<string> {
  return page.evaluate(
    (field) =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('veldwerk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('interviews', 'readwrite').objectStore('interviews');
          const all = store.getAll();
          all.onsuccess = () => {
            const record = all.result[0] as Record<string, unknown>;
            delete record[field];
            store.put(record).onsuccess = () => {
              db.close();
              resolve(record.id as string);
            };
          };
        };
      }),
    missing,
  );
}

function savedTurnTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const request = indexedDB.open('veldwerk');
        request.onsuccess = () => {
          const all = request.result.transaction('turns').objectStore('turns').getAll();
          all.onsuccess = () => {
            resolve(all.result.map((turn: { text: string }) => turn.text));
            request.result.close();
          };
        };
      }),
  );
}

test('a damaged interview record and a "null" journal are named, exported, repaired or removed', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await new RespondentsPage(page).add({ name: 'Kees Bos', type: 'Manager', organisation: 'Aalten' });
  await new RespondentsPage(page).prepare('Kees Bos');
  const interview = new InterviewPage(page);
  await interview.start();
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type(question);
  await app.goToRespondents();
  await expect.poll(() => savedTurnTexts(page)).toContain(question);

  const id = await breakInterview(page, 'pauses');
  await page.evaluate((key) => localStorage.setItem(key, 'null'), `veldwerk:unsaved-text:${id}`);
  await app.reload();

  await page.getByRole('button', { name: 'Interview hervatten' }).click();
  await expect(page.getByRole('heading', { name: 'Dit interview is beschadigd' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Wat er mis is' })).toContainText('pauses');

  // What is readable leaves as JSON, typed text included.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Leesbare gegevens exporteren (JSON)' }).click();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(exported.interview.id).toBe(id);
  expect(exported.turns.map((turn: { text: string }) => turn.text)).toContain(question);

  // The rest of the app keeps working meanwhile.
  await app.goToStudy();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await app.goToRespondents();
  await page.getByRole('button', { name: 'Interview hervatten' }).click();

  // A missing list has a safe default: the repair opens the interview with its text; the
  // unreadable journal is set aside and said so.
  await page.getByRole('button', { name: 'Herstellen' }).click();
  await expect(interview.turn('Onderzoeker', 1)).toHaveValue(question);
  await expect(page.getByRole('alert').filter({ hasText: 'onleesbaar' })).toBeVisible();

  // A missing status has no safe default: no repair, only export or removal after a question.
  await app.goToRespondents();
  await breakInterview(page, 'status');
  await app.reload();
  await page.getByRole('button', { name: 'Interview hervatten' }).click();
  await expect(page.getByRole('list', { name: 'Wat er mis is' })).toContainText('status');
  await expect(page.getByRole('button', { name: 'Herstellen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Interview verwijderen…' }).click();
  await page.getByRole('button', { name: 'Niet verwijderen' }).click();
  await page.getByRole('button', { name: 'Interview verwijderen…' }).click();
  await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(page.getByText('Het beschadigde interview is verwijderd.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Interview hervatten' })).toHaveCount(0);
  expect(await savedTurnTexts(page)).toEqual([]);
});
