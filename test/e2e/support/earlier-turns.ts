/**
 * Earlier turns written straight to IndexedDB, as a long interview held before would have
 * them: the tests of long transcripts start from hundreds of turns without typing them.
 */
import { expect, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { InterviewPage } from '../pages/interview-page';
import { RespondentsPage } from '../pages/respondents-page';

/** A started interview with one typed turn, saved: the turn the long transcript is put before. */
export async function interviewWithOneTurn(
  page: Page,
  text: string,
): Promise<{ app: AppPage; interview: InterviewPage; interviewId: string }> {
  const app = new AppPage(page);
  await app.open();
  await new RespondentsPage(page).add({ name: 'Anna de Boer', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await new RespondentsPage(page).prepare('Anna de Boer');
  const interview = new InterviewPage(page);
  await interview.start();
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type(text);
  await expect(interview.saved()).toBeVisible();
  const interviewId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  return { app, interview, interviewId };
}

/** Puts `texts` before the interview's turns, one turn each, speakers alternating. */
export async function addEarlierTurns(page: Page, interviewId: string, texts: readonly string[]): Promise<void> {
  await page.evaluate(
    async ({ interviewId, texts }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('veldwerk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['interviews', 'turns'], 'readwrite');
      const interviews = tx.objectStore('interviews');
      const get = interviews.get(interviewId);
      get.onsuccess = () => {
        const interview = get.result;
        const base = interview.startedAt as number;
        const ids = texts.map((text, i) => {
          const id = `earlier-${i}`;
          tx.objectStore('turns').put({
            id,
            interviewId,
            speaker: i % 2 === 0 ? 'interviewer' : 'respondent',
            text,
            startedAt: base + i,
          });
          return id;
        });
        interviews.put({ ...interview, turnOrder: [...ids, ...interview.turnOrder] });
      };
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { interviewId, texts },
  );
}
