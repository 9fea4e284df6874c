/**
 * Making a study one's own, end to end in Chromium: a new study with two respondent
 * types from scratch, its questionnaire made from a Google Forms export, a rule added,
 * an interview prepared with it and the rule seen firing; then the design shared.
 */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './pages/app-page';
import { InterviewPage } from './pages/interview-page';
import { PreparationPage } from './pages/preparation-page';
import { RespondentsPage } from './pages/respondents-page';
import { StudyDesignPage } from './pages/study-design-page';
import { TopicListEditorPage } from './pages/topic-list-editor-page';

const FORMS_EXPORT = new TextEncoder().encode(
  [
    'Tijdstempel,Wat is uw naam?,E-mailadres,Deelt u kennis met collega’s?,Via welke kanalen?,Waarom doet u dat zo?',
    '2024/03/01 9:00:00 AM CET,Anna de Vries,anna@example.org,"Ja, maar te weinig",E-mail;Overleg,Omdat het team klein is en iedereen elkaar kent',
    '2024/03/01 9:05:00 AM CET,Piet Jansen,piet@example.org,Ja,Overleg,Er is geen tijd voor in een drukke week vol afspraken',
    '2024/03/01 9:10:00 AM CET,Kees Bakker,kees@example.org,Nee,E-mail;Intranet;Overleg,Het hoort bij mijn functie als docent',
    '2024/03/01 9:12:00 AM CET,Mia Smit,mia@example.org,Weet ik niet,Intranet,Geen idee: ik werk hier pas net en ken de school nog niet',
  ].join('\r\n'),
);

test('build a new study from scratch, make its questionnaire from a CSV, add a rule and see it fire in a preparation', async ({
  page,
}) => {
  const app = new AppPage(page);
  const design = new StudyDesignPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();

  await design.createStudy('Lerende scholen', [
    { name: 'Docent', codeLetter: 'D' },
    { name: 'Schoolleider', codeLetter: 'S' },
  ]);
  await expect(page.getByLabel('Geopende studie')).toHaveValue('lerende-scholen');
  await expect(page.getByRole('cell', { name: 'Topiclijst Docent', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Topiclijst Schoolleider', exact: true })).toBeVisible();

  // The questionnaire from the Forms export: kinds proposed, the researcher confirms.
  await design.chooseQuestionnaireCsv('Vragenlijst docenten.csv', FORMS_EXPORT);
  const review = design.csvReview();
  await expect(review.getByLabel('Soort: Deelt u kennis met collega’s?')).toHaveValue('single');
  await expect(review.getByLabel('Soort: Via welke kanalen?')).toHaveValue('multiple');
  await expect(review.getByLabel('Soort: Waarom doet u dat zo?')).toHaveValue('open');
  await expect(review.getByLabel('Opnemen: E-mailadres')).not.toBeChecked();
  await expect(review.getByRole('row', { name: /Deelt u kennis/ })).toContainText(
    'Ja, maar te weinig · Ja · Nee · Weet ik niet',
  );
  await review.getByLabel('Titel van de vragenlijst').fill('Vragenlijst docenten');
  await expect(review.getByLabel('Ingevuld door')).toHaveValue('docent');
  await review.getByRole('button', { name: 'Vragenlijst aanmaken' }).click();
  await expect(app.status('Vragenlijst “Vragenlijst docenten” aangemaakt met 4 vragen.')).toBeVisible();
  await expect(
    page.getByRole('row', { name: /^Docent/ }).getByRole('cell', { name: 'Vragenlijst docenten' }),
  ).toBeVisible();

  // A rule on V1, landing on the first core topic of the docent's starter list.
  const form = design.ruleForm();
  await form
    .getByRole('combobox', { name: 'Vraag', exact: true })
    .selectOption({ label: 'V1. Deelt u kennis met collega’s?' });
  await form.getByRole('checkbox', { name: 'Ja, maar te weinig' }).check();
  await form.getByRole('checkbox', { name: 'Nee', exact: true }).check();
  await form.getByLabel('Topiclijst — Bij').selectOption({ label: 'Topiclijst Docent' });
  await form.getByRole('combobox', { name: 'Bij', exact: true }).selectOption({ label: 'Onderwerp: Onderwerp 1' });
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
  const rule = design.ruleRow('V1 is één van Ja, maar te weinig; Nee');
  await expect(rule).toContainText('Navragen');
  await expect(rule).toContainText('Onderwerp 1');
  await expect(rule.getByRole('cell', { name: '0 van 0 respondenten' })).toBeVisible();
  await page.screenshot({ path: '/tmp/studyedit-rules.png', fullPage: true });

  // Prepare an interview with a docent whose answers trigger the rule.
  await app.goToRespondents();
  await respondents.add({ name: 'Anna de Vries', type: 'Docent', organisation: 'De Esch' });
  await expect(respondents.row('Anna de Vries').getByRole('cell', { name: 'DDE', exact: true })).toBeVisible();
  await respondents.prepare('Anna de Vries');
  await prep.importFile('Vragenlijst docenten.csv', FORMS_EXPORT);
  await expect(prep.importReview().getByText('Rij 2 lijkt bij Anna de Vries te horen.')).toBeVisible();
  await prep.confirmImport();
  await expect(prep.guide().getByRole('heading', { name: 'Topiclijst Docent' })).toBeVisible();
  const topic = prep.guide().locator('.topic').filter({ hasText: 'Onderwerp 1' });
  await expect(topic.getByRole('list', { name: 'Waarom navragen' })).toContainText('NavragenV1: Ja, maar te weinig');
  await page.screenshot({ path: '/tmp/studyedit-guide.png', fullPage: true });

  // The rule now counts the respondent it flags.
  await app.goToStudy();
  await expect(rule.getByRole('cell', { name: '1 van 1 respondenten' })).toBeVisible();
});

test('share a design: export it, import it as a new study beside the original, respondents stay where they were', async ({
  page,
}) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  await app.open();
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });

  await app.goToStudy();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ontwerp delen: exporteren (JSON)' }).click();
  const file = await (await download).path();
  const text = await readFile(file, 'utf8');
  expect(text).not.toContain('Piet Jansen');

  await page
    .getByLabel('Ontwerp importeren (JSON)')
    .setInputFiles({ name: 'gedeeld.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const review = page.getByRole('region', { name: 'Ontwerp importeren: gedeeld.json' });
  await expect(review).toContainText('Er is hier al een studie met id “lerende-gemeenten-achterhoek”');
  await review.getByRole('button', { name: 'Als nieuwe studie toevoegen' }).click();
  await expect(app.status('Studie “Lerende gemeenten Achterhoek (2)” is geïmporteerd.')).toBeVisible();
  await expect(page.getByLabel('Geopende studie')).toHaveValue('lerende-gemeenten-achterhoek-2');

  await app.goToRespondents();
  await expect(page.getByText('Nog geen respondenten')).toBeVisible();
  await page.getByLabel('Geopende studie').selectOption({ label: 'Lerende gemeenten Achterhoek' });
  await expect(respondents.row('Piet Jansen')).toBeVisible();
});

const OPENING = 'Als u denkt aan uw team, hoe zou u uw team omschrijven';
const REWORDED = 'Hoe zou u uw team omschrijven, als u denkt aan nieuwe plannen en het delen van informatie?';

test('replace a study’s design from a shared file: respondents stay, an interview already held keeps its guide and shows what changed', async ({
  page,
}) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  const interview = new InterviewPage(page);
  await app.open();
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await respondents.prepare('Piet Jansen');
  await interview.start();
  await interview.giveConsent();

  // A colleague's version of the design, with the opening question reworded.
  await app.goToStudy();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ontwerp delen: exporteren (JSON)' }).click();
  const shared = (await readFile(await (await download).path(), 'utf8')).replace(
    /Als u denkt aan uw team, hoe zou u uw team omschrijven als het gaat over bijvoorbeeld het opzetten van nieuwe plannen en het delen van informatie met elkaar om de dienstverlening te verbeteren\?/g,
    REWORDED,
  );
  await page
    .getByLabel('Ontwerp importeren (JSON)')
    .setInputFiles({ name: 'collega.json', mimeType: 'application/json', buffer: Buffer.from(shared) });
  await page
    .getByRole('region', { name: 'Ontwerp importeren: collega.json' })
    .getByRole('button', { name: 'Ontwerp van “Lerende gemeenten Achterhoek” vervangen' })
    .click();
  await expect(app.status('Het ontwerp van “Lerende gemeenten Achterhoek” is vervangen.')).toBeVisible();
  await expect(page.getByLabel('Geopende studie').locator('option')).toHaveCount(1);

  await app.goToRespondents();
  await respondents.prepare('Piet Jansen');
  await expect(prep.guide().getByText(REWORDED)).toBeVisible();
  await page.getByRole('button', { name: 'Interview hervatten' }).click();
  const changes = page.locator('details.design-changes');
  await expect(changes.locator('summary')).toHaveText('De topiclijst is sinds dit interview gewijzigd: 1 vraag');
  await changes.locator('summary').click();
  await expect(changes).toContainText(`→ ${REWORDED}`);
  await interview.section(/Kernonderdeel 1/).click();
  await expect(interview.guide().getByText(OPENING)).toBeVisible();
  await expect(interview.guide().getByText(REWORDED)).toHaveCount(0);
  await page.screenshot({ path: '/tmp/studyedit-changes.png' });
});

test('edit a questionnaire and the study settings; a question a rule needs cannot be removed silently', async ({
  page,
}) => {
  const app = new AppPage(page);
  const design = new StudyDesignPage(page);
  const respondents = new RespondentsPage(page);
  await app.open();
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await expect(respondents.row('Piet Jansen').getByRole('cell', { name: 'BA', exact: true })).toBeVisible();

  await app.goToStudy();
  const questionnaires = await design.openPanel(/Vragenlijsten bewerken/);
  await questionnaires.locator('summary', { hasText: 'Vragenlijst managers bewerken' }).click();
  const form = page.getByRole('form', { name: 'Vragenlijst Vragenlijst managers' });

  // V15 is used by rules: removing it is refused with the place named, and nothing changes.
  await form.getByRole('button', { name: 'V15 weghalen' }).click();
  await form.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
  await expect(app.alert()).toContainText('Het ontwerp is niet opgeslagen.');
  await expect(app.alert()).toContainText('vraag "V15" staat niet in vragenlijst "vl-manager"');
  await form.getByRole('button', { name: 'Wijzigingen ongedaan maken' }).click();

  // Rewording a question and adding an option are saved.
  await form.getByLabel('Tekst van V15').fill('Stelt u uw teamleden vragen over hun werk?');
  await form.getByLabel('Antwoordopties van V15').fill('Ja\nNee\nSoms\nWeet ik niet');
  await form.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
  await expect(app.status('Ontwerp opgeslagen.')).toBeVisible();
  await page.locator('details.instrument > summary', { hasText: 'Vragenlijst managers (Bijlage 4.2)' }).click();
  await expect(page.getByText('Stelt u uw teamleden vragen over hun werk?').first()).toBeVisible();

  // A new code letter changes the respondent's code.
  const settings = await design.openPanel(/Studie-instellingen/);
  await settings.getByLabel('Codeletter van Beleidsmedewerker').fill('P');
  await settings.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(app.status('Ontwerp opgeslagen.').first()).toBeVisible();
  await app.goToRespondents();
  await expect(respondents.row('Piet Jansen').getByRole('cell', { name: 'PA', exact: true })).toBeVisible();
});

test('edit a code tree: add a code and a subcode, rename and remove them, kept after a reload', async ({ page }) => {
  const app = new AppPage(page);
  const design = new StudyDesignPage(page);
  await app.open();
  await app.goToStudy();
  let codes = await design.openPanel('Codebomen bewerken');
  const tree = codes.getByRole('region', { name: 'Codeboom 3' });
  await tree.getByLabel('Nieuwe code in Codeboom 3').fill('Digitalisering');
  await tree.getByRole('button', { name: 'Toevoegen' }).last().click();
  await tree.getByRole('button', { name: 'Subcode toevoegen onder Digitalisering' }).click();
  await tree.getByLabel('Nieuwe subcode onder Digitalisering').fill('Datagedreven werken');
  await tree.getByLabel('Nieuwe subcode onder Digitalisering').press('Enter');
  await tree.getByRole('textbox', { name: 'Code Datagedreven werken', exact: true }).fill('Werken met data');
  await tree.getByRole('textbox', { name: 'Code Datagedreven werken', exact: true }).blur();
  await expect(tree.getByRole('textbox', { name: 'Code Werken met data', exact: true })).toBeVisible();

  await app.reload();
  codes = await design.openPanel('Codebomen bewerken');
  await expect(
    codes
      .getByRole('region', { name: 'Codeboom 3' })
      .getByRole('textbox', { name: 'Code Werken met data', exact: true }),
  ).toHaveValue('Werken met data');
  page.once('dialog', (dialog) => void dialog.accept());
  await codes
    .getByRole('region', { name: 'Codeboom 3' })
    .getByRole('button', { name: 'Code Digitalisering weghalen' })
    .click();
  await expect(codes.getByRole('textbox', { name: 'Code Digitalisering', exact: true })).toHaveCount(0);
  await expect(codes.getByRole('textbox', { name: 'Code Werken met data', exact: true })).toHaveCount(0);
  await expect(codes.getByRole('textbox', { name: 'Code Teamomschrijving', exact: true })).toBeVisible();
});

test('add and remove a step-difference rule and a comparison between respondents as readable rows', async ({
  page,
}) => {
  const app = new AppPage(page);
  const design = new StudyDesignPage(page);
  await app.open();
  await app.goToStudy();

  const form = design.ruleForm();
  await form.getByRole('combobox', { name: 'Wanneer' }).selectOption({ label: 'twee vragen verschillen in stappen' });
  await form
    .getByRole('combobox', { name: 'Eerste vraag' })
    .selectOption({ label: 'V1. Wisselt u ervaringen, informatie en/of nieuwe ideeën met collega’s uit?' });
  await form
    .getByRole('combobox', { name: 'Tweede vraag' })
    .selectOption({ label: 'V3. Wisselen uw collega’s ervaringen, informatie en/of nieuwe ideeën met u uit?' });
  await form.getByRole('spinbutton', { name: 'Minstens zoveel stappen verschil' }).fill('3');
  await form.getByRole('combobox', { name: 'Signaal' }).selectOption({ label: 'Opvallend' });
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
  await expect(form.getByRole('alert')).toHaveText('Kies waar het signaal komt te staan.');
  await form
    .getByRole('combobox', { name: 'Bij', exact: true })
    .selectOption({ label: 'Onderwerp: Informatie overdracht' });
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
  const rule = design.ruleRow('V1 en V3 verschillen 3 of meer stappen');
  await expect(rule).toContainText('Opvallend');
  await expect(rule.getByRole('cell', { name: '0 van 0 respondenten' })).toBeVisible();
  await rule.getByRole('button', { name: 'Regel “V1 en V3 verschillen 3 of meer stappen” weghalen' }).click();
  await expect(rule).toHaveCount(0);

  const comparison = page.getByRole('form', { name: 'Nieuwe vergelijking tussen respondenten' });
  await comparison
    .getByRole('combobox', { name: 'Vragenlijst kant 1' })
    .selectOption({ label: 'Vragenlijst beleidsmedewerkers' });
  await comparison.getByRole('combobox', { name: 'Vraag kant 1' }).selectOption({
    label:
      'V6. Heeft u of uw collega in uw loopbaan bij de gemeente een experiment(eel beleid) binnen het sociaal domein opgezet?',
  });
  await comparison
    .getByRole('combobox', { name: 'Topiclijst — Signaal bij (kant 1)' })
    .selectOption({ label: 'Topiclijst beleidsmedewerkers (indien ingevulde vragenlijst)' });
  await comparison
    .getByRole('combobox', { name: 'Signaal bij (kant 1)', exact: true })
    .selectOption({ label: 'Onderwerp: Experimenteren' });
  await comparison
    .getByRole('combobox', { name: 'Vragenlijst kant 2' })
    .selectOption({ label: 'Vragenlijst managers' });
  await comparison.getByRole('combobox', { name: 'Vraag kant 2' }).selectOption({ index: 1 });
  await comparison
    .getByRole('combobox', { name: 'Topiclijst — Signaal bij (kant 2)' })
    .selectOption({ label: 'Topiclijst managers (indien ingevulde vragenlijst)' });
  await comparison
    .getByRole('combobox', { name: 'Signaal bij (kant 2)', exact: true })
    .selectOption({ label: 'Onderwerp: Experimenteren' });
  await comparison.getByRole('button', { name: 'Vergelijking toevoegen' }).click();
  await expect(app.status('Vergelijking toegevoegd.')).toBeVisible();
  const added = page.locator('ul.comparisons > li').last();
  await expect(added).toContainText('Bijlage 4.1 V6 ↔ Bijlage 4.2');
  await expect(added).toContainText('(0 van 0 respondenten)');
  await expect(page.locator('ul.comparisons > li')).toHaveCount(13);
});

const OWN_QUESTION = 'Hoe vaak overlegt u met collega’s over uw lessen?';

test('acceptance: a new study with two respondent types, a question of its own, a questionnaire from a CSV and a rule on that question, seen firing in the preparation and in the interview', async ({
  page,
}) => {
  // The whole journey in one go (two screens of design, a preparation, an interview): more than the default time on two cores.
  test.slow();
  const app = new AppPage(page);
  const design = new StudyDesignPage(page);
  const editor = new TopicListEditorPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  const interview = new InterviewPage(page);
  await app.open();

  await design.createStudy('Samen leren in de klas', [
    { name: 'Docent', codeLetter: 'D' },
    { name: 'Schoolleider', codeLetter: 'S' },
  ]);
  await expect(page.getByRole('row', { name: /^Schoolleider/ })).toContainText('Topiclijst Schoolleider');

  // The teachers' starter list gets a real question, marked as a follow-up.
  await editor.open('Topiclijst Docent');
  await editor.topic('Onderwerp 1').getByRole('button', { name: 'Vraag toevoegen' }).click();
  const question = editor.question(1, 'Onderwerp 1');
  await editor.questionText(question).fill(OWN_QUESTION);
  await editor.followUp(question).check();
  await editor.waitUntilSaved();
  await editor.done();

  // The questionnaire from the Forms export, kinds as proposed.
  await design.chooseQuestionnaireCsv('Vragenlijst docenten.csv', FORMS_EXPORT);
  const review = design.csvReview();
  await review.getByLabel('Titel van de vragenlijst').fill('Vragenlijst docenten');
  await review.getByRole('button', { name: 'Vragenlijst aanmaken' }).click();
  await expect(app.status('Vragenlijst “Vragenlijst docenten” aangemaakt met 4 vragen.')).toBeVisible();

  // "When V1 is one of {Ja, maar te weinig; Nee}, raise a follow-up on the new question."
  const form = design.ruleForm();
  await form
    .getByRole('combobox', { name: 'Vraag', exact: true })
    .selectOption({ label: 'V1. Deelt u kennis met collega’s?' });
  await form.getByRole('checkbox', { name: 'Ja, maar te weinig' }).check();
  await form.getByRole('checkbox', { name: 'Nee', exact: true }).check();
  await form.getByLabel('Topiclijst — Bij').selectOption({ label: 'Topiclijst Docent' });
  await form.getByRole('combobox', { name: 'Bij', exact: true }).selectOption({ label: `— ${OWN_QUESTION}` });
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
  const rule = design.ruleRow('V1 is één van Ja, maar te weinig; Nee');
  await expect(rule).toContainText(`Onderwerp 1: ${OWN_QUESTION}`);
  await expect(rule.getByRole('cell', { name: '0 van 0 respondenten' })).toBeVisible();

  // A teacher whose answer (Nee) the rule catches.
  await app.goToRespondents();
  await respondents.add({ name: 'Kees Bakker', type: 'Docent', organisation: 'De Esch' });
  await respondents.prepare('Kees Bakker');
  await prep.importFile('Vragenlijst docenten.csv', FORMS_EXPORT);
  await expect(prep.importReview().getByText('Rij 4 lijkt bij Kees Bakker te horen.')).toBeVisible();
  await prep.confirmImport();
  await expect(prep.guide().getByRole('heading', { name: 'Topiclijst Docent' })).toBeVisible();
  await expect(prep.tick(OWN_QUESTION)).toBeChecked();
  await expect(prep.question(OWN_QUESTION).getByRole('list', { name: 'Waarom navragen' })).toContainText(
    'NavragenV1: Nee',
  );
  await page.screenshot({ path: '/tmp/studyedit-acceptance-guide.png', fullPage: true });

  await app.goToStudy();
  await expect(rule.getByRole('cell', { name: '1 van 1 respondenten' })).toBeVisible();

  // In the interview the flagged follow-up waits in the core section, with its reason.
  await app.goToRespondents();
  await respondents.prepare('Kees Bakker');
  await interview.start();
  await interview.giveConsent();
  await interview.section(/Kernonderdeel 1/).click();
  await expect(interview.stillToAsk()).toContainText(OWN_QUESTION);
  const row = interview.guide().getByRole('listitem').filter({ hasText: OWN_QUESTION }).last();
  await expect(row.getByRole('list', { name: 'Waarom navragen' })).toContainText('NavragenV1: Nee');
  await page.screenshot({ path: '/tmp/studyedit-acceptance-interview.png', fullPage: true });
});

test('mark a questionnaire option as the free-text “other” option and set an option’s direction; the answer form asks for the text', async ({
  page,
}) => {
  const app = new AppPage(page);
  const design = new StudyDesignPage(page);
  const respondents = new RespondentsPage(page);
  await app.open();
  await app.goToStudy();
  let questionnaires = await design.openPanel(/Vragenlijsten bewerken/);
  await questionnaires.locator('summary', { hasText: 'Vragenlijst managers bewerken' }).click();
  let form = page.getByRole('form', { name: 'Vragenlijst Vragenlijst managers' });
  await form
    .getByLabel('Antwoordopties van V4')
    .fill('Ja, één keer\nJa, meerdere keren\nNee\nWeet ik niet\nAnders, namelijk:');
  let settings = form.locator('details.option-settings').filter({ has: page.getByText('Anders, namelijk:') });
  await settings.locator('summary').click();
  // Options the label says nothing clear about point nowhere until the researcher says so.
  await expect(form.getByLabel('Richting van “Anders, namelijk:” bij V4')).toHaveValue('');
  await expect(form.getByLabel('Richting van “Anders, namelijk:” bij V4').locator('option:checked')).toHaveText(
    'vanzelf (anders)',
  );
  await form.getByRole('checkbox', { name: '“Anders, namelijk:” bij V4 vraagt om eigen tekst' }).check();
  await form.getByLabel('Richting van “Weet ik niet” bij V4').selectOption({ label: 'nee' });
  await page.screenshot({ path: '/tmp/studyedit-options.png', fullPage: false });
  await form.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
  await expect(app.status('Ontwerp opgeslagen.')).toBeVisible();

  await app.reload();
  questionnaires = await design.openPanel(/Vragenlijsten bewerken/);
  await questionnaires.locator('summary', { hasText: 'Vragenlijst managers bewerken' }).click();
  form = page.getByRole('form', { name: 'Vragenlijst Vragenlijst managers' });
  settings = form.locator('details.option-settings').filter({ has: page.getByText('Anders, namelijk:') });
  await expect(settings.locator('summary')).toHaveText('Richting en eigen tekst per antwoord (5 ingesteld)');
  await settings.locator('summary').click();
  await expect(form.getByRole('checkbox', { name: '“Anders, namelijk:” bij V4 vraagt om eigen tekst' })).toBeChecked();
  await expect(form.getByLabel('Richting van “Weet ik niet” bij V4')).toHaveValue('no');

  // A manager who answers "Anders, namelijk:" is asked for their own words.
  await app.goToRespondents();
  await respondents.add({ name: 'Marieke Post', type: 'Manager', organisation: 'Winterswijk' });
  await respondents.prepare('Marieke Post');
  await page.getByText('Antwoorden met de hand invullen').click();
  const v4 = page.getByRole('group', { name: /^V4\. / });
  await v4.getByRole('radio', { name: 'Anders, namelijk:' }).check();
  await v4.getByRole('textbox', { name: 'V4: Anders, namelijk:' }).fill('Een proef met buurtteams');
  await app.reload();
  await expect(
    page.getByRole('group', { name: /^V4\. / }).getByRole('textbox', { name: 'V4: Anders, namelijk:' }),
  ).toHaveValue('Een proef met buurtteams');
});

test('edit an existing rule in place: the form opens with its values, saves over it, and its reach follows', async ({
  page,
}) => {
  const app = new AppPage(page);
  const design = new StudyDesignPage(page);
  const respondents = new RespondentsPage(page);
  await app.open();
  await respondents.add({ name: 'Marieke Post', type: 'Manager', organisation: 'Winterswijk' });
  await respondents.prepare('Marieke Post');
  await page.getByText('Antwoorden met de hand invullen').click();
  await page
    .getByRole('group', { name: /^V17\. / })
    .getByRole('radio', { name: 'Soms', exact: true })
    .check();

  await app.goToStudy();
  const rule = design.ruleRow('V17 is één van Nee; Soms');
  await expect(rule.getByRole('cell', { name: '1 van 1 respondenten' })).toBeVisible();
  const before = await page.locator('table.rules > tbody > tr').count();
  await rule.getByRole('button', { name: 'Regel “V17 is één van Nee; Soms” bewerken' }).click();
  const form = page.getByRole('form', { name: 'Regel bewerken: V17 is één van Nee; Soms' });
  await expect(form.getByRole('combobox', { name: 'Vragenlijst' })).toHaveValue('vl-manager');
  await expect(form.getByRole('combobox', { name: 'Vragenlijst' })).toBeFocused();
  await expect(form.getByRole('checkbox', { name: 'Nee', exact: true })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'Soms', exact: true })).toBeChecked();
  await expect(form.getByRole('combobox', { name: 'Bij', exact: true })).not.toHaveValue('');
  await expect(form.getByLabel('Toelichting (optioneel)')).toHaveValue(/^Manager moedigt uitwisselen/);

  await form.getByRole('checkbox', { name: 'Soms', exact: true }).uncheck();
  await form.getByRole('combobox', { name: 'Signaal' }).selectOption({ label: 'Opvallend' });
  await page.screenshot({ path: '/tmp/studyedit-rule-edit.png', fullPage: false });
  await form.getByRole('button', { name: 'Regel opslaan' }).click();
  await expect(app.status('Regel opgeslagen.')).toBeVisible();
  await expect(form).toHaveCount(0);

  const edited = design.ruleRow('V17 is één van Nee');
  await expect(edited).toContainText('Opvallend');
  await expect(edited.getByRole('cell', { name: '0 van 1 respondenten' })).toBeVisible();
  await expect(design.ruleRow('V17 is één van Nee; Soms')).toHaveCount(0);
  await expect(page.locator('table.rules > tbody > tr')).toHaveCount(before);
});
