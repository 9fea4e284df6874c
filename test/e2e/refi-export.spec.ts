/**
 * A study exported as a REFI-QDA project from the app: an interview is held, one passage
 * of it coded (stored straight in IndexedDB, as the coding screen would), and the study
 * exported as .qdpx, identified and anonymised through the review. Each download is
 * unzipped, its project.qde validated against the REFI-QDA schema and the coded passage
 * cut from its source at the exported positions.
 */
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { fileURLToPath } from 'node:url';
import { schemaErrors } from '../support/xmllint';
import { AppPage } from './pages/app-page';
import { ExportPage } from './pages/export-page';
import { InterviewPage } from './pages/interview-page';
import { RespondentsPage } from './pages/respondents-page';

const TURNS = ['Hoe gaat de samenwerking met Karin?', 'Heel “goed” 👍🏽 met Karin de Vries en het café-overleg.'];
const CODED = 'met Karin de Vries en het café-overleg';

/** Stores a coding of `coded` in the respondent's turn, under the first code of the study's first tree. */
async function codePassage(page: Page, coded: string) {
  await page.evaluate(async (coded) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('veldwerk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Turn = { id: string; interviewId: string; speaker: string; text: string };
    const turn = (await all<Turn>('turns')).find((t) => t.speaker === 'respondent' && t.text.includes(coded))!;
    const [interview] = (await all<{ id: string; studyId: string }>('interviews')).filter((i) => i.id === turn.interviewId);
    const [study] = (await all<{ id: string; codeTrees: { nodes: { id: string }[] }[] }>('studies')).filter(
      (s) => s.id === interview!.studyId,
    );
    const start = turn.text.indexOf(coded);
    const tx = db.transaction('codings', 'readwrite');
    tx.objectStore('codings').put({
      id: 'e2e-coding',
      studyId: study!.id,
      interviewId: turn.interviewId,
      turnId: turn.id,
      codeId: study!.codeTrees[0]!.nodes[0]!.id,
      span: { kind: 'text', start, end: start + coded.length },
      createdAt: Date.now(),
      updatedAt: Date.now(),
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, coded);
}

/** The project, and the text each selection of the first code tree's first code cuts from its source. */
function readProject(bytes: Uint8Array) {
  const entries = unzipSync(bytes);
  const xml = strFromU8(entries['project.qde']!);
  const sources = new Map(
    [...xml.matchAll(/<TextSource guid="([^"]+)"[^>]*plainTextPath="internal:\/\/([^"]+)"/g)].map((m) => [
      m[1]!,
      strFromU8(entries[`sources/${m[2]}`]!),
    ]),
  );
  const cuts = [...xml.matchAll(/<TextSource guid="([^"]+)"[\s\S]*?<\/TextSource>/g)].flatMap((source) =>
    [...source[0].matchAll(/<PlainTextSelection guid="[^"]+" name="[^"]*" startPosition="(\d+)" endPosition="(\d+)"/g)].map(
      (s) => Array.from(sources.get(source[1]!)!).slice(Number(s[1]), Number(s[2])).join(''),
    ),
  );
  return { entries, xml, sources, cuts };
}

test('a coded interview exported as a REFI-QDA project, identified and anonymised', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.goToRespondents();
  const respondents = new RespondentsPage(page);
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await respondents.prepare('Piet Jansen');
  const interview = new InterviewPage(page);
  await interview.start();
  await interview.giveConsent();
  await page.getByRole('button', { name: /Nieuwe beurt/ }).click();
  await page.keyboard.type(TURNS[0]!);
  await interview.press('Control+Enter');
  await page.keyboard.insertText(TURNS[1]!);
  await interview.expectTurnTexts(TURNS);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Interview beëindigen' }).click();
  await expect(page.getByRole('button', { name: 'Interview beëindigen' })).toHaveCount(0);
  await codePassage(page, CODED);

  // ---- identified, for the researcher's own analysis
  await app.goToStudy();
  const exporter = new ExportPage(page);
  await page.getByRole('button', { name: 'Alle interviews exporteren' }).click();
  const panel = exporter.panel('Alle transcripten exporteren');
  await panel.getByRole('radio', { name: /^REFI-QDA-project \(\.qdpx\)/ }).check();
  await expect(panel.getByRole('radio', { name: 'Alles in één zip-bestand' })).toHaveCount(0);
  await panel.getByRole('radio', { name: /^Niet geanonimiseerd/ }).check();
  const identified = await exporter.download(panel.getByRole('button', { name: 'Niet-geanonimiseerd exporteren' }));
  expect(identified.name).toMatch(/_\d{4}-\d{2}-\d{2}_niet-geanonimiseerd\.qdpx$/);
  const project = readProject(identified.bytes);
  expect(schemaErrors(project.xml)).toBe('');
  expect(Object.keys(project.entries).filter((name) => name.startsWith('sources/'))).toHaveLength(1);
  const [text] = [...project.sources.values()];
  expect(text).toContain(`Respondent: ${TURNS[1]}`);
  expect(project.cuts).toContain(CODED);
  // The automatic code of the respondent's turn covers the whole turn.
  expect(project.cuts).toContain(TURNS[1]);
  expect(project.xml).toMatch(/<Case guid="[^"]+" name="Piet Jansen">/);

  // ---- anonymised, through the same review as Word (the panel stays open after an identified export)
  await panel.getByRole('radio', { name: /^Geanonimiseerd/ }).check();
  await expect(panel.getByRole('radio', { name: /^REFI-QDA-project \(\.qdpx\)/ })).toBeChecked();
  await panel.getByRole('button', { name: 'Controleren en exporteren' }).click();
  await expect(exporter.review()).toBeVisible();
  await exporter.addByHand('Karin de Vries', 'Persoon');
  await expect(exporter.identifier('Karin de Vries', '[Persoon 1]')).toBeChecked();
  const anonymised = await exporter.download(
    exporter.review().getByRole('button', { name: /geanonimiseerd transcript exporteren/ }),
  );
  expect(anonymised.name).toMatch(/_\d{4}-\d{2}-\d{2}\.qdpx$/);
  const hidden = readProject(anonymised.bytes);
  expect(schemaErrors(hidden.xml)).toBe('');
  for (const name of ['Piet', 'Jansen', 'Karin', 'Vries'])
    expect(hidden.xml + [...hidden.sources.values()].join('')).not.toContain(name);
  // The selection moved with the replacement: it covers the replaced name, on the replaced text.
  expect(hidden.cuts).toContain('met [Persoon 1] en het café-overleg');
});

test('an ATLAS.ti codebook comes in as a code tree, and the code trees go out as a .qdc', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.goToStudy();
  await page.getByText('Codebomen bewerken', { exact: true }).click();
  await page
    .getByLabel('Codeboek importeren (.qdc of .qdpx)')
    .setInputFiles(fileURLToPath(new URL('../fixtures/refi-qda/atlas-ti-23-sample.qdpx', import.meta.url)));
  await expect(page.getByText('Codeboom “target-atlas-project” toegevoegd met 3 codes.')).toBeVisible();
  const tree = page.getByRole('region', { name: 'target-atlas-project' });
  await expect(tree.getByLabel('Code Commits', { exact: true })).toHaveValue('Commits');
  await expect(tree.getByLabel('Code 2022-02-11T10:39:25Z cdbfd92', { exact: true })).toBeVisible();

  // A file that is no codebook is refused with the reason, and nothing changes.
  await page.getByLabel('Codeboek importeren (.qdc of .qdpx)').setInputFiles({
    name: 'kapot.qdc',
    mimeType: 'application/xml',
    buffer: Buffer.from('<CodeBook><Codes/></CodeBook>'),
  });
  await expect(page.getByText('Het bestand bevat geen REFI-QDA-codes.')).toBeVisible();

  const codebook = await new ExportPage(page).download(page.getByRole('button', { name: 'Codeboek exporteren (.qdc)' }));
  expect(codebook.name).toMatch(/_codeboek\.qdc$/);
  const xml = strFromU8(codebook.bytes);
  expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
  expect(xml).toContain('name="2022-05-10T02:05:59Z 19e4dce" isCodable="true"');
});
