/**
 * Capitalised words that are not names, so they are never suggested as one: days and
 * months, laws of the social domain ("Wmo", "Jeugdwet"), institutions, tools, the
 * nationalities, languages, feasts, countries and other lists of lists/non-names.ts, the
 * speaker labels of the transcript format, and the function words a sentence starts
 * with ("De", "Toen", "Ik"). Folded (lowercase, no accents). The study's own
 * vocabulary is added at run time (`FindContext.vocabulary`), not here.
 */
import {
  COUNTRIES_AND_REGIONS,
  FEASTS,
  LANGUAGES,
  NATIONALITIES,
  NATIONWIDE_COMPANIES,
  PUBLIC_BODIES_AND_TOOLS,
  RELIGIONS,
} from './lists/non-names';
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
  'team', 'teams', 'wijkteam', 'wijkteams', 'jeugdteam', 'buurtteam', 'buurtteams', 'afdeling', 'directie', 'bestuur',
  'beleid', 'visie', 'nota', 'programma', 'project', 'plan', 'actieplan', 'convenant', 'akkoord', 'agenda',
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
  'gisteren', 'vandaag', 'morgen', 'vroeger', 'later', 'straks', 'ineens', 'opeens', 'samen', 'daardoor', 'bovendien',
  'echter', 'trouwens', 'vervolgens', 'uiteindelijk', 'zeg', 'stel', 'kortom', 'meestal', 'gelukkig', 'helaas',
  'jammer', 'zelf', 'zelfs', 'sommige', 'sommigen', 'ieder', 'elke', 'elk', 'iemand', 'niemand', 'mensen', 'eens',
  'iedere', 'andere', 'anderen', 'beide', 'allebei', 'waarbij', 'waardoor', 'waarin', 'waarmee', 'hierbij', 'hierin',
  'hiervoor', 'daarmee', 'daarvan', 'tja', 'hè', 'he', 'oh', 'o', 'ah', 'hm', 'mja', 'nja', 'oké', 'jawel', 'welnee',
  'uiteraard', 'absoluut', 'waarschijnlijk', 'mogelijk', 'weet', 'denk', 'vind', 'kan', 'moet', 'zou',
  'heb', 'hebben', 'is', 'was', 'waren', 'bent', 'wordt', 'werd', 'gaat', 'ging', 'komt', 'kwam', 'zie',
  'the', 'i',
];

export const NAME_STOP_WORDS: ReadonlySet<string> = new Set([
  ...DAYS_AND_MONTHS,
  ...LAWS_AND_POLICY,
  ...INSTITUTIONS,
  ...TOOLS_AND_TIMES,
  ...DOCUMENT_WORDS,
  ...NATIONALITIES,
  ...LANGUAGES,
  ...FEASTS,
  ...COUNTRIES_AND_REGIONS,
  ...RELIGIONS,
  ...PUBLIC_BODIES_AND_TOOLS,
  ...NATIONWIDE_COMPANIES,
  ...FUNCTION_WORDS,
  ...NAME_TITLE_WORDS.flatMap((title) => title.split(' ')),
  ...NAME_TITLE_ABBREVIATIONS,
]);
