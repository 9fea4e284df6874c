/**
 * Transcribing a held interview against a recording made elsewhere: a generated tone
 * (sox) is attached, transcription mode opens over it, and the keys work while typing in
 * a turn. Checked on the media element itself: playing, paused a second back, three
 * seconds back and forward, slower and faster at the same pitch; a timestamp lands in the
 * text, a new turn takes the playback position, and a click on a turn's time plays from there.
 * The keys can be changed. The Word export puts each turn's time before it, and an
 * identified REFI-QDA project carries the recording with a sync point per timed turn.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatTimestamp } from '../../shared/transcription/time';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { readDocx } from '../support/docx-reader';
import { AppPage } from './pages/app-page';
import { ExportPage } from './pages/export-page';
import { ReflectionPage } from './pages/reflection-page';
import { prepareInterview } from './support/prepared-interview';

const audio = (page: Page) => page.locator('.transcription-panel audio');
const state = (page: Page) =>
  audio(page).evaluate((a: HTMLAudioElement) => ({
    paused: a.paused,
    time: a.currentTime,
    rate: a.playbackRate,
    pitch: a.preservesPitch,
  }));

/** Presses `key` in `field` and returns the element's time at that very key press (read before the app acts on it). */
async function timeAtKey(page: Page, field: Locator, key: string): Promise<number> {
  await page.evaluate(() => {
    window.addEventListener(
      'keydown',
      () => {
        (window as unknown as { atKey: number }).atKey = document.querySelector('audio')!.currentTime;
      },
      { capture: true, once: true },
    );
  });
  await field.press(key);
  return page.evaluate(() => (window as unknown as { atKey: number }).atKey);
}

test('transcribing against an attached recording from the keyboard', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const wav = testInfo.outputPath('gesprek.wav');
  // 30 seconds of a quiet tone: something to play, made here rather than kept in the repo.
  execFileSync('sox', ['-n', '-r', '16000', '-c', '1', wav, 'synth', '30', 'sine', '440', 'vol', '0.1']);

  const { interview } = await prepareInterview(page);
  await interview.start();
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type('Hoe begon het project?');
  await interview.press('Control+Enter');
  await page.keyboard.type('Met een brief van de provincie.');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Interview beëindigen' }).click();
  await expect(new ReflectionPage(page).heading()).toBeVisible();
  await page.getByRole('button', { name: /Transcript/ }).click();

  // A held interview without a recording yet: transcription mode says where to attach one.
  await page.getByRole('button', { name: 'Transcriberen', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Transcriberen met de opname' });
  await expect(panel).toContainText('Dit interview heeft geen opname');
  // Attached in the recording strip (the respondent consented to recording), it plays here at once.
  await page.getByRole('region', { name: 'Opname' }).getByLabel('Opnamebestand (m4a, mp3, wav, webm of ogg)').setInputFiles(wav);
  await expect(panel.getByRole('slider', { name: 'Positie in de opname' })).toBeVisible();
  await expect(panel).toContainText('van 00:00:30');
  await page.screenshot({ path: testInfo.outputPath('transcribe.png'), fullPage: false });

  const answer = interview.turn('Respondent', 2);
  await answer.click();
  await answer.press('End');

  // Esc plays…
  await answer.press('Escape');
  await expect.poll(async () => (await state(page)).paused).toBe(false);
  await expect.poll(async () => (await state(page)).time).toBeGreaterThan(1.5);
  // …and pauses, a second back from where it was.
  const pausedAt = await timeAtKey(page, answer, 'Escape');
  await expect.poll(async () => (await state(page)).paused).toBe(true);
  expect((await state(page)).time).toBeCloseTo(Math.max(0, pausedAt - 1), 1);
  await expect(panel.getByRole('button', { name: 'Afspelen' })).toBeVisible();

  // Alt+→ three seconds forward, Alt+← three back.
  const from = (await state(page)).time;
  await answer.press('Alt+ArrowRight');
  await expect.poll(async () => (await state(page)).time).toBeCloseTo(from + 3, 1);
  await answer.press('Alt+ArrowLeft');
  await answer.press('Alt+ArrowLeft');
  await expect.poll(async () => (await state(page)).time).toBeCloseTo(Math.max(0, from - 3), 1);

  // F4 faster, F3 slower, in quarter steps, the pitch kept.
  await answer.press('F4');
  await expect.poll(async () => (await state(page)).rate).toBe(1.25);
  await answer.press('F3');
  await answer.press('F3');
  await expect.poll(async () => (await state(page)).rate).toBe(0.75);
  expect((await state(page)).pitch).toBe(true);
  await expect(panel.getByText('Snelheid 0,75×')).toBeVisible();

  // Ctrl+J puts the time where the recording stands into the text, at the caret.
  const at = (await state(page)).time;
  await answer.press('Control+KeyJ');
  await expect(answer).toHaveValue(`Met een brief van de provincie. [${formatTimestamp(at * 1000)}] `);
  // Typing goes on in the same turn.
  await page.keyboard.type('Daarna kwam de gemeente.');
  await expect(answer).toHaveValue(/\] Daarna kwam de gemeente\.$/);

  // A new turn begins where playback stands: its time is a button that plays from there.
  await answer.press('Alt+ArrowRight');
  await answer.press('Alt+ArrowRight');
  const turnStart = (await state(page)).time;
  await answer.press('Control+Enter');
  await page.keyboard.type('En toen?');
  const seek = page.getByRole('button', { name: `Beurt 3 afspelen vanaf ${formatTimestamp(turnStart * 1000)}` });
  await expect(seek).toBeVisible();
  const question = interview.turn('Onderzoeker', 3);
  await question.press('Alt+ArrowRight');
  await question.press('Alt+ArrowRight');
  await expect.poll(async () => (await state(page)).time).toBeGreaterThan(turnStart + 5);
  const clickedAt = await page.evaluate(() => document.querySelector('audio')!.currentTime);
  await seek.click();
  // It plays from the turn's time: back there, and going on from it.
  await expect.poll(async () => (await state(page)).paused).toBe(false);
  const heard = (await state(page)).time;
  expect(heard).toBeGreaterThanOrEqual(turnStart - 0.05);
  expect(heard).toBeLessThan(clickedAt);
  await question.press('Escape');
  await expect.poll(async () => (await state(page)).paused).toBe(true);
  await expect(interview.saved()).toBeVisible();

  // Other keys: a key that types is refused with the reason, F9 is taken for play/pause.
  await panel.getByRole('button', { name: 'Toetsen kiezen' }).click();
  const choose = panel.getByRole('button', { name: /^Afspelen of pauzeren .*: Esc\. Andere toets kiezen$/ });
  await choose.click();
  await choose.press('KeyA');
  await expect(panel.getByRole('status').filter({ hasText: 'A typt of bewerkt tekst' })).toBeVisible();
  await choose.press('F1');
  await expect(panel.getByRole('status').filter({ hasText: 'F1 is al in gebruik: Sneltoetsen tonen of verbergen.' })).toBeVisible();
  await choose.press('F9');
  await expect(panel.getByRole('button', { name: /^Afspelen of pauzeren .*: F9\. Andere toets kiezen$/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('transcribe-keys.png'), fullPage: false });
  await question.click();
  await question.press('F9');
  await expect.poll(async () => (await state(page)).paused).toBe(false);
  await question.press('F9');
  await expect.poll(async () => (await state(page)).paused).toBe(true);
  // Esc does not play any more; the shortcut list shows the key chosen.
  await question.press('Escape');
  await expect.poll(async () => (await state(page)).paused).toBe(true);
  await page.getByRole('button', { name: 'Sneltoetsen' }).click();
  const list = page.getByRole('region', { name: 'Transcriberen (met de opname open)' });
  await expect(list.getByText('F9', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Sneltoetsen' }).click();

  // Word, identified, with each turn's time before it: the new turn's place in the recording.
  const exporter = new ExportPage(page);
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  const one = exporter.panel('Transcript exporteren');
  await one.getByRole('radio', { name: /^Niet geanonimiseerd/ }).check();
  await one.getByRole('checkbox', { name: /^De tijd in de opname voor elke beurt/ }).check();
  const word = await exporter.download(one.getByRole('button', { name: 'Niet-geanonimiseerd exporteren' }));
  const paragraphs = readDocx(word.bytes).paragraphs.map((p) => p.text);
  expect(paragraphs).toContain(`[${formatTimestamp(turnStart * 1000)}] Onderzoeker: En toen?`);
  expect(paragraphs.some((p) => /^\[00:00:0\d\] Onderzoeker: Hoe begon het project\?$/.test(p))).toBe(true);

  // REFI-QDA, identified: the recording itself as an AudioSource, the new turn as a sync point.
  await new AppPage(page).goToStudy();
  await page.getByRole('button', { name: 'Alle interviews exporteren' }).click();
  const all = exporter.panel('Alle transcripten exporteren');
  await all.getByRole('radio', { name: /^REFI-QDA-project \(\.qdpx\)/ }).check();
  await all.getByRole('radio', { name: /^Niet geanonimiseerd/ }).check();
  await expect(all).toContainText('bevat ook de opnamen');
  const qdpx = await exporter.download(all.getByRole('button', { name: 'Niet-geanonimiseerd exporteren' }));
  const entries = unzipSync(qdpx.bytes);
  const xml = strFromU8(entries['project.qde']!);
  const path = /<AudioSource [^>]*path="internal:\/\/([^"]+\.wav)"/.exec(xml)?.[1];
  expect(path).toBeDefined();
  expect(entries[`sources/${path}`]).toEqual(new Uint8Array(readFileSync(wav)));
  expect(xml).toContain(`timeStamp="${Math.round(turnStart * 1000)}"`);
});
