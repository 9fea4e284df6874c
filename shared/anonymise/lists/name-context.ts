/**
 * The words around a capitalised word that say it is a name, as data (folded). Used by
 * the suggestion of names nobody registered (name-like.ts): what follows one of these
 * is a name whatever else the word means ("collega Visser", "wethouder De Haan").
 */

/**
 * Functions, relations and forms of address that stand before a person's name and are
 * kept in the transcript ("wethouder [Persoon 2]"). The titles of address (mevrouw,
 * dhr.) are in rules.ts, which the registry's matching shares.
 */
// prettier-ignore
export const PERSON_CONTEXT_WORDS: readonly string[] = [
  'wethouder', 'burgemeester', 'loco-burgemeester', 'gedeputeerde', 'minister', 'staatssecretaris', 'kamerlid',
  'raadslid', 'fractievoorzitter', 'griffier', 'secretaris', 'gemeentesecretaris', 'voorzitter', 'directeur',
  'manager', 'teamleider', 'teammanager', 'afdelingshoofd', 'coordinator', 'beleidsmedewerker', 'adviseur',
  'consulent', 'wijkconsulent', 'casemanager', 'regisseur', 'jeugdconsulent', 'wijkagent', 'huisarts', 'dokter',
  'zuster', 'wijkverpleegkundige', 'juf', 'juffrouw', 'meester', 'pastoor', 'dominee', 'imam', 'collega', "collega's",
  'oud-collega', 'oud-wethouder', 'buurman', 'buurvrouw', 'oom', 'tante', 'opa', 'oma', 'neef', 'nicht', 'zus',
  'broer', 'vriend', 'vriendin', 'schoonmoeder', 'schoonvader', 'vader', 'moeder', 'dochter', 'zoon', 'mentor',
  'leidinggevende', 'baas', 'ambtenaar', 'ondernemer', 'cliënt', 'client', 'clientje', 'cliente', 'professor',
  'onderzoeker', 'stagiair', 'stagiaire', 'trainer', 'coach', 'voorganger', 'kapelaan', 'rabbijn',
];

/**
 * Words that begin the name of an organisation ("Stichting Welzijn Oost", "Zorggroep
 * Sensire", "Basisschool De Regenboog"): the capitalised words after one belong to that
 * name, even when they are ordinary words too.
 */
// prettier-ignore
export const ORGANISATION_HEADS: readonly string[] = [
  'stichting', 'vereniging', 'woonstichting', 'woningstichting', 'woningcorporatie', 'woningbouwvereniging',
  'zorggroep', 'zorgcentrum', 'zorgboerderij', 'thuiszorg', 'welzijnsstichting', 'welzijn', 'basisschool', 'school',
  'scholengemeenschap', 'college', 'lyceum', 'gymnasium', 'ziekenhuis', 'huisartsenpraktijk', 'gezondheidscentrum',
  'praktijk', 'kliniek', 'buurthuis', 'wijkcentrum', 'dorpshuis', 'kerk', 'moskee', 'parochie', 'gemeenschap',
  'bibliotheek', 'theater', 'museum', 'sportclub', 'voetbalvereniging', 'voetbalclub', 'vv', 'sv', 'rkvv',
  'bedrijf', 'firma', 'installatiebedrijf', 'bouwbedrijf', 'accountantskantoor', 'advocatenkantoor', 'bureau',
  'adviesbureau', 'uitzendbureau', 'coöperatie', 'cooperatie', 'fonds', 'platform', 'netwerk', 'dorpsraad',
  'wijkraad', 'ondernemersvereniging', 'zorgcooperatie', 'kinderopvang', 'kinderdagverblijf', 'peuterspeelzaal',
  'huize', 'woonzorgcentrum', 'verpleeghuis', 'taalhuis', 'samenwerkingsverband', 'nieuwkomersklas', 'buurtvereniging',
  'schuldhulpmaatje', 'speeltuinvereniging', 'muziekvereniging', 'harmonie', 'fanfare', 'schutterij', 'zangkoor',
  'hogeschool', 'universiteit', 'academie', 'opleidingscentrum', 'jongerencentrum', 'inloophuis', 'wooncorporatie',
  // National bodies with regional branches: with a region after them they name the branch.
  'vluchtelingenwerk', 'jeugdbescherming', 'voedselbank', 'ggd', 'uwv', 'roc', 'mee',
];

/** Words after which a capitalised word is most likely a place ("gemeente Lochem", "in Zelhem"). */
// prettier-ignore
export const PLACE_CONTEXT_WORDS: readonly string[] = [
  'gemeente', 'dorp', 'stad', 'wijk', 'buurtschap', 'kern', 'stadsdeel', 'regio', 'provincie', 'in', 'uit', 'naar',
  'richting', 'rond', 'omgeving', 'buurgemeente', 'inwoners', 'kernen', 'te',
];
