/**
 * A new user's first job, end to end in Chromium: the example study is there, a
 * respondent is added, their questionnaire export is imported, the flagged follow-ups
 * are reviewed and changed, and a reload finds everything as it was left.
 */
import { expect, test } from '@playwright/test';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { managerQuestionnaire } from '../../shared/example/questionnaires/manager';
import { AppPage } from './pages/app-page';
import { PreparationPage } from './pages/preparation-page';
import { RespondentsPage } from './pages/respondents-page';
import { DUTCH_EXCEL, exportOf, GOOGLE_FORMS } from './support/forms-export';

const pietAnswers = {
  naam: 'Piet Jansen',
  gemeente: 'Aalten',
  V1: 'Ja, gemiddeld één keer per week',
  V2: ['In een gesprek/vergadering', 'Via de koffieautomaat'],
  V6: 'Weet ik niet',
  V7: 'Ja',
  V8: 'Procesbeschrijving experimenten 2016',
  V17: 'Ja, maar te weinig',
  V18: 'Ja, voldoende',
};

test('first start shows the example study, complete', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(new RespondentsPage(page).heading()).toBeVisible();
  await expect(page.getByLabel('Geopende studie')).toHaveValue('lerende-gemeenten-achterhoek');
  await expect(page.getByText('Nog geen respondenten')).toBeVisible();

  await app.goToStudy();
  await expect(page.getByRole('heading', { level: 1, name: 'Lerende gemeenten Achterhoek' })).toBeVisible();
  for (const source of ['Bijlage 5.1', 'Bijlage 5.2', 'Bijlage 5.3', 'Bijlage 5.4', 'Bijlage 5.5', 'Bijlage 4.1', 'Bijlage 4.2', 'Bijlage 4.3']) {
    await expect(page.getByText(`(${source})`)).toBeVisible();
  }
  await page.getByText('Topiclijst medewerkers Berkelland (Bijlage 5.4)').click();
  await expect(page.getByText('Doel: voorstellen van onderzoeker en onderzoek (zonder benoemen leren)').filter({ visible: true })).toHaveCount(1);
  await expect(page.getByRole('cell', { name: 'V17 is één van Ja, maar te weinig; Nee' }).first()).toBeVisible();
});

test('the interface speaks English on request and keeps it after a restart; the instruments stay in their own language', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.chooseLanguage('English');
  await expect(page.getByRole('heading', { level: 1, name: 'Respondents' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await app.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Respondents' })).toBeVisible();
  await app.goToStudy();
  // The topic lists are the study's own (Dutch) text, never translated.
  await expect(page.getByText('Topiclijst medewerkers Berkelland (Bijlage 5.4)')).toBeVisible();
  await app.chooseLanguage('Nederlands');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Respondenten' })).toBeVisible();
});

test('prepare an interview: add a respondent, import the questionnaire, review and change the follow-ups, reload', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();

  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten', function: 'Beleidsmedewerker Wmo' });
  await expect(respondents.row('Piet Jansen').getByRole('cell', { name: 'BA', exact: true })).toBeVisible();
  await respondents.prepare('Piet Jansen');

  // Without answers the emergency list is proposed, in the policy officer's wording.
  await expect(prep.heading()).toContainText('BA');
  await expect(page.getByText('Geen ingevulde vragenlijst: de noodlijst wordt voorgesteld.')).toBeVisible();
  await expect(prep.guide().getByText('Heeft u het gevoel dat uw manager voldoende luistert naar u', { exact: false })).toBeVisible();

  // Import the Google Forms export with two respondents in it; Piet's row is proposed by name.
  const csv = exportOf(beleidQuestionnaire, [{ naam: 'Anna de Vries', gemeente: 'Winterswijk', V1: 'Nee' }, pietAnswers], GOOGLE_FORMS);
  await prep.importFile('Vragenlijst beleidsmedewerkers.csv', csv);
  await expect(prep.importReview().getByText('Rij 3 lijkt bij Piet Jansen te horen.')).toBeVisible();
  await expect(prep.importReview().getByRole('combobox', { name: 'Rij van de respondent' })).toHaveValue(/^Rij 3 — Piet Jansen · /);
  await prep.confirmImport();

  // The guide is now 5.1 with the follow-ups in place, ticked, each with its reason.
  await expect(prep.guide().getByRole('heading', { name: 'Topiclijst beleidsmedewerkers (indien ingevulde vragenlijst)' })).toBeVisible();
  const activeQuestioning = prep.tick('In de vragenlijst heeft u ingevuld dat u vindt dat uw manager niet voldoende vragen');
  await expect(activeQuestioning).toBeChecked();
  await expect(prep.question('In de vragenlijst heeft u ingevuld dat u vindt dat uw manager niet voldoende vragen')).toContainText('NavragenV17: Ja, maar te weinig');
  await expect(prep.question('In de vragenlijst heeft u ingevuld dat u nog nooit een experiment')).toContainText('OnduidelijkV6: Weet ik niet');
  await expect(prep.tick('In de vragenlijst heeft u ingevuld dat u weinig informatie deelt')).not.toBeChecked();
  await expect(prep.guide().getByText('ContextV2: In een gesprek/vergadering; Op een andere manier, namelijk: Via de koffieautomaat')).toBeVisible();

  // The document asked for in V8 is expected and not yet in.
  const documents = page.getByRole('group', { name: 'Toe te sturen documenten' });
  await expect(documents).toContainText('V8 ontvangen');
  await expect(documents).toContainText('nog niet binnen');

  // Untick, tick by hand, add an own question, fill in the placeholders, mark the document.
  await activeQuestioning.uncheck();
  await prep.tick('In de vragenlijst heeft u ingevuld dat u geen cursussen volgt').check();
  await prep.addOwnQuestion('Experimenteren', 'Welk experiment staat in de procesbeschrijving?');
  await prep.guide().getByLabel('Naam van het document voor (DOCUMENTNAAM)').fill('Beleidsplan Wmo');
  await prep.guide().getByLabel('Citaat voor “…”').fill('een lerende organisatie');
  await documents.getByRole('checkbox', { name: /V8 ontvangen/ }).check();
  await expect(prep.guide().getByText('In Beleidsplan Wmo omschrijft de gemeente/team zich als “een lerende organisatie”, in hoeverre kunt u zich hierin vinden?')).toBeVisible();

  await app.reload();
  await expect(prep.heading()).toContainText('Piet Jansen');
  await expect(activeQuestioning).not.toBeChecked();
  await expect(prep.question('In de vragenlijst heeft u ingevuld dat u vindt dat uw manager niet voldoende vragen')).toContainText('met de hand uitgevinkt');
  await expect(prep.tick('In de vragenlijst heeft u ingevuld dat u geen cursussen volgt')).toBeChecked();
  await expect(prep.guide().getByLabel('Eigen vraag')).toHaveValue('Welk experiment staat in de procesbeschrijving?');
  await expect(prep.guide().getByText('In Beleidsplan Wmo omschrijft de gemeente/team zich als “een lerende organisatie”')).toBeVisible();
  await expect(documents.getByRole('checkbox', { name: /V8 ontvangen/ })).toBeChecked();
  await expect(page.getByText('Antwoorden geïmporteerd uit Vragenlijst beleidsmedewerkers.csv.')).toBeVisible();
});

test('a Dutch Excel file (semicolons, Windows-1252, sep= line) imports with its accents and quotes intact', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await respondents.add({ name: 'Joël Smeets', type: 'Beleidsmedewerker', organisation: 'Doetinchem' });
  await respondents.prepare('Joël Smeets');

  const bytes = exportOf(
    beleidQuestionnaire,
    [{ naam: 'Joël Smeets', gemeente: 'Doetinchem', V2: ['Op een andere manier, namelijk:', 'Via ‘koffie’ en een € pot'], V11: 'Nee' }],
    DUTCH_EXCEL,
  );
  await prep.importFile('antwoorden.csv', bytes);
  await expect(prep.importReview()).toContainText('tekencodering windows-1252');
  await prep.confirmImport();
  await expect(prep.guide().getByText('V2: Op een andere manier, namelijk: Via ‘koffie’ en een € pot')).toBeVisible();
  await expect(prep.tick('In de vragenlijst heeft u ingevuld dat u geen cursussen volgt')).toBeChecked();
});

test('a file that is not a CSV gets a clear message and changes nothing', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await respondents.add({ name: 'Kees Bos', type: 'Manager', organisation: 'Aalten' });
  await respondents.prepare('Kees Bos');

  await prep.importFile('vragenlijst.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), 'application/pdf');
  await expect(app.alert()).toContainText('vragenlijst.pdf kon niet worden ingelezen.');
  await expect(app.alert()).toContainText('Dit is geen CSV-bestand');
  await expect(page.getByText('Nog geen antwoorden.')).toBeVisible();

  // An export of some other form matches no question of the managers' questionnaire.
  await prep.importFile('aanmeldingen.csv', Buffer.from('Naam,Leeftijd,Favoriete kleur\nKees Bos,52,blauw\n'));
  await expect(app.alert().filter({ hasText: 'aanmeldingen.csv' })).toContainText('Geen enkele kolom komt overeen met een vraag van “Vragenlijst managers”');
  await expect(page.getByText('Nog geen antwoorden.')).toBeVisible();

  // The policy officers' export shares some questions with the managers' one: what does not match is shown, not dropped.
  await prep.importFile('beleid.csv', exportOf(beleidQuestionnaire, [{ naam: 'Kees Bos', V21: 'Nee' }]));
  await expect(prep.importReview()).toContainText('horen bij geen vraag van deze vragenlijst');
  await prep.importReview().getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Nog geen antwoorden.')).toBeVisible();
});

test('answers typed in by hand flag follow-ups like imported ones', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await respondents.add({ name: 'Marieke Post', type: 'Manager', organisation: 'Winterswijk' });
  await respondents.prepare('Marieke Post');

  await page.getByText('Antwoorden met de hand invullen').click();
  const v4 = page.getByRole('group', { name: /^V4\. / });
  await v4.getByRole('radio', { name: 'Nee', exact: true }).check();
  await expect(prep.guide().getByRole('heading', { name: 'Topiclijst managers (indien ingevulde vragenlijst)' })).toBeVisible();
  await expect(prep.question('In de vragenlijst heeft u ingevuld dat')).toHaveCount(9);
  const flagged = prep.guide().getByRole('checkbox', { checked: true });
  await expect(flagged).toHaveCount(1);
  await app.reload();
  await expect(page.getByRole('group', { name: /^V4\. / }).getByRole('radio', { name: 'Nee', exact: true })).toBeChecked();
});

test('a contradiction between the manager and the policy officer of one municipality is raised in both guides, without the other’s answer', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await respondents.add({ name: 'Bea Beleid', type: 'Beleidsmedewerker', organisation: 'Montferland' });
  await respondents.add({ name: 'Max Manager', type: 'Manager', organisation: 'Montferland' });

  await respondents.prepare('Bea Beleid');
  await prep.importFile('b.csv', exportOf(beleidQuestionnaire, [{ naam: 'Bea Beleid', V18: 'Ja, voldoende' }]));
  await prep.confirmImport();
  await prep.back();
  await respondents.prepare('Max Manager');
  await prep.importFile('m.csv', exportOf(managerQuestionnaire, [{ naam: 'Max Manager', V16: 'Nee' }]));
  await prep.confirmImport();

  // Raised at the comparison's own neutral question, in both guides.
  const neutral = 'In hoeverre wordt het uitwisselen van ervaringen en informatie binnen het team aangemoedigd';
  const managerFlag = prep.question(neutral).getByText('V16: Nee · wijkt af van Beleidsmedewerker van dezelfde organisatie');
  await expect(managerFlag).toBeVisible();
  await expect(prep.guide()).not.toContainText('Ja, voldoende');

  await prep.back();
  await respondents.prepare('Bea Beleid');
  await expect(prep.question(neutral).getByText('V18: Ja, voldoende · wijkt af van Manager van dezelfde organisatie')).toBeVisible();
  await expect(prep.guide()).not.toContainText('V16');
});

test('the printed guide holds the ticked follow-ups and leaves out the unticked ones and the controls', async ({ page }) => {
  const app = new AppPage(page);
  const respondents = new RespondentsPage(page);
  const prep = new PreparationPage(page);
  await app.open();
  await respondents.add({ name: 'Piet Jansen', type: 'Beleidsmedewerker', organisation: 'Aalten' });
  await respondents.prepare('Piet Jansen');
  await prep.importFile('v.csv', exportOf(beleidQuestionnaire, [pietAnswers]));
  await prep.confirmImport();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('In de vragenlijst heeft u ingevuld dat u vindt dat uw manager niet voldoende vragen', { exact: false })).toBeVisible();
  await expect(page.getByText('In de vragenlijst heeft u ingevuld dat u geen cursussen volgt', { exact: false })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Vragenlijst' })).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
