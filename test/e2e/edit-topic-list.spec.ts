/**
 * Making the study your own: a researcher edits the policy officers' topic list in
 * place (add, type, move by keyboard and by drag, indent, follow-up, remove, undo and
 * redo), finds it as left after a reload, and prepares an interview that uses it; makes
 * a new list for a respondent type; loses nothing to a reload mid-typing; and an
 * interview already under way keeps the guide it started with.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { InterviewPage } from './pages/interview-page';
import { PreparationPage } from './pages/preparation-page';
import { RespondentsPage } from './pages/respondents-page';
import { StudyDesignPage } from './pages/study-design-page';
import { TopicListEditorPage } from './pages/topic-list-editor-page';

const LIST = 'Topiclijst beleidsmedewerkers (indien ingevulde vragenlijst)';
const OPENING = 'Als u denkt aan uw team, hoe zou u uw team omschrijven';
const NEW_QUESTION = 'Wat viel u de afgelopen maand op in het werk van uw team?';

test('edit a topic list in place, reload, and prepare an interview with it', async ({ page }) => {
  // A long journey (two page loads, a preparation); on a busy two-core machine it needs more than the default.
  test.slow();
  const app = new AppPage(page);
  const editor = new TopicListEditorPage(page);
  await app.open();
  await app.goToStudy();
  await editor.open(LIST);

  // Add a question to the opening topic; focus lands in its text field.
  await editor.topic('Openingsvraag').getByRole('button', { name: 'Vraag toevoegen' }).click();
  const added = editor.question(2, 'Openingsvraag');
  await expect(editor.questionText(added)).toBeFocused();
  await editor.questionText(added).fill(NEW_QUESTION);

  // Alt+↑ moves it above the opening question, and focus follows it.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(editor.questionText(editor.question(1, 'Openingsvraag'))).toHaveValue(NEW_QUESTION);
  await expect(editor.questionText(editor.question(1, 'Openingsvraag'))).toBeFocused();
  await expect(editor.announcement('Verplaatst naar Vraag 1 bij Openingsvraag')).toBeVisible();

  // Dragged back below the opening question, by its handle.
  const target = editor.question(2, 'Openingsvraag').locator('.edit-row').first();
  const box = (await target.boundingBox())!;
  await editor
    .handle(editor.question(1, 'Openingsvraag'))
    .dragTo(target, { targetPosition: { x: 40, y: box.height - 6 } });
  await expect(editor.questionText(editor.question(2, 'Openingsvraag'))).toHaveValue(NEW_QUESTION);
  await expect(editor.questionText(editor.question(1, 'Openingsvraag'))).toHaveValue(new RegExp(`^${OPENING}`));

  // Indent: it becomes a follow-up of the question above; outdent with Alt+← and mark it again by hand.
  const moved = editor.question(2, 'Openingsvraag');
  await moved.getByRole('button', { name: 'Inspringen: vervolgvraag op de vraag erboven' }).click();
  await expect(editor.followUp(moved)).toBeChecked();
  await editor.questionText(moved).focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(editor.followUp(moved)).not.toBeChecked();
  await editor.followUp(moved).check();
  await expect(editor.followUp(moved)).toBeChecked();

  // Add a throwaway question, remove it, undo and redo the removal.
  await moved.getByRole('button', { name: 'Vraag eronder toevoegen' }).click();
  const extra = editor.question(3, 'Openingsvraag');
  await editor.questionText(extra).fill('Weg ermee');
  await extra.getByRole('button', { name: 'Vraag verwijderen' }).click();
  await expect(editor.question(3, 'Openingsvraag')).toHaveCount(0);
  // The buttons announce the keys the editor's command table gives them.
  await expect(page.getByRole('button', { name: 'Ongedaan maken', exact: true })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+Z',
  );
  await expect(page.getByRole('button', { name: 'Opnieuw', exact: true })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+Shift+Z Control+Y',
  );
  await editor.undo();
  await expect(editor.announcement('Ongedaan gemaakt: verwijderd')).toBeVisible();
  await expect(editor.questionText(editor.question(3, 'Openingsvraag'))).toHaveValue('Weg ermee');
  await editor.redo();
  await expect(editor.announcement('Opnieuw gedaan: verwijderd')).toBeVisible();
  await expect(editor.question(3, 'Openingsvraag')).toHaveCount(0);
  // The keyboard does the same: Ctrl+Z brings it back, Ctrl+Shift+Z removes it again.
  await editor.questionText(moved).focus();
  await page.keyboard.press('Control+z');
  await expect(editor.question(3, 'Openingsvraag')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.question(3, 'Openingsvraag')).toHaveCount(0);

  await editor.waitUntilSaved();
  await page.screenshot({ path: '/tmp/topiclist-editor.png', fullPage: false });
  await app.reload();
  await app.goToStudy();
  await editor.open(LIST);
  await expect(editor.questionText(editor.question(2, 'Openingsvraag'))).toHaveValue(NEW_QUESTION);
  await expect(editor.followUp(editor.question(2, 'Openingsvraag'))).toBeChecked();
  await expect(editor.question(3, 'Openingsvraag')).toHaveCount(0);
  await editor.done();

  // An interview with a policy officer, on this list, shows the new question as a follow-up.
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.goToRespondents();
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await respondents.prepare('Piet Jansen');
  await prep.guide().getByRole('combobox', { name: 'Topiclijst', exact: true }).selectOption({ label: LIST });
  await expect(prep.guide().getByText(NEW_QUESTION)).toBeVisible();
  await expect(prep.question(NEW_QUESTION).getByText('Vervolgvraag', { exact: false }).first()).toBeVisible();

  // Removing a topic that holds the researcher's own question in a preparation asks first.
  await prep.addOwnQuestion('Openingsvraag', 'Hoe lang werkt u al in dit team?');
  await app.goToStudy();
  await editor.open(LIST);
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('1 eigen vraag');
    void dialog.dismiss();
  });
  await editor.topic('Openingsvraag').getByRole('button', { name: 'Onderwerp verwijderen' }).click();
  await expect(editor.topic('Openingsvraag')).toHaveCount(1);
});

test('a new topic list for a respondent type, with a role variant and a placeholder; a question a rule needs stays', async ({
  page,
}) => {
  const app = new AppPage(page);
  const editor = new TopicListEditorPage(page);
  await app.open();
  await app.goToStudy();

  const form = page.getByRole('form', { name: 'Nieuwe topiclijst' });
  await form.getByLabel('Voor type respondent').selectOption({ label: 'Manager' });
  await form.getByLabel('Titel van de nieuwe topiclijst').fill('Eigen lijst managers');
  await form.getByRole('button', { name: 'Nieuwe topiclijst maken' }).click();
  await expect(app.status('is nu de topiclijst van Manager')).toBeVisible();
  await expect(
    page.getByRole('row', { name: /^Manager/ }).getByRole('cell', { name: 'Eigen lijst managers' }),
  ).toBeVisible();
  await expect(editor.editor()).toBeVisible();

  const section = editor.editor().getByRole('group', { name: 'Onderdeel 1: Inleiding', exact: true });
  await section.getByRole('button', { name: 'Onderwerp toevoegen', exact: true }).click();
  const label = editor.topic('Nieuw onderwerp').getByLabel('Naam van het onderwerp');
  await expect(label).toBeFocused();
  // An empty name cannot be stored: the researcher is told, and the last name stays saved.
  await label.fill('');
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.editor().getByText('Mag niet leeg zijn')).toBeVisible();
  await label.fill('Kennismaking');
  await expect(editor.topic('Kennismaking').getByLabel('Naam van het onderwerp')).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );

  await editor.topic('Kennismaking').getByRole('button', { name: 'Vraag toevoegen', exact: true }).click();
  const question = editor.question(1, 'Kennismaking');
  await editor.questionText(question).fill('Hoe ziet het team eruit?');
  await question.getByRole('button', { name: 'Rolvarianten (0)' }).click();
  await question.getByLabel('Rol van de nieuwe variant').fill('MANAGER');
  await question.getByLabel('Formulering van de nieuwe variant').fill('Hoe beschrijft u als manager (DOCUMENTNAAM)?');
  await question.getByRole('button', { name: 'Variant toevoegen' }).click();
  await expect(question.getByLabel('Formulering voor MANAGER')).toHaveValue(
    'Hoe beschrijft u als manager (DOCUMENTNAAM)?',
  );
  await question.getByRole('button', { name: 'Invulplekken (0)' }).click();
  await question.getByLabel('Tekst van de nieuwe invulplek, zoals in de vraag').fill('(DOCUMENTNAAM)');
  await question.getByRole('button', { name: 'Invulplek toevoegen' }).click();
  await expect(question.getByRole('button', { name: 'Invulplekken (1)' })).toBeVisible();
  await editor.waitUntilSaved();
  await editor.done();

  // A question that a follow-up rule lands on cannot be removed; nothing changes.
  await editor.open(LIST);
  const ruled = editor.editor().getByRole('group', { name: 'Vraag 1 bij Informatie overdracht', exact: true });
  await ruled.getByRole('button', { name: 'Vraag verwijderen' }).click();
  await expect(app.alert().filter({ hasText: 'Dit kan niet weg' })).toBeVisible();
  await expect(ruled).toHaveCount(1);
  await editor.done();

  // A manager's interview on the new list reads the manager's wording, with the document to fill in.
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.goToRespondents();
  await respondents.add({ name: 'Mira Bos', type: 'Manager', organisation: 'Aalten' });
  await respondents.prepare('Mira Bos');
  await prep
    .guide()
    .getByRole('combobox', { name: 'Topiclijst', exact: true })
    .selectOption({ label: 'Eigen lijst managers' });
  await expect(prep.guide().getByText('Hoe beschrijft u als manager (DOCUMENTNAAM)?')).toBeVisible();
  await expect(prep.guide().getByRole('combobox', { name: /\(DOCUMENTNAAM\)/ })).toBeVisible();
});

test('a reload right after typing keeps what was typed', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new TopicListEditorPage(page);
  await app.open();
  await app.goToStudy();
  await editor.open(LIST);
  await editor.topic('Openingsvraag').getByLabel('Indicatoren (waar u op let)').fill('eerste indruk van het team');
  // No waiting for the save: the reload comes before the 400 ms pause is over.
  await app.reload();
  await page.locator('summary').filter({ hasText: LIST }).click();
  await expect(page.getByText('Openingsvraag: eerste indruk van het team')).toBeVisible();
});

test('an interview already under way keeps the guide it started with when the list is edited', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new TopicListEditorPage(page);
  const interview = new InterviewPage(page);
  await app.open();
  await new RespondentsPage(page).add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await new RespondentsPage(page).prepare('Piet Jansen');
  await interview.start();
  await interview.giveConsent();
  const interviewUrl = page.url();

  await app.goToStudy();
  await editor.open('Topiclijst nood (indien geen ingevulde vragenlijst)');
  await editor.questionText(editor.question(1, 'Openingsvraag')).fill('Een heel andere openingsvraag.');
  await editor.waitUntilSaved();

  await page.goto(interviewUrl);
  await app.waitUntilReady();
  await interview.section('Kernonderdeel 1: Algemeen').click();
  await expect(interview.guide().getByText(/^Als u denkt aan uw team/)).toBeVisible();
  await expect(interview.guide().getByText('Een heel andere openingsvraag.')).toHaveCount(0);
});

test('edits a restart cut off are back at start-up, so a preparation opened first has them', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new TopicListEditorPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  // Keep a copy of every journal write: the debounced save clears the journal within a
  // moment, sooner than a test can be sure to read it on a busy machine.
  await page.addInitScript(() => {
    const writes: [string, string][] = [];
    (window as unknown as { __journalWrites: [string, string][] }).__journalWrites = writes;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name.startsWith('veldwerk:unsaved-topic-list:')) writes.push([name, value]);
      return setItem.call(this, name, value);
    };
  });
  await app.open();
  // A policy officer without answers: the emergency list is proposed.
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await app.goToStudy();
  await editor.open('Topiclijst nood (indien geen ingevulde vragenlijst)');
  const indicators = editor.topic('Openingsvraag').getByLabel('Indicatoren (waar u op let)');
  await indicators.fill('eerste indruk van het team');
  // The journal as the editor wrote it, synchronously, before the database write.
  const journal = await page.evaluate(() =>
    (window as unknown as { __journalWrites: [string, string][] }).__journalWrites.slice(-1),
  );
  expect(journal).toHaveLength(1);
  expect(journal[0]![1]).toContain('eerste indruk van het team');
  // Undone and saved, the database holds the old list; putting the journal back leaves the state a cut-off write leaves.
  await editor.undo();
  await expect(indicators).toHaveValue('');
  await editor.waitUntilSaved();
  await page.evaluate((entries) => entries.forEach(([name, value]) => localStorage.setItem(name, value)), journal);

  // A restart straight into the respondents, never through the study screen.
  await page.goto('about:blank');
  await app.open('/');
  await expect(app.status('Wijzigingen aan “Topiclijst nood (indien geen ingevulde vragenlijst)”')).toBeVisible();
  await respondents.prepare('Piet Jansen');
  await expect(prep.guide().getByText('— eerste indruk van het team')).toBeVisible();
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((name) => name.startsWith('veldwerk:unsaved-topic-list:')),
    ),
  ).toEqual([]);
});

test('a topic list can be removed once nothing uses it; while a type or a preparation uses it, the refusal says what', async ({
  page,
}) => {
  const app = new AppPage(page);
  const editor = new TopicListEditorPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await new StudyDesignPage(page).createStudy('Kleine studie', [
    { name: 'Docent', codeLetter: 'D' },
    { name: 'Schoolleider', codeLetter: 'S' },
  ]);
  const remove = (title: string) => page.getByRole('button', { name: `Topiclijst “${title}” weghalen` });
  const blocked = (title: string) => app.alert().filter({ hasText: `Topiclijst “${title}” kan niet weg` });

  await page.locator('summary').filter({ hasText: 'Topiclijst Schoolleider' }).click();
  await remove('Topiclijst Schoolleider').click();
  await expect(blocked('Topiclijst Schoolleider')).toContainText(
    'het is de topiclijst van type respondent “Schoolleider”',
  );
  await blocked('Topiclijst Schoolleider').getByRole('button', { name: 'Sluiten' }).click();

  // The teachers get a new list; the old one is then only chosen by hand in one preparation.
  const form = page.getByRole('form', { name: 'Nieuwe topiclijst' });
  await form.getByLabel('Voor type respondent').selectOption({ label: 'Docent' });
  await form.getByLabel('Titel van de nieuwe topiclijst').fill('Docenten, tweede versie');
  await form.getByRole('button', { name: 'Nieuwe topiclijst maken' }).click();
  await editor.done();
  await app.goToRespondents();
  await respondents.add({ name: 'Anna de Vries', type: 'Docent', organisation: 'De Esch' });
  await respondents.prepare('Anna de Vries');
  await prep
    .guide()
    .getByRole('combobox', { name: 'Topiclijst', exact: true })
    .selectOption({ label: 'Topiclijst Docent' });
  await expect(prep.guide().getByRole('heading', { name: 'Topiclijst Docent' })).toBeVisible();

  await app.goToStudy();
  await page.locator('summary').filter({ hasText: 'Topiclijst Docent' }).click();
  await remove('Topiclijst Docent').click();
  await expect(blocked('Topiclijst Docent')).toContainText('1 voorbereiding heeft hem gekozen');
  await expect(blocked('Topiclijst Docent')).not.toContainText('type respondent');
  await page.screenshot({ path: '/tmp/studyedit-remove-list-refused.png', fullPage: false });
  await blocked('Topiclijst Docent').getByRole('button', { name: 'Sluiten' }).click();

  // Back to the list the type proposes, the old list can go.
  await app.goToRespondents();
  await respondents.prepare('Anna de Vries');
  await prep.guide().getByRole('combobox', { name: 'Topiclijst', exact: true }).selectOption({ index: 0 });
  await expect(prep.guide().getByRole('heading', { name: 'Docenten, tweede versie' })).toBeVisible();
  await app.goToStudy();
  await page.locator('summary').filter({ hasText: 'Topiclijst Docent' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await remove('Topiclijst Docent').click();
  await expect(app.status('Topiclijst “Topiclijst Docent” is weggehaald.')).toBeVisible();
  await expect(page.locator('summary').filter({ hasText: 'Topiclijst Docent' })).toHaveCount(0);
  await expect(page.locator('summary').filter({ hasText: 'Docenten, tweede versie' })).toHaveCount(1);
  await page.screenshot({ path: '/tmp/studyedit-remove-list.png', fullPage: false });
});
