/**
 * Capitalised words that are not names, so they are never suggested as one: days and
 * months, laws of the social domain ("Wmo", "Jeugdwet"), institutions, tools, the
 * speaker labels of the transcript format, and the function words a sentence starts
 * with ("De", "Toen", "Ik"). Folded (lowercase, no accents). The study's own
 * vocabulary is added at run time (`FindContext.vocabulary`), not here.
 */
import { NAME_TITLE_ABBREVIATIONS, NAME_TITLE_WORDS } from './rules';

// prettier-ignore
const DAYS_AND_MONTHS = [
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'kerst', 'kerstmis', 'pasen', 'pinksteren', 'koningsdag', 'oudjaar', 'nieuwjaar',
];

// prettier-ignore
const LAWS_AND_POLICY = [
  'wmo', 'jeugdwet', 'participatiewet', 'omgevingswet', 'wet', 'awb', 'woo', 'wob', 'wlz', 'zvw', 'avg', 'wsw', 'wajong', 'wwb', 'bbz',
  'decentralisatie', 'decentralisaties', 'sociaal', 'domein',
];

// prettier-ignore
const INSTITUTIONS = [
  'rijk', 'rijksoverheid', 'kamer', 'tweede', 'eerste', 'kabinet', 'ministerie', 'minister', 'staatssecretaris', 'provincie',
  'gemeente', 'gemeenten', 'gemeenteraad', 'raad', 'college', 'wethouder', 'burgemeester', 'griffie', 'griffier',
  'nederland', 'nederlands', 'europa', 'europees', 'europese', 'regio',
];

// prettier-ignore
const TOOLS_AND_TIMES = ['teams', 'zoom', 'outlook', 'word', 'excel', 'google', 'whatsapp', 'internet', 'intranet', 'corona', 'covid'];

// prettier-ignore
const DOCUMENT_WORDS = [
  'onderzoeker', 'respondent', 'interviewer', 'vraag', 'antwoord', 'naam', 'tijd', 'tijdsduur',
  'bijlage', 'hoofdstuk', 'paragraaf', 'tabel', 'figuur', 'pagina', 'zie', 'noot',
];

/** Words that start sentences; capitalised only because they do. */
// prettier-ignore
const FUNCTION_WORDS = [
  'de', 'het', 'een', 'dit', 'dat', 'deze', 'die', 'er', 'hier', 'daar', 'daarna', 'daarom', 'daarvoor', 'daarbij', 'daarin',
  'ik', 'je', 'jij', 'u', 'uw', 'we', 'wij', 'ze', 'zij', 'hij', 'men', 'mijn', 'ons', 'onze', 'jullie', 'hun', 'haar', 'zijn',
  'wat', 'wie', 'waar', 'hoe', 'waarom', 'wanneer', 'welke', 'welk',
  'en', 'of', 'maar', 'want', 'dus', 'omdat', 'als', 'toen', 'dan', 'nadat', 'voordat', 'terwijl', 'hoewel', 'zodat', 'doordat',
  'in', 'op', 'met', 'voor', 'bij', 'naar', 'van', 'uit', 'aan', 'over', 'door', 'om', 'na', 'tot', 'sinds', 'tijdens',
  'volgens', 'zonder', 'tussen', 'onder', 'boven', 'binnen', 'buiten', 'vanuit', 'tegen', 'rond', 'vanaf',
  'ja', 'nee', 'nou', 'oke', 'ok', 'goed', 'prima', 'precies', 'klopt', 'inderdaad', 'zeker', 'misschien', 'natuurlijk',
  'eigenlijk', 'gewoon', 'echt', 'heel', 'ook', 'niet', 'geen', 'wel', 'nog', 'al', 'zo', 'toch', 'nu', 'soms', 'vaak',
  'altijd', 'nooit', 'eerst', 'verder', 'vooral', 'bijvoorbeeld', 'iedereen', 'alle', 'alles', 'iets', 'niets', 'veel',
  'weinig', 'meer', 'minder', 'hallo', 'hoi', 'dag', 'bedankt', 'dank', 'graag', 'kijk', 'nogmaals',
  'the', 'i',
];

export const NAME_STOP_WORDS: ReadonlySet<string> = new Set([
  ...DAYS_AND_MONTHS,
  ...LAWS_AND_POLICY,
  ...INSTITUTIONS,
  ...TOOLS_AND_TIMES,
  ...DOCUMENT_WORDS,
  ...FUNCTION_WORDS,
  ...NAME_TITLE_WORDS.flatMap((title) => title.split(' ')),
  ...NAME_TITLE_ABBREVIATIONS,
]);
