/**
 * The study overview with sixteen held interviews of two topic lists: the topic matrix
 * scrolls sideways in its own labelled region with the header row and topic column in
 * view, and the page itself never gets wider than the window.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { InterviewPage } from './pages/interview-page';
import { OverviewPage } from './pages/reflection-page';
import { RespondentsPage } from './pages/respondents-page';

const MUNICIPALITIES = [
  'Aalten',
  'Berkelland',
  'Bronckhorst',
  'Doetinchem',
  'Montferland',
  'Oost Gelre',
  'Winterswijk',
];

async function holdInterview(page: Page, name: string, type: string) {
  await new AppPage(page).goToRespondents();
  await new RespondentsPage(page).add({ name, type, organisation: 'Aalten' });
  await new RespondentsPage(page).prepare(name);
  const interview = new InterviewPage(page);
  await interview.start();
  await interview.giveConsent();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Interview beëindigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Reflectie/ })).toBeVisible();
}

/** More interviews like each held one, one per municipality given, each asking other questions. */
async function copyInterviews(page: Page, municipalities = MUNICIPALITIES) {
  await page.evaluate(async (municipalities) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('veldwerk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Row = Record<string, unknown> & { id: string };
    const respondents = await read<Row>('respondents');
    const interviews = await read<Row & { respondentId: string; startedAt: number; guide: Guide }>('interviews');
    type Guide = { sections: { topics: { questions: { id: string }[] }[] }[] };
    const tx = db.transaction(['respondents', 'interviews', 'reflections'], 'readwrite');
    let n = 0;
    for (const original of interviews) {
      const respondent = respondents.find((r) => r.id === original.respondentId)!;
      const questions = original.guide.sections.flatMap((s) => s.topics.flatMap((t) => t.questions.map((q) => q.id)));
      for (const organisation of municipalities) {
        n += 1;
        const respondentId = `seeded-r${n}`;
        tx.objectStore('respondents').put({ ...respondent, id: respondentId, name: `Respondent ${n}`, organisation });
        tx.objectStore('interviews').put({
          ...original,
          id: `seeded-i${n}`,
          respondentId,
          startedAt: original.startedAt + n * 86_400_000,
          askedByHand: questions.filter((_, i) => (i * 7 + n) % 3 !== 0),
        });
        // One interview, late in the list, whose respondent asked for the report.
        if (n === 11) {
          tx.objectStore('reflections').put({
            interviewId: `seeded-i${n}`,
            studyId: original.studyId,
            moreAttention: [],
            notes: '',
            questionKindOverrides: {},
            closing: { transcriptRequested: false, reportRequested: true, suggestions: [] },
            updatedAt: original.startedAt,
          });
        }
      }
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, municipalities);
}

test('the overview of sixteen interviews: the matrix scrolls in its own region, the page stays as wide as the window', async ({
  page,
}) => {
  await new AppPage(page).open();
  await holdInterview(page, 'Piet Jansen', 'Beleidsmedewerker');
  await holdInterview(page, 'Marieke Bos', 'Manager');
  await copyInterviews(page);
  await new AppPage(page).reload();
  const overview = new OverviewPage(page);
  await overview.open();

  const matrix = overview.matrix();
  await expect(matrix.getByRole('columnheader', { name: /^Reflectie op het interview met / })).toHaveCount(16);
  // A laptop window: the matrix no longer fits and scrolls in its own region.
  await page.setViewportSize({ width: 1100, height: 760 });
  const region = page.getByRole('region', { name: 'Onderwerpen per interview (schuift horizontaal en verticaal)' });
  await expect(region.getByRole('table', { name: 'Onderwerpen per interview' })).toBeVisible();
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
  const box = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);

  // Scrolled to the far right and down: the header row and the topic names are still in view.
  await region.evaluate((el) => el.scrollTo(el.scrollWidth, 600));
  const regionBox = (await region.boundingBox())!;
  const header = (await matrix.getByRole('columnheader', { name: 'Onderwerp' }).boundingBox())!;
  expect(Math.abs(header.y - regionBox.y)).toBeLessThan(4);
  const topic = (await matrix.getByRole('rowheader', { name: 'Tijd voor reflectie' }).boundingBox())!;
  expect(Math.abs(topic.x - regionBox.x)).toBeLessThan(4);
  await page.screenshot({ path: '/tmp/reflect-matrix-16.png', fullPage: false });
  await page.getByRole('heading', { name: 'Vragenlijsten naast elkaar' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/reflect-answers-16.png', fullPage: false });
  // The follow-ups: one line per interview, forms closed, what is still to send first.
  // The rows are drawn as they come near the view, so the researcher scrolls to them.
  const followUps = overview.followUpTable();
  await followUps.scrollIntoViewIfNeeded();
  await expect(followUps).toHaveAttribute('aria-rowcount', '17');
  await expect(followUps.getByRole('row')).toHaveCount(17);
  await expect(followUps.getByRole('row').nth(1)).toContainText('verslag');
  await expect(followUps.getByRole('row').nth(1)).toContainText('nog te versturen');
  await expect(page.getByText('Bij 1 interview is nog iets te versturen; het staat bovenaan.')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Afspraken na het interview met / })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/reflect-followups-16.png', fullPage: false });
});

test('the overview of a hundred interviews shows at once and reaches the last interview by scrolling', async ({
  page,
}) => {
  await new AppPage(page).open();
  await holdInterview(page, 'Piet Jansen', 'Beleidsmedewerker');
  await copyInterviews(
    page,
    Array.from({ length: 100 }, (_, i) => `Gemeente ${String(i + 1).padStart(3, '0')}`),
  );
  await new AppPage(page).reload();
  const overview = new OverviewPage(page);
  await overview.open();

  const matrix = overview.matrix();
  // 101 interviews: a screen reader hears them all counted, the topic and coverage columns around them.
  await expect(matrix).toHaveAttribute('aria-colcount', '103');
  const headers = matrix.getByRole('columnheader', { name: /^Reflectie op het interview met / });
  await expect(headers.first()).toBeVisible();
  const region = page.getByRole('region', { name: 'Onderwerpen per interview (schuift horizontaal en verticaal)' });
  await region.evaluate((el) => el.scrollTo(el.scrollWidth, 0));
  // The newest interview is the last column, next to the coverage count, both in view.
  await expect(headers.last()).toHaveAttribute('aria-colindex', '102');
  await expect(headers.last()).toBeInViewport();
  await expect(matrix.getByRole('columnheader', { name: 'Gevraagd' })).toBeInViewport();
  // And back at the start, the first interview again.
  await region.evaluate((el) => el.scrollTo(0, 0));
  await expect(headers.first()).toHaveAttribute('aria-colindex', '2');
  await expect(headers.first()).toBeInViewport();

  // The follow-ups of 101 interviews: a screen reader hears them counted; only the rows near
  // the view are in the page, and moving the focus from row to row brings the next ones in.
  const followUps = overview.followUpTable();
  await expect(followUps).toHaveAttribute('aria-rowcount', '102');
  await page.getByRole('heading', { name: 'Afspraken na de interviews' }).scrollIntoViewIfNeeded();
  const drawn = await followUps.getByRole('row').count();
  expect(drawn).toBeLessThan(60);
  const focusedRow = page.locator('tr:has(:focus)');
  await followUps.getByRole('row').nth(1).getByRole('button').focus();
  await expect(focusedRow).toHaveAttribute('aria-rowindex', '2');
  for (let row = 3; row <= drawn + 10; row++) {
    await page.keyboard.press('Tab');
    await expect(focusedRow, `after ${row - 2} × Tab`).toHaveAttribute('aria-rowindex', String(row));
  }
  // Scrolled to the end of the page: the last interview's row, last of 102.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = followUps.getByRole('row').last();
  await expect(last).toHaveAttribute('aria-rowindex', '102');
  await expect(last).toBeInViewport();
});
