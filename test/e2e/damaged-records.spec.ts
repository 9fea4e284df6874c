/**
 * A stored interview that fails its schema, and an unsaved-text journal that reads
 * "null", no longer leave the interview screen on "loading": the damage is named, what is
 * readable can be exported, a safe repair is offered, removal asks first.
 */
import AxeBuilder from '@axe-core/playwright';
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
  await expect(page.getByRole('list', { name: 'Wat er mis is', exact: true })).toContainText('pauses');

  // What is readable leaves as JSON, typed text included.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Leesbare gegevens exporteren (JSON)', exact: true }).click();
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
  await page.getByRole('button', { name: 'Herstellen', exact: true }).click();
  await expect(interview.turn('Onderzoeker', 1)).toHaveValue(question);
  await expect(page.getByRole('alert').filter({ hasText: 'onleesbaar' })).toBeVisible();

  // A missing status has no safe default: no repair, only export or removal after a question.
  await app.goToRespondents();
  await breakInterview(page, 'status');
  await app.reload();
  await page.getByRole('button', { name: 'Interview hervatten' }).click();
  await expect(page.getByRole('list', { name: 'Wat er mis is', exact: true })).toContainText('status');
  await expect(page.getByRole('button', { name: 'Herstellen', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Interview verwijderen…' }).click();
  await page.getByRole('button', { name: 'Niet verwijderen' }).click();
  await page.getByRole('button', { name: 'Interview verwijderen…' }).click();
  await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(page.getByText('Het beschadigde interview is verwijderd.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Interview hervatten' })).toHaveCount(0);
  expect(await savedTurnTexts(page)).toEqual([]);
});

/** Puts records straight into IndexedDB, as a broken writer or a damaged disk might leave them. */
function putRaw(page: Page, records: [string, Record<string, unknown>][]): Promise<void> {
  return page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('veldwerk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction([...new Set(entries.map(([table]) => table))], 'readwrite');
          for (const [table, record] of entries) tx.objectStore(table).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

function firstInterviewId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('veldwerk');
        request.onsuccess = () => {
          const all = request.result.transaction('interviews').objectStore('interviews').getAll();
          all.onsuccess = () => {
            resolve((all.result[0] as { id: string }).id);
            request.result.close();
          };
        };
      }),
  );
}

test('a damaged study, respondent, turn, memo and reflection are each named with what can be done; the rest keeps working', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const respondents = new RespondentsPage(page);
  await respondents.add({ name: 'Kees Bos', type: 'Manager', organisation: 'Aalten' });
  await respondents.prepare('Kees Bos');
  const interview = new InterviewPage(page);
  await interview.start();
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type(question);
  await app.goToRespondents();
  await expect.poll(() => savedTurnTexts(page)).toContain(question);
  const interviewId = await firstInterviewId(page);

  await putRaw(page, [
    ['studies', { id: 'kapotte-studie', name: 'Kapotte studie' }],
    ['respondents', { id: 'kapotte-respondent', studyId: 'lerende-gemeenten-achterhoek', name: 'Kapotte Respondent' }],
    ['turns', { id: 'kapotte-beurt', interviewId, speaker: 'respondent', startedAt: 5 }],
    ['memos', { id: 'kapotte-memo', interviewId, text: 42, at: 1 }],
    ['reflections', { interviewId, studyId: 'lerende-gemeenten-achterhoek' }],
  ]);
  await app.reload();

  const damaged = page.getByRole('region', { name: /(gegevens zijn|gegeven is) beschadigd$/ });
  await expect(damaged.getByRole('heading')).toHaveText('5 gegevens zijn beschadigd');
  const item = (name: string) => damaged.getByRole('listitem', { name, exact: true });
  await expect(item('Studie “Kapotte studie”').getByRole('list', { name: 'Wat er mis is' })).toContainText(
    'topicLists',
  );
  await expect(item('Respondent “Kapotte Respondent”')).toContainText('typeId');
  await expect(item(`Beurt “kapotte-beurt (interview ${interviewId})”`)).toContainText('text');
  await expect(item(`Memo “kapotte-memo (interview ${interviewId})”`)).toContainText('text');
  await expect(item(`Reflectie “${interviewId}”`)).toContainText('notes');
  // No safe default for a missing type or a memo text that is a number: only export or removal.
  await expect(damaged.getByRole('button', { name: 'Respondent “Kapotte Respondent” herstellen' })).toHaveCount(0);
  await expect(damaged.getByRole('button', { name: /^Memo .* herstellen$/ })).toHaveCount(0);

  // The notice passes the WCAG A/AA checks.
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('main')
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The rest of the app keeps working: the lists leave the damaged records out.
  await expect(page.getByRole('cell', { name: 'Kees Bos', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Kapotte Respondent' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Geopende studie' }).getByRole('option')).toHaveCount(1);

  // The interview with a damaged turn and memo is not opened for editing; it names them.
  await page.getByRole('button', { name: 'Interview hervatten' }).click();
  await expect(page.getByRole('heading', { name: 'Dit interview is beschadigd' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Wat er mis is', exact: true })).toContainText('kapotte-beurt');

  // What is readable leaves as JSON.
  const download = page.waitForEvent('download');
  await damaged
    .getByRole('button', { name: 'Respondent “Kapotte Respondent”: leesbare gegevens exporteren (JSON)' })
    .click();
  const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(exported.record.name).toBe('Kapotte Respondent');

  // The reflection screen names the damage instead of loading for ever.
  await page.goto(`/#/interviews/${encodeURIComponent(interviewId)}/reflectie`);
  await expect(page.getByRole('heading', { name: 'Dit interview kan niet worden gelezen' })).toBeVisible();

  // Repair fills in what has a safe default; removal asks first.
  await damaged.getByRole('button', { name: `Beurt “kapotte-beurt (interview ${interviewId})” herstellen` }).click();
  await damaged.getByRole('button', { name: `Reflectie “${interviewId}” herstellen` }).click();
  await damaged.getByRole('button', { name: `Memo “kapotte-memo (interview ${interviewId})” verwijderen…` }).click();
  await damaged.getByRole('button', { name: 'Ja, deze memo verwijderen' }).click();
  await damaged.getByRole('button', { name: 'Studie “Kapotte studie” verwijderen…' }).click();
  await damaged.getByRole('button', { name: 'Ja, deze studie met alles wat erbij hoort verwijderen' }).click();
  await expect(damaged.getByRole('heading')).toHaveText('Eén gegeven is beschadigd');
  await expect(damaged.getByRole('listitem', { name: 'Respondent “Kapotte Respondent”' })).toBeVisible();

  // With its turn repaired and the memo gone, the interview opens again with its text.
  await app.goToRespondents();
  await page.getByRole('button', { name: 'Interview hervatten' }).click();
  await expect(interview.turn('Onderzoeker', 1)).toHaveValue(question);
});
