/**
 * Capitalised words that identify nobody by themselves, so they are never suggested as
 * names: Dutch capitalises nationalities, languages, feasts, countries and religions,
 * and interviews about public administration name national bodies, parties and tools.
 * Written for this project. Folded (lowercase, no accents); each form is listed as it is
 * written, since adjectives inflect ("Turks", "Turkse"). The days, months, laws and
 * function words live in stop-words.ts.
 */

/** Nationalities and peoples, as adjective and as noun (singular and plural). */
// prettier-ignore
export const NATIONALITIES: readonly string[] = [
  'nederlands', 'nederlandse', 'nederlander', 'nederlanders', 'hollands', 'hollandse', 'hollander', 'hollanders',
  'fries', 'friese', 'friezen', 'gronings', 'groningse', 'limburgs', 'limburgse', 'limburger', 'limburgers',
  'brabants', 'brabantse', 'brabander', 'brabanders', 'gelders', 'gelderse', 'twents', 'twentse', 'achterhoeks',
  'achterhoekse', 'achterhoeker', 'achterhoekers', 'zeeuws', 'zeeuwse', 'zeeuw', 'zeeuwen',
  'turks', 'turkse', 'turk', 'turken', 'marokkaans', 'marokkaanse', 'marokkaan', 'marokkanen', 'syrisch', 'syrische',
  'syrier', 'syriers', 'oekraiens', 'oekraiense', 'oekrainer', 'oekrainers', 'pools', 'poolse', 'pool', 'polen',
  'duits', 'duitse', 'duitser', 'duitsers', 'belgisch', 'belgische', 'belg', 'belgen', 'vlaams', 'vlaamse', 'vlaming',
  'vlamingen', 'waals', 'waalse', 'engels', 'engelse', 'engelsman', 'engelsen', 'brits', 'britse', 'brit', 'britten',
  'frans', 'franse', 'fransman', 'fransen', 'spaans', 'spaanse', 'spanjaard', 'spanjaarden', 'italiaans', 'italiaanse',
  'italiaan', 'italianen', 'portugees', 'portugese', 'portugezen', 'grieks', 'griekse', 'griek', 'grieken', 'roemeens',
  'roemeense', 'roemeen', 'roemenen', 'bulgaars', 'bulgaarse', 'bulgaar', 'bulgaren', 'hongaars', 'hongaarse',
  'hongaar', 'hongaren', 'russisch', 'russische', 'rus', 'russen', 'litouws', 'litouwse', 'lets', 'letse', 'ests',
  'estse', 'tsjechisch', 'tsjechische', 'slowaaks', 'slowaakse', 'kroatisch', 'kroatische', 'servisch', 'servische',
  'bosnisch', 'bosnische', 'albanees', 'albanese', 'kosovaars', 'kosovaarse', 'amerikaans', 'amerikaanse',
  'amerikaan', 'amerikanen', 'canadees', 'canadese', 'chinees', 'chinese', 'chinezen', 'japans', 'japanse',
  'koreaans', 'koreaanse', 'vietnamees', 'vietnamese', 'indonesisch', 'indonesische', 'indisch', 'indische', 'indiaas',
  'indiase', 'pakistaans', 'pakistaanse', 'afghaans', 'afghaanse', 'afghaan', 'afghanen', 'iraans', 'iraanse',
  'iraniers', 'iraaks', 'iraakse', 'irakezen', 'koerdisch', 'koerdische', 'koerd', 'koerden', 'arabisch', 'arabische',
  'arabier', 'arabieren', 'eritrees', 'eritrese', 'eritreeer', 'eritreeers', 'ethiopisch', 'ethiopische', 'somalisch',
  'somalische', 'somaliers', 'soedanees', 'soedanese', 'nigeriaans', 'nigeriaanse', 'ghanees', 'ghanese', 'egyptisch',
  'egyptische', 'tunesisch', 'tunesische', 'algerijns', 'algerijnse', 'surinaams', 'surinaamse', 'surinamer',
  'surinamers', 'antilliaans', 'antilliaanse', 'antilliaan', 'antillianen', 'arubaans', 'arubaanse', 'curacaos',
  'curacaose', 'kaapverdiaans', 'kaapverdiaanse', 'moluks', 'molukse', 'molukkers', 'braziliaans', 'braziliaanse',
  'europees', 'europese', 'europeaan', 'europeanen', 'afrikaans', 'afrikaanse', 'aziatisch', 'aziatische', 'westers',
  'westerse', 'oosters', 'oosterse', 'scandinavisch', 'scandinavische', 'oost-europees', 'oost-europese',
  'noord-afrikaans', 'noord-afrikaanse', 'midden-oosten',
];

/** Languages that are not also a nationality above. */
// prettier-ignore
export const LANGUAGES: readonly string[] = [
  'tigrinya', 'amhaars', 'farsi', 'perzisch', 'dari', 'pasjtoe', 'urdu', 'hindi', 'hindoestaans', 'hindoestaanse',
  'sranantongo', 'sranan', 'papiaments', 'tamazight', 'berbers', 'berberse', 'riffijns', 'koerdisch', 'turkmeens',
  'oekraiens', 'mandarijn', 'kantonees', 'swahili', 'latijn', 'hebreeuws', 'jiddisch', 'esperanto', 'nedersaksisch',
  'platt', 'gebarentaal', 'nt2',
];

/** Feasts, holidays and remembrance days (the Christian ones are in stop-words.ts too). */
// prettier-ignore
export const FEASTS: readonly string[] = [
  'ramadan', 'suikerfeest', 'offerfeest', 'eid', 'iftar', 'kerst', 'kerstmis', 'kerstfeest', 'kerstavond', 'pasen',
  'paasmaandag', 'goede', 'vrijdag', 'pinksteren', 'hemelvaart', 'hemelvaartsdag', 'advent', 'carnaval',
  'sinterklaas', 'sint', 'sint-maarten', 'sint-nicolaas', 'koningsdag', 'koninginnedag', 'bevrijdingsdag',
  'dodenherdenking', 'prinsjesdag', 'oudjaar', 'oudejaarsavond', 'nieuwjaar', 'nieuwjaarsdag', 'nieuwjaarsreceptie',
  'keti', 'koti', 'divali', 'diwali', 'holi', 'phagwa', 'chanoeka', 'pesach', 'jom', 'kipoer', 'nowruz', 'halloween',
  'valentijnsdag', 'moederdag', 'vaderdag', 'kerstvakantie', 'meivakantie', 'herfstvakantie', 'voorjaarsvakantie',
  'krokusvakantie', 'zomervakantie', 'kerstpakket', 'kerstborrel', 'paasvakantie', 'paasontbijt', 'lente', 'zomer',
  'herfst', 'winter',
];

/** Countries, continents and large regions: they identify nobody in a Dutch interview. */
// prettier-ignore
export const COUNTRIES_AND_REGIONS: readonly string[] = [
  'nederland', 'holland', 'belgie', 'vlaanderen', 'duitsland', 'frankrijk', 'engeland', 'groot-brittannie',
  'spanje', 'italie', 'portugal', 'griekenland', 'polen', 'roemenie', 'bulgarije', 'hongarije', 'oekraine',
  'rusland', 'turkije', 'marokko', 'syrie', 'irak', 'iran', 'afghanistan', 'eritrea', 'ethiopie', 'somalie',
  'soedan', 'jemen', 'libanon', 'egypte', 'tunesie', 'algerije', 'suriname', 'curacao', 'aruba', 'bonaire',
  'indonesie', 'india', 'pakistan', 'china', 'japan', 'amerika', 'verenigde', 'staten', 'canada', 'brazilie',
  'europa', 'afrika', 'azie', 'midden-oosten', 'scandinavie', 'randstad', 'antillen', 'caribisch', 'noordzee',
  'gaza', 'israel', 'palestina', 'oost-europa', 'west-europa',
  'gelderland', 'overijssel', 'drenthe', 'friesland', 'fryslan', 'flevoland',
  'noord-holland', 'zuid-holland', 'zeeland', 'noord-brabant', 'brabant', 'limburg',
];

/** Religions and what belongs to them. */
// prettier-ignore
export const RELIGIONS: readonly string[] = [
  'islam', 'islamitisch', 'islamitische', 'moslim', 'moslims', 'christendom', 'christelijk', 'christelijke',
  'christen', 'christenen', 'katholiek', 'katholieke', 'rooms-katholiek', 'rooms-katholieke', 'protestant',
  'protestantse', 'joods', 'joodse', 'jodendom', 'hindoe', 'hindoes', 'hindoeisme', 'boeddhisme', 'boeddhistisch',
  'god', 'allah', 'bijbel', 'koran', 'here', 'jezus', 'christus',
];

/**
 * National bodies, parties, programmes, media and tools that interviews in the public
 * sector name all the time; none of them says which municipality or person it is.
 */
// prettier-ignore
export const PUBLIC_BODIES_AND_TOOLS: readonly string[] = [
  'belastingdienst', 'rijkswaterstaat', 'kadaster', 'ombudsman', 'kinderombudsman', 'inspectie', 'rechtbank',
  'politie', 'brandweer', 'defensie', 'koning', 'koningin', 'staten-generaal', 'gedeputeerde', 'statenleden',
  'zorgverzekeraar', 'zorgkantoor', 'vluchtelingenwerk', 'voedselbank', 'rode', 'kruis', 'leger', 'heils',
  'jeugdzorg', 'jeugdbescherming', 'raad', 'kinderbescherming', 'veilig', 'thuis', 'schuldhulpverlening',
  'participatie', 'inburgering', 'statushouder', 'statushouders', 'asielzoeker', 'asielzoekers', 'bijstand',
  'kamerbrief', 'kamervragen', 'miljoenennota', 'voorjaarsnota', 'najaarsnota', 'begroting', 'coalitieakkoord',
  'regeerakkoord', 'toeslagenaffaire', 'toeslagen', 'zorgtoeslag', 'huurtoeslag', 'kinderopvangtoeslag',
  'groenlinks', 'christenunie', 'partij', 'arbeid', 'volkspartij', 'democraten', 'boerburgerbeweging',
  'nos', 'rtl', 'nieuwsuur', 'journaal', 'teletekst', 'facebook', 'linkedin', 'instagram', 'twitter', 'youtube',
  'tiktok', 'signal', 'powerpoint', 'sharepoint', 'onedrive', 'webex', 'skype', 'mentimeter', 'digid', 'corsa',
  'suite', 'iphone', 'ipad', 'android', 'windows', 'chatgpt', 'copilot', 'pdf',
];

/** Companies found in every town, whose name says nothing about where or who. */
// prettier-ignore
export const NATIONWIDE_COMPANIES: readonly string[] = [
  'rabobank', 'abn', 'amro', 'sns', 'triodos', 'knab', 'bunq', 'postnl', 'kpn', 'ziggo', 'odido', 'vodafone', 'eneco',
  'vattenfall', 'essent', 'jumbo', 'lidl', 'aldi', 'hema', 'kruidvat', 'etos', 'blokker', 'ikea', 'gamma', 'praxis',
  'action', 'marktplaats', 'coolblue', 'zalando', 'thuisbezorgd', 'ns', 'arriva', 'syntus', 'connexxion', 'keolis',
  'menzis', 'zilveren', 'vgz', 'cz', 'achmea', 'interpolis', 'centraal', 'beheer', 'ohra', 'nationale-nederlanden',
];

/**
 * Names of more than one word that identify nobody, folded: chains, services, national
 * bodies and regional broadcasters (which name a province at most, like the NOS names
 * the country). Blocked as a whole, so their words are not suggested on their own.
 */
// prettier-ignore
export const NON_NAME_PHRASES: readonly string[] = [
  'albert heijn', 'google translate', 'google maps', 'google drive', 'microsoft teams', 'microsoft word',
  'tweede kamer', 'eerste kamer', 'raad van state', 'rode kruis', 'leger des heils', 'veilig thuis',
  'sociaal domein', 'verenigde staten', 'verenigd koninkrijk', 'tweede wereldoorlog', 'eerste wereldoorlog',
  'centraal bureau voor de statistiek', 'nationale ombudsman', 'algemene rekenkamer', 'openbaar ministerie',
  'zilveren kruis', 'centraal beheer', 'de nederlandsche bank', 'omroep gelderland', 'omroep brabant',
  'omroep west', 'omroep zeeland', 'omroep flevoland', 'omrop fryslan', 'rtv oost', 'rtv noord', 'rtv drenthe',
  'rtv utrecht', 'rtv rijnmond', 'nh nieuws', 'at5', 'ongehoord nederland', 'jeugd en gezin',
  'centrum voor jeugd en gezin', 'sinterklaas', 'keti koti', 'jom kipoer', 'goede vrijdag', 'oud en nieuw',
];
