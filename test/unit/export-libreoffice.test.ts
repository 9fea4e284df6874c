/**
 * An exported transcript opened by another word processor than our own reader:
 * LibreOffice converts it to plain text (what a reader sees) and to flat ODF (whether it
 * understood the language, the page-number fields and the properties). Skipped locally
 * when LibreOffice is missing; on CI (which installs it) a missing LibreOffice fails.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exampleTranscriptFormat } from '../../shared/example/transcript-format';
import { buildTranscriptDocx, transcriptDocumentFrom, transcriptFileName, transcriptTitle } from '../../shared/export';

const run = promisify(execFile);

function findOnPath(names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (dir !== '' && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

const office = findOnPath(['soffice', 'libreoffice', 'soffice.exe']);
/** CI services set CI=true (or 1); an explicit CI=false/0 on a laptop is not CI. */
const onCi = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());
const NAME = 'Bram Aalders';

describe('LibreOffice', () => {
  it('reads the export back as the researcher wrote it', { timeout: 90_000 }, async (ctx) => {
    if (!office) {
      if (onCi) throw new Error('LibreOffice (soffice/libreoffice) is not on PATH, but CI must install it');
      ctx.skip('LibreOffice (soffice/libreoffice) is not on PATH; install it to run this test');
      return;
    }
    const date = new Date(2017, 3, 3, 10, 0);
    const doc = transcriptDocumentFrom(
      exampleTranscriptFormat,
      {
        respondent: NAME,
        organisation: 'Aalten',
        respondentType: 'Beleidsmedewerker',
        date: '3 april 2017',
        startTime: '3 april 2017, 10:00',
        duration: '52 minuten',
      },
      [
        { speaker: 'interviewer', text: 'Hoe is de samenwerking met “het rijk” & <de regio>?' },
        { speaker: 'respondent', text: '' },
        { speaker: 'respondent', text: 'Goed, geëvalueerd in één keer.\nTweede regel.' },
      ],
      { language: 'nl', anonymised: false, title: transcriptTitle('BA', date) },
    );
    const dir = await mkdtemp(join(tmpdir(), 'veldwerk-lo-'));
    try {
      const file = join(dir, transcriptFileName('BA', date, false));
      await writeFile(file, await buildTranscriptDocx(doc));
      // A profile of its own, so parallel runs (and a desktop LibreOffice) don't lock each other out.
      const profile = pathToFileURL(join(dir, 'profile')).href;
      const convert = (format: string) =>
        run(
          office,
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--norestore',
            '--convert-to',
            format,
            '--outdir',
            dir,
            file,
          ],
          {
            timeout: 80_000,
          },
        );

      await convert('txt:Text (encoded):UTF8');
      const text = (await readFile(file.replace(/\.docx$/, '.txt'), 'utf8'))
        .replace(/^\uFEFF/, '')
        .replace(/\r\n/g, '\n');
      expect(text.trimEnd().split('\n')).toEqual([
        'Niet geanonimiseerd – alleen voor eigen archief',
        `Naam respondent: ${NAME}`,
        'Werkend bij: gemeente Aalten',
        'Tijd interview: 3 april 2017, 10:00',
        'Tijdsduur interview: 52 minuten',
        exampleTranscriptFormat.note,
        'Onderzoeker: Hoe is de samenwerking met “het rijk” & <de regio>?',
        'Respondent: Goed, geëvalueerd in één keer.',
        'Tweede regel.',
      ]);

      await convert('fodt');
      const odf = await readFile(file.replace(/\.docx$/, '.fodt'), 'utf8');
      expect(odf).toContain('fo:language="nl" fo:country="NL"');
      const footer = /<style:footer>([\s\S]*?)<\/style:footer>/.exec(odf)?.[1] ?? '';
      expect(footer).toContain('Pagina ');
      expect(footer).toMatch(/<text:page-number\b/);
      expect(footer).toMatch(/<text:page-count\b/);
      expect(odf).toContain('<dc:title>Transcript BA 2017-04-03</dc:title>');
      expect(odf).not.toMatch(/<meta:initial-creator>|<dc:creator>/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
