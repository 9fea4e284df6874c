/**
 * Exporting transcripts to Word, end to end in Chromium: an interview naming the
 * respondent, a colleague from the study's identifier list, an e-mail address and a
 * phone number is exported anonymised through the review (one finding rejected, one
 * name added by hand), identified for the archive, and with every interview in a zip.
 * Each downloaded file is unzipped and its XML parts read back.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { readDocx, type ReadDocx } from '../support/docx-reader';
import { AppPage } from './pages/app-page';
import { ExportPage } from './pages/export-page';
import { InterviewPage } from './pages/interview-page';
import { RespondentsPage, type NewRespondent } from './pages/respondents-page';

const TURNS = [
  'Goedemorgen meneer Jansen, fijn dat u er bent.',
  'Ik werk veel samen met Karin de Vries. Mail me op p.jansen@aalten.nl of bel 06-12345678.',
  'Wie zit er nog meer in het team?',
  'Henk Willemsen en Karin natuurlijk. Zie ook www.vng.nl voor het beleid.',
];

/** Every form of every identifier the interview holds; none may be in an anonymised file. */
const IDENTIFIERS = ['Piet', 'Jansen', 'Karin', 'Vries', 'Henk', 'Willemsen', 'p.jansen', '@', '12345678', 'Aalten'];

function expectNoIdentifiers(docx: ReadDocx) {
  for (const [part, xml] of Object.entries({
    'word/document.xml': docx.documentXml,
    'docProps/core.xml': docx.coreXml,
    'docProps/app.xml': docx.appXml,
    footer: docx.footerXmls.join(''),
  })) {
    for (const identifier of IDENTIFIERS) expect(xml, `${identifier} in ${part}`).not.toContain(identifier);
  }
}

/** The modification time of each file in a zip, from its local headers, as "yyyy-mm-dd hh:mm". */
function zipEntryTimes(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const times: string[] = [];
  for (let at = 0; at + 30 <= bytes.length;) {
    if (view.getUint32(at, true) !== 0x04034b50) break;
    const time = view.getUint16(at + 10, true);
    const date = view.getUint16(at + 12, true);
    const pad = (n: number) => String(n).padStart(2, '0');
    times.push(
      `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}`,
    );
    const size = view.getUint32(at + 18, true);
    at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + size;
  }
  return times;
}

/**
 * Adds the respondent, starts the interview with consent, types the turns (speakers
 * alternating) and ends it. A long interview is entered as if pasted turn by turn; its
 * transcript is windowed, so only the last turn is read back before ending.
 */
async function holdInterview(page: Page, respondent: NewRespondent, turns: string[], { paste = false } = {}) {
  await new AppPage(page).goToRespondents();
  const respondents = new RespondentsPage(page);
  await respondents.add(respondent);
  await respondents.prepare(respondent.name);
  const interview = new InterviewPage(page);
  await interview.start();
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  for (const [index, text] of turns.entries()) {
    if (paste) await page.keyboard.insertText(text);
    else await page.keyboard.type(text);
    if (index < turns.length - 1) await interview.press('Control+Enter');
  }
  if (paste) {
    await expect(interview.turn(turns.length % 2 ? 'Onderzoeker' : 'Respondent', turns.length)).toHaveValue(
      turns.at(-1)!,
    );
    await expect(interview.saved()).toBeVisible();
  } else {
    await interview.expectTurnTexts(turns);
  }
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Interview beëindigen' }).click();
  // Ending opens the reflection; the transcript is one step back.
  await page.getByRole('button', { name: /Transcript/ }).click();
  await expect(page.getByRole('button', { name: 'Interview beëindigen' })).toHaveCount(0);
}

test('an interview exported anonymised through the review, then identified, then every interview as a zip', async ({
  page,
}) => {
  // The search runs in a module worker loaded from the built files under the built page's CSP.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/violates the following Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const app = new AppPage(page);
  await app.open();
  const exporter = new ExportPage(page);
  // The colleague goes on the study's identifier list before the interview.
  await app.goToStudy();
  await exporter.addToStudyList('Karin de Vries', 'Persoon');
  await holdInterview(
    page,
    {
      name: 'Piet Jansen',
      type: 'Beleidsmedewerker',
      organisation: 'Aalten',
      email: 'p.jansen@aalten.nl',
      phone: '06-12345678',
    },
    TURNS,
  );

  // ---- anonymised, through the review
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  const panel = exporter.panel('Transcript exporteren');
  await expect(panel.getByRole('radio', { name: /^Geanonimiseerd/ })).toBeChecked();
  await panel.getByRole('button', { name: 'Controleren en exporteren' }).click();
  const review = exporter.review();
  await expect(review).toBeVisible();
  expect(workers).toEqual([expect.stringMatching(/\/assets\/find-worker-[\w-]+\.js$/)]);
  expect(refused).toEqual([]);
  // One row per identifier, whatever the number of times it occurs.
  // "meneer" stays in the text; the code after it is bracketed ("meneer [BA]").
  await expect(exporter.identifier('Jansen', '[BA]')).toBeChecked();
  await expect(exporter.identifier('p.jansen@aalten.nl', '[e-mail]')).toBeChecked();
  await expect(exporter.identifier('06-12345678', '[telefoonnummer]')).toBeChecked();
  const karin = exporter.identifier('Karin de Vries', '[Persoon 1]');
  await expect(karin).toBeChecked();
  await expect(exporter.identifierRow('Karin de Vries', '[Persoon 1]')).toContainText('Karin de Vries · Karin');
  await expect(exporter.identifierRow('Karin de Vries', '[Persoon 1]')).toContainText('2 keer');
  // Its occurrences in context, each with its own tick; one unticked makes the identifier's tick mixed.
  const occurrences = await exporter.showOccurrences('Karin de Vries', 2);
  await expect(occurrences.getByRole('listitem').nth(1)).toContainText('Henk Willemsen en Karin natuurlijk');
  const karinAgain = exporter.occurrence(occurrences, 'Karin', '[Persoon 1]', 2, 2);
  await expect(karinAgain).toBeChecked();
  await karinAgain.uncheck();
  await expect(karin).toBeChecked({ indeterminate: true });
  await expect(review.getByRole('status')).toHaveText('6 van 8 worden vervangen.');
  // Ticking the mixed identifier replaces every occurrence again.
  await karin.click();
  await expect(karin).toBeChecked();
  await expect(karinAgain).toBeChecked();
  // A name nobody listed is suggested, unticked; shown in its context.
  await expect(exporter.identifier('Henk Willemsen', '[Persoon 2]')).not.toBeChecked();
  await expect(exporter.identifierRow('Henk Willemsen', '[Persoon 2]')).toContainText('en Karin natuurlijk');
  await expect(exporter.identifierRow('Henk Willemsen', '[Persoon 2]')).toContainText(
    'voorstel: persoon, waarschijnlijk',
  );
  // Reject one: the national association's website may stay.
  await exporter.identifier('www.vng.nl', '[website]').uncheck();
  // Add one by hand: found everywhere, and on the study's list from now on.
  await exporter.addByHand('Henk Willemsen', 'Persoon');
  await expect(exporter.identifier('Henk Willemsen', '[Persoon 2]')).toBeChecked();
  await expect(exporter.identifier('www.vng.nl', '[website]')).not.toBeChecked();
  // The municipality is named by its letter, as in the respondent codes, without being asked.
  await expect(exporter.identifier('Aalten', '[A]')).toBeChecked();
  await expect(review.getByRole('status')).toHaveText('7 van 8 worden vervangen.');

  const anonymised = await exporter.download(
    review.getByRole('button', { name: '1 geanonimiseerd transcript exporteren' }),
  );
  expect(anonymised.name).toMatch(/^BA_\d{4}-\d{2}-\d{2}\.docx$/);
  const docx = readDocx(anonymised.bytes);
  expect(docx.paragraphs.slice(0, 4).map((p) => p.text)).toEqual([
    'Naam respondent: BA',
    'Werkend bij: gemeente [A]',
    expect.stringMatching(/^Tijd interview: \d{1,2} \p{L}+ \d{4}, \d\d:\d\d$/u),
    expect.stringMatching(/^Tijdsduur interview: \d+ minu(ut|ten)$/),
  ]);
  expect(docx.paragraphs[4]!.text).toMatch(/^Woorden zoals ‘uh’ zijn weggelaten/);
  expect(docx.paragraphs.slice(5).map((p) => p.text)).toEqual([
    'Onderzoeker: Goedemorgen meneer [BA], fijn dat u er bent.',
    'Respondent: Ik werk veel samen met [Persoon 1]. Mail me op [e-mail] of bel [telefoonnummer].',
    'Onderzoeker: Wie zit er nog meer in het team?',
    'Respondent: [Persoon 2] en [Persoon 1] natuurlijk. Zie ook www.vng.nl voor het beleid.',
  ]);
  expect(docx.boldRuns).toEqual(['Onderzoeker:', 'Respondent:', 'Onderzoeker:', 'Respondent:']);
  expect(docx.stylesXml).toContain('w:val="nl-NL"');
  expect(docx.footerXmls.join('')).toContain('PAGE');
  expect(docx.coreXml).toMatch(/<dc:title>Transcript BA \d{4}-\d{2}-\d{2}<\/dc:title>/);
  expect(docx.text).not.toContain('Niet geanonimiseerd');
  expectNoIdentifiers(docx);

  // ---- identified, for the archive, labelled as such
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await panel.getByRole('radio', { name: /^Niet geanonimiseerd/ }).check();
  await expect(panel.getByRole('note')).toContainText('bevat namen en andere gegevens van respondenten');
  const identified = await exporter.download(panel.getByRole('button', { name: 'Niet-geanonimiseerd exporteren' }));
  expect(identified.name).toMatch(/^BA_\d{4}-\d{2}-\d{2}_niet-geanonimiseerd\.docx$/);
  const archive = readDocx(identified.bytes);
  expect(archive.paragraphs[0]!.text).toBe('Niet geanonimiseerd – alleen voor eigen archief');
  expect(archive.paragraphs[1]!.text).toBe('Naam respondent: Piet Jansen');
  expect(archive.text).toContain('Respondent: Ik werk veel samen met Karin de Vries. Mail me op p.jansen@aalten.nl');
  expect(archive.coreXml).not.toContain('Piet');

  // ---- a second interview, then every interview of the study, anonymised, in one zip; the same person keeps their label
  await holdInterview(page, { name: 'Anja Bakker', type: 'Manager', organisation: 'Aalten' }, [
    'Kent u Karin de Vries?',
    'Ja, en Piet Jansen ook. Henk Willemsen belde me vorige week.',
  ]);
  await app.goToStudy();
  await expect(exporter.identifierList().getByRole('cell', { name: 'Henk Willemsen', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Alle interviews exporteren' }).click();
  const all = exporter.panel('Alle transcripten exporteren');
  await expect(all.getByRole('radio', { name: 'Alles in één zip-bestand' })).toBeChecked();
  await all.getByRole('button', { name: 'Controleren en exporteren' }).click();
  for (const code of ['BA', 'MA']) {
    await expect(exporter.identifier('Karin de Vries', '[Persoon 1]', exporter.interview(code))).toBeChecked();
    await expect(exporter.identifier('Henk Willemsen', '[Persoon 2]', exporter.interview(code))).toBeChecked();
  }
  // Another respondent of the study is named by code in this one's transcript.
  await expect(exporter.identifier('Piet Jansen', 'BA', exporter.interview('MA'))).toBeChecked();
  const zip = await exporter.download(
    exporter.review().getByRole('button', { name: '2 geanonimiseerde transcripten exporteren' }),
  );
  expect(zip.name).toMatch(/^transcripten_\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = unzipSync(zip.bytes);
  const manager = anonymised.name.replace(/^BA/, 'MA');
  expect(Object.keys(entries)).toEqual([anonymised.name, manager]);
  // Every entry carries the same neutral time (1980-01-01 00:00), not the moment of export.
  expect(zipEntryTimes(zip.bytes)).toEqual(['1980-01-01 00:00', '1980-01-01 00:00']);
  const zipped = readDocx(entries[anonymised.name]!);
  expect(zipped.text).toContain('Respondent: [Persoon 2] en [Persoon 1] natuurlijk.');
  // Rejections belong to one review: in this one the website was left ticked.
  expect(zipped.text).toContain('Zie ook [website] voor het beleid.');
  const second = readDocx(entries[manager]!);
  expect(second.paragraphs[0]!.text).toBe('Naam respondent: MA');
  expect(second.paragraphs.slice(5).map((p) => p.text)).toEqual([
    'Onderzoeker: Kent u [Persoon 1]?',
    'Respondent: Ja, en BA ook. [Persoon 2] belde me vorige week.',
  ]);
  for (const docx of [zipped, second]) {
    expectNoIdentifiers(docx);
    expect(docx.documentXml).not.toContain('Anja');
    expect(docx.documentXml).not.toContain('Bakker');
  }

  // ---- every interview identified, one file each: one download per interview
  await page.getByRole('button', { name: 'Alle interviews exporteren' }).click();
  await all.getByRole('radio', { name: /^Niet geanonimiseerd/ }).check();
  await all.getByRole('radio', { name: 'Eén bestand per interview' }).check();
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await all.getByRole('button', { name: 'Niet-geanonimiseerd exporteren' }).click();
  await expect.poll(() => downloads).toEqual([identified.name, manager.replace('.docx', '_niet-geanonimiseerd.docx')]);
});

/**
 * Two interviews of the anonymisation benchmark (test/fixtures/anonymise-benchmark.txt)
 * as the 28 turns of one long interview, their marks removed: dozens of people, places
 * and organisations nobody put on the study's list.
 */
function longInterview(): string[] {
  const source = readFileSync(new URL('../fixtures/anonymise-benchmark.txt', import.meta.url), 'utf8');
  const [first, second] = source
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n')
    .split(/^=== .*$/mu)
    .slice(1);
  return [first!, second!]
    .flatMap((block) => block.split(/\n\s*\n/u))
    .map((paragraph) =>
      paragraph
        .trim()
        .replace(/^[OR]: /u, '')
        .replace(/\[\[([^|\]]+)\|[a-z]+\]\]/gu, '$1')
        .replace(/\{\{([^}]+)\}\}/gu, '$1'),
    )
    .filter(Boolean);
}

test('a long interview with many unlisted names: one row per person, suggestions ranked, a whole kind accepted at once', async ({
  page,
}) => {
  const turns = longInterview();
  expect(turns).toHaveLength(28);
  const app = new AppPage(page);
  await app.open();
  const exporter = new ExportPage(page);
  await holdInterview(page, { name: 'Els Hoekstra', type: 'Beleidsmedewerker', organisation: 'Aalten' }, turns, {
    paste: true,
  });

  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await exporter.panel('Transcript exporteren').getByRole('button', { name: 'Controleren en exporteren' }).click();
  const review = exporter.review();
  const table = exporter.interview('BA');
  await expect(table).toBeVisible();

  // All forms of one person in one row, with how often and what Veldwerk takes it for.
  const kees = exporter.identifierRow('Kees de Boer', '[Persoon 2]');
  await expect(kees).toContainText('Kees de Boer · Kees');
  await expect(kees).toContainText('3 keer');
  await expect(kees).toContainText('voorstel: persoon, waarschijnlijk');
  await expect(exporter.identifierRow('Gert-Jan Bakker', '[Persoon 4]')).toContainText(
    'Gert-Jan Bakker · Gert-Jan · Bakker',
  );
  // A title says the word after it is a name, even a word like "klein"; the title stays.
  const gunnewiek = await exporter.showOccurrences('Klein Gunnewiek', 3);
  await expect(gunnewiek.getByRole('listitem').first()).toContainText('onder wethouder Klein Gunnewiek');
  // Nationalities, languages and feasts are not suggested.
  for (const word of ['Syrische', 'Arabisch', 'Ramadan', 'Turks'])
    await expect(table.getByRole('checkbox', { name: new RegExp(`^“${word}”`) })).toHaveCount(0);

  // Far fewer rows than mentions, and the most likely suggestions first.
  const rows = exporter.suggestionRows(table);
  const status = (await review.getByRole('status').textContent()) ?? '';
  const mentions = Number(/van (\d+) worden vervangen/u.exec(status)?.[1]);
  expect(await rows.count()).toBeLessThan(mentions * 0.6);
  await expect(rows.first()).toContainText('waarschijnlijk');
  await expect(rows.last()).toContainText(/mogelijk|twijfelachtig/);

  // Every suggested person at once; each stays in its own row, the places stay as they are.
  const persons = exporter.suggestionKind('Personen');
  await expect(persons).not.toBeChecked();
  await persons.check();
  await expect(persons).toBeChecked();
  await expect(exporter.identifier('Kees de Boer', '[Persoon 2]')).toBeChecked();
  await expect(exporter.identifier('Klein Gunnewiek', '[Persoon 1]')).toBeChecked();
  await expect(exporter.identifier('Zelhem', '[Plaats 1]')).not.toBeChecked();
  // One person left out after all: the kind's tick shows it is no longer all.
  await exporter.identifier('Schouten', '[Persoon 9]').uncheck();
  await expect(persons).toBeChecked({ indeterminate: true });
  await exporter.suggestionKind('Plaatsen').check();
  await exporter.suggestionKind('Organisaties').check();
  await exporter.suggestionKind('Overige namen').check();
  await page.screenshot({ path: '/tmp/export-review-long.png', fullPage: false });
  // The grouped review with its suggestions, kinds and opened occurrences passes the WCAG A/AA checks.
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('.export-review')
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  const file = await exporter.download(review.getByRole('button', { name: '1 geanonimiseerd transcript exporteren' }));
  const { text } = readDocx(file.bytes);
  expect(text).toContain('mevrouw [Persoon 1] kwam zelf ook vaak langs');
  expect(text).toContain('eerst in [Plaats 1] en later');
  expect(text).toContain('Syrische gezinnen');
  expect(text).toContain('dokter Schouten');
  for (const name of [
    'Kees',
    'Boer',
    'Gunnewiek',
    'Visser',
    'Bakker',
    'Marloes',
    'Fatima',
    'Mulder',
    'Zelhem',
    'Sensire',
  ])
    expect(text, name).not.toContain(name);
});
