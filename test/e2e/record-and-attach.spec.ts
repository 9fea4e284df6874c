/**
 * The recorder in the test browser with a fake microphone: it pauses and resumes with
 * the interview clock and ends with the interview; a recording made elsewhere is
 * attached, and a file that does not play is refused with a reason.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { InterviewPage } from './pages/interview-page';
import { RespondentsPage } from './pages/respondents-page';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium-flags';
import { fakeMicrophoneFlags, makeSound, shownSeconds } from './support/fake-microphone';
import { readStoredRecording } from './support/stored-recording';

// Made when the file loads: the browser is launched with it.
const folder = mkdtempSync(join(tmpdir(), 'veldwerk-sound-'));
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, ...fakeMicrophoneFlags(makeSound(folder))] } });
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('the recorder pauses with the interview clock; a file from elsewhere is attached, one that does not play is refused with a reason', async ({
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
  const bar = page.getByRole('region', { name: 'Opname' });
  await bar.getByRole('button', { name: 'Opname starten' }).click();
  await expect(bar.getByRole('status')).toHaveText('Opname loopt');
  await expect.poll(() => shownSeconds(bar)).toBeGreaterThanOrEqual(1);
  await page.getByRole('button', { name: 'Pauzeren' }).click();
  await expect(bar.getByRole('status')).toHaveText('Opname gepauzeerd (met de klok)');
  const whilePaused = await shownSeconds(bar);
  await page.getByRole('button', { name: 'Hervatten' }).click();
  await expect(bar.getByRole('status')).toHaveText('Opname loopt');
  await expect.poll(() => shownSeconds(bar)).toBeGreaterThan(whilePaused);
  // Ending the interview ends the recording, its last chunk stored.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Interview beëindigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Reflectie/ })).toBeVisible();
  expect((await readStoredRecording(page)).parts[0]!.durationMs).toBeGreaterThan(1000);

  await app.goToRespondents();
  await respondents.add({ name: 'Anna de Vries', type: 'Beleidsmedewerker', organisation: 'Winterswijk' });
  await respondents.prepare('Anna de Vries');
  await interview.start();
  await interview.giveConsent();
  const strip = page.getByRole('region', { name: 'Opname' });
  const file = strip.getByLabel('Opnamebestand (m4a, mp3, wav, webm of ogg)');
  await file.setInputFiles({ name: 'telefoon.mp3', mimeType: 'audio/mpeg', buffer: Buffer.from('ID3 dit is geen geluid '.repeat(200)) });
  await expect(app.alert().filter({ hasText: '“telefoon.mp3” kan hier niet worden afgespeeld' })).toBeVisible();
  await expect(strip.getByRole('status')).toHaveText('Nog geen opname');

  const phone = join(folder, 'telefoon.wav');
  execFileSync('sox', ['-n', '-r', '44100', '-b', '16', '-c', '1', phone, 'synth', '4', 'sine', '440']);
  await file.setInputFiles(phone);
  await expect(page.getByText('Opname toegevoegd: telefoon.wav (00:04).')).toBeVisible();
  await expect(strip.getByRole('status')).toHaveText('Opname bewaard');
  await expect(strip.getByText('Toegevoegd bestand: telefoon.wav')).toBeVisible();
  await expect(strip.getByRole('button', { name: 'Opname starten' })).toHaveCount(0);
});
