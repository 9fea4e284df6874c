/** A fake microphone for Chromium, playing a sound made with sox, and what the recording strip shows. */
import type { Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** A minute of rising tones in `folder`: the fake microphone plays it in a loop. */
export function makeSound(folder: string): string {
  const wav = join(folder, 'microphone.wav');
  execFileSync('sox', ['-n', '-r', '48000', '-b', '16', '-c', '1', wav, 'synth', '60', 'sine', '220-880', 'vol', '0.5']);
  return wav;
}

export function fakeMicrophoneFlags(wav: string): string[] {
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`];
}

/** The recorded seconds the recording strip shows ("Opgenomen: 01:05" is 65). */
export async function shownSeconds(strip: Locator): Promise<number> {
  const text = (await strip.getByText(/^Opgenomen: /).textContent()) ?? '';
  const [, minutes, seconds] = /(\d+):(\d\d)$/.exec(text) ?? [];
  return Number(minutes) * 60 + Number(seconds);
}
