/**
 * The rules of the Dutch open/closed question classifier, as data. The classifier
 * (question-classifier.ts) only walks sentences and clauses and applies what is here,
 * so a rule is changed, explained or translated in this file alone.
 *
 * What "open" means here (a methods teacher's reading, not a grammar test): the
 * question invites the respondent to tell, describe or explain. "Closed" invites a
 * yes/no, a choice between offered options or a one-word fact (a number, a date, a
 * name). So "Kunt u dat uitleggen?" is open although it is formally a yes/no question,
 * and "Hoeveel mensen zitten er in uw team?" is closed although it starts with a
 * question word.
 *
 * Every pattern is tested against a *clause*: lower case, single spaces, leading
 * discourse words ("En", "Maar", "Oké", "Nou") already stripped, see question-text.ts.
 */

export type QuestionKind = 'open' | 'closed';

/**
 * Whether a rule may decide a sentence that has no question mark (live notes often
 * lack one). Spoken prompts ("Vertel eens over …") are questions without one: 'always'.
 * A question word may also open an exclamation ("Wat mooi.") or a relative clause
 * ("Wat u zegt …"): 'whenQuestionLike' counts it only when the clause addresses the
 * respondent ("u", "je", "jullie") or a finite verb follows ("Hoe ging dat dan").
 * A verb-first clause counts only when it addresses the respondent ("Heeft u dat
 * besproken"): 'whenAddressed'. The verb-first guess is too loose without a question
 * mark ("Dank u wel.", "Fijn dat u er bent."): 'never'.
 */
export type WithoutQuestionMark = 'always' | 'whenQuestionLike' | 'whenAddressed' | 'never';

export interface ClauseRule {
  /**
   * Stable id, returned as `rule`. The UI explains a rule by this id (the texts live in
   * the interface languages, `classifierRules.<id>`), so an id is never renamed.
   */
  id: ClauseRuleId;
  kind: QuestionKind;
  pattern: RegExp;
  withoutQuestionMark: WithoutQuestionMark;
}

export const CLAUSE_RULE_IDS = [
  'prompt',
  'request-to-explain',
  'indirect-question',
  'factual-question-word',
  'question-word-unambiguous',
  'question-word',
  'verb-first',
  'verb-first-guess',
] as const;
export type ClauseRuleId = (typeof CLAUSE_RULE_IDS)[number];

/**
 * Decisions that are not clause rules, so the UI can explain every answer: an empty
 * text, no question, a backchannel ("Ja?"), a closed question with a "Zo ja, waarom?"
 * tail, a statement with a question mark, a bare topic with a question mark, a tag
 * question (", toch?"), a choice between options, a short continuation ("En toen?").
 */
export const SENTENCE_RULE_IDS = [
  'empty',
  'noQuestion',
  'backchannel',
  'conditionalTail',
  'declarativeQuestion',
  'topicPrompt',
  'tagQuestion',
  'eitherOr',
  'continuation',
] as const;
export type SentenceRuleId = (typeof SENTENCE_RULE_IDS)[number];

/** Every id the classifier can return as `rule`. */
export type RuleId = ClauseRuleId | SentenceRuleId;
export const RULE_IDS: readonly RuleId[] = [...CLAUSE_RULE_IDS, ...SENTENCE_RULE_IDS];

// --------------------------------------------------------------- word lists

/**
 * Discourse words at the start of a sentence or clause that do not change what is
 * asked: "En hoe …", "Maar waarom …", "Oké, en …", "Nou, dus …". Stripped repeatedly.
 */
export const LEADING_WORDS: readonly string[] = [
  'en', 'maar', 'of', 'oké', 'oke', 'okee', 'okay', 'ok', 'nou', 'ja', 'nee', 'goed', 'dus', 'dan', 'want',
  'eh', 'ehm', 'euh', 'uh', 'uhm', 'hm', 'hmm', 'hmhm', 'ah', 'aha', 'o', 'oh', 'juist', 'precies', 'helder',
  'duidelijk', 'mooi', 'prima', 'zeker', 'interessant', 'even', 'ook', 'nog', 'zo', 'right', 'alright',
];

/** Clauses spoken in between that carry no question of their own ("…, denkt u?"). */
export const INSERTED_CLAUSES: readonly string[] = [
  'denkt u', 'denk je', 'denkt jij', 'vindt u', 'vind je', 'zegt u', 'zeg je', 'zeg maar', 'volgens u',
  'volgens jou', 'als het ware', 'weet je', 'weet u wel', 'bijvoorbeeld', 'eigenlijk', 'of zo', 'zeg',
];

/** A whole sentence that only keeps the respondent talking ("Ja?", "Oké?", "Echt?"). */
export const BACKCHANNELS: readonly string[] = [
  'ja', 'oké', 'oke', 'ok', 'okay', 'hm', 'hmm', 'hmhm', 'echt', 'o ja', 'oh ja', 'o', 'oh', 'nee', 'ah',
  'aha', 'juist', 'precies', 'zo', 'ja ja', 'goh', 'serieus', 'nou', 'ja hoor', 'o echt', 'oh echt',
];

/** Short probes that ask the respondent to go on; open although they have no question word. */
export const CONTINUATIONS: readonly string[] = [
  'en', 'en toen', 'toen', 'en verder', 'verder', 'en dan', 'en daarna', 'daarna', 'en vervolgens',
  'vervolgens', 'en nog meer', 'nog meer', 'wat nog meer', 'en wat nog meer',
];

/** A final clause that asks only for confirmation: "…, toch?", "…, hè?", "…, klopt dat?". */
export const TAG_QUESTIONS: readonly string[] = [
  'toch', 'hè', 'he', 'hé', 'niet', 'of niet', 'ja', 'nietwaar', 'klopt dat', 'klopt het', 'klopt',
  'right', 'zeker', 'of wel', 'neem ik aan', 'denk ik', 'is het niet', 'is het niet zo', 'nee', 'is dat zo',
  'of hoe', 'of is dat niet zo',
];

/**
 * Starts of a pre-written follow-up that is asked only after a yes or no: "Zo ja,
 * waarom? Zo nee, waarom niet?". These never decide the kind (see SENTENCE_RULE_IDS).
 */
export const CONDITIONAL_TAIL = /^(?:en |maar )?(?:zo ja|zo nee|zo niet|zo wel|indien ja|indien nee|indien niet|indien wel|als ja|als nee|als dat zo is|als dat niet zo is|in dat geval)\b/;

/** Subject pronouns: a question word directly before one starts a relative clause ("Wat u zegt …"). */
export const SUBJECT_PRONOUNS: readonly string[] = ['u', 'je', 'jij', 'jullie', 'ik', 'we', 'wij', 'ze', 'zij', 'hij', 'men'];

/** Words that address the respondent: a question without a question mark must contain one. */
export const ADDRESSING_WORDS: readonly string[] = ['u', 'uw', 'je', 'jij', 'jou', 'jouw', 'jullie'];

/**
 * Sentence starts of a statement spoken as a question ("Dat overleg is maandelijks?",
 * "U werkt dus vooral aan de Wmo?"): the respondent confirms or corrects, so closed.
 */
export const DECLARATIVE_STARTS: readonly string[] = [
  'u', 'je', 'jij', 'jullie', 'ik', 'we', 'wij', 'ze', 'zij', 'hij', 'men', 'het', 'dat', 'dit', 'die', 'deze',
  'er', 'daar', 'hier', 'toen', 'dus', 'uw', 'jouw', 'mijn', 'onze', 'ons', 'hun',
];

/**
 * Finite verbs that open yes/no questions with any subject ("Geeft uw team …",
 * "Zijn er …", "Staat dit …"). Verbs not listed are still caught when a pronoun follows
 * (see VERB_FIRST_SUBJECTS).
 */
export const FINITE_VERBS: readonly string[] = [
  'heeft', 'hebt', 'heb', 'hebben', 'had', 'hadden', 'is', 'was', 'zijn', 'waren', 'bent', 'ben', 'wordt', 'word',
  'worden', 'werd', 'werden', 'kan', 'kunt', 'kun', 'kunnen', 'kon', 'konden', 'gaat', 'ga', 'gaan', 'ging',
  'gingen', 'doet', 'doe', 'doen', 'deed', 'deden', 'vindt', 'vind', 'vinden', 'vond', 'vonden', 'klopt',
  'klopte', 'zou', 'zouden', 'zal', 'zult', 'zullen', 'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen',
  'mocht', 'mochten', 'wil', 'wilt', 'willen', 'wilde', 'wilden', 'weet', 'weten', 'wist', 'ziet', 'zie',
  'zien', 'zag', 'zagen', 'voelt', 'voel', 'voelen', 'voelde', 'speelt', 'spelen', 'speelde', 'geeft', 'geven',
  'gaf', 'krijgt', 'krijg', 'krijgen', 'kreeg', 'komt', 'komen', 'kwam', 'staat', 'staan', 'stond', 'houdt',
  'maakt', 'maken', 'werkt', 'werken', 'leert', 'leren', 'deelt', 'delen', 'bespreekt', 'bespreken', 'ervaart',
  'ervaren', 'verwacht', 'denkt', 'denk', 'heerst', 'bestaat', 'bestaan', 'blijft', 'blijven', 'lukt', 'lukte',
  'helpt', 'hielp', 'gebeurt', 'gebeurde', 'zit', 'zitten', 'zat', 'loopt', 'liep', 'lopen', 'neemt', 'nemen',
  'volgt', 'volgen', 'zet', 'zetten', 'stimuleert', 'moedigt', 'luistert', 'vraagt', 'stelt', 'geldt', 'telt',
  'past', 'hangt', 'ligt', 'leidt', 'levert', 'draagt', 'biedt', 'herkent', 'merkt', 'kent', 'snapt', 'begrijpt',
];

/** Subjects that make "<word> <subject> …" a verb-first (yes/no) question: "Merkt u …", "Helpt dat …". */
export const VERB_FIRST_SUBJECTS: readonly string[] = [
  'u', 'je', 'jij', 'jullie', 'ik', 'we', 'wij', 'ze', 'zij', 'hij', 'het', 'er', 'men', 'dat', 'dit',
];

/**
 * Words that may stand before a pronoun without being a verb ("Als u …", "Stel dat …",
 * "In de vragenlijst …"), so the verb-first guess never fires on them.
 */
export const NOT_VERBS: readonly string[] = [
  // pronouns, articles, determiners
  'u', 'uw', 'je', 'jij', 'jouw', 'jullie', 'ik', 'mijn', 'we', 'wij', 'ons', 'onze', 'ze', 'zij', 'hij', 'haar',
  'hun', 'het', 'de', 'een', 'die', 'dat', 'dit', 'deze', 'er', 'men', 'iets', 'iemand', 'niets', 'alles', 'elk', 'elke',
  // conjunctions
  'als', 'omdat', 'zodat', 'wanneer', 'terwijl', 'toen', 'nadat', 'voordat', 'sinds', 'tenzij', 'indien', 'hoewel',
  'of', 'en', 'maar', 'want', 'dus', 'zoals', 'dan', 'doordat', 'zodra', 'totdat',
  // prepositions
  'in', 'op', 'bij', 'met', 'aan', 'van', 'voor', 'naar', 'over', 'door', 'uit', 'om', 'tot', 'tegen', 'onder',
  'tussen', 'na', 'zonder', 'volgens', 'vanuit', 'binnen', 'buiten', 'via', 'per', 'rond', 'rondom', 'namens',
  // adverbs and set phrases that open a statement or a condition
  'nu', 'daar', 'hier', 'ook', 'nog', 'al', 'wel', 'niet', 'zo', 'misschien', 'eigenlijk', 'vaak', 'soms', 'altijd',
  'nooit', 'echt', 'even', 'gewoon', 'daarom', 'daarna', 'verder', 'bovendien', 'natuurlijk', 'vooral', 'alleen',
  'juist', 'stel', 'gesteld', 'aangenomen', 'gegeven', 'kijk', 'zeg', 'luister', 'ja', 'nee', 'oké', 'goed',
  // politeness and evaluations: "Dank u wel", "Fijn dat u …", "Leuk dat je …"
  'dank', 'bedankt', 'fijn', 'leuk', 'mooi', 'graag', 'sorry', 'excuus', 'pardon', 'welkom', 'jammer', 'goedemorgen',
  'goedemiddag', 'hoi', 'hallo', 'dag',
  'vandaar', 'toch', 'waarschijnlijk', 'blijkbaar', 'kennelijk', 'immers', 'tenslotte', 'uiteindelijk',
];

/** Exclamations that look like questions when there is no question mark: "Wat mooi.", "Hoe jammer.". */
export const EXCLAMATION_WORDS: readonly string[] = [
  'een', 'fijn', 'mooi', 'goed', 'leuk', 'jammer', 'interessant', 'bijzonder', 'knap', 'vervelend', 'raar',
  'grappig', 'vreemd', 'zonde', 'slim', 'sterk', 'apart', 'heftig', 'herkenbaar', 'lastig', 'naar', 'erg',
  'spannend', 'gaaf', 'prachtig', 'mooi zeg', 'triest',
];

// -------------------------------------------------------------- clause rules

const words = (list: readonly string[]): string => list.map(escape).join('|');
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

const PRONOUN = `(?:${words(SUBJECT_PRONOUNS)})`;
const ADDRESSEE = '(?:u|je|jij|jullie)';
const PREPOSITION = '(?:in|op|bij|met|aan|van|voor|naar|over|door|uit|om|tot|tegen|onder|tussen|vanuit|binnen|via)';
/** "Hoe" that asks for a number, a time or a size rather than a description. */
const FACTUAL_HOE = '(?:vaak|lang|veel|oud|groot|laat|ver|snel)';
/** Question words inside an indirect question ("Weet u waarom …"). */
const EMBEDDED_OPEN = `(?:waarom|hoezo|waardoor|hoe(?!\\s+${FACTUAL_HOE}\\b)|wat|welke|in hoeverre|op welke (?:manier|wijze))`;
/** After a question word: not a subject pronoun, or it is a relative clause ("Wat u zegt …"). */
const NOT_RELATIVE = `(?!\\s+${PRONOUN}\\b)`;

/**
 * Tried in order on each clause; the first that matches decides the clause. Order
 * matters: "Kunt u … uitleggen" must be tried before verb-first, "Hoe vaak" before "Hoe".
 */
export const CLAUSE_RULES: readonly ClauseRule[] = [
  {
    id: 'prompt',
    kind: 'open',
    pattern:
      /^(?:vertel|vertelt u|(?:gaat u|ga)\s+(?:maar\s+|gerust\s+)?(?:verder|door)\b|beschrijf|beschrijft u|omschrijf|schets|leg\b.*\buit\b|licht\b.*\btoe\b|geef\b.*\b(?:voorbeeld|voorbeelden|beeld|indruk|toelichting)\b|neem\s+(?:me|mij|ons)\b.*\bmee\b|ik ben (?:benieuwd|nieuwsgierig)\b|ik hoor graag\b|ik zou graag (?:willen )?(?:horen|weten)\b|graag hoor ik\b)\b/,
    withoutQuestionMark: 'always',
  },
  {
    id: 'request-to-explain',
    kind: 'open',
    pattern: new RegExp(
      `^(?:kunt|kan|kon|zou|zoudt|wilt|wil)\\s+${ADDRESSEE}\\b.*\\b(?:uitleggen|vertellen|beschrijven|toelichten|schetsen|omschrijven|verduidelijken|illustreren|uiteenzetten|uitweiden|voorbeeld|voorbeelden|meenemen|uit te leggen|te vertellen|te beschrijven|toe te lichten)\\b`,
    ),
    withoutQuestionMark: 'always',
  },
  {
    id: 'indirect-question',
    kind: 'open',
    pattern: new RegExp(
      `^(?:(?:weet|weten|wist)\\s+${ADDRESSEE}\\b(?:\\s+\\S+){0,3}?\\s+${EMBEDDED_OPEN}\\b|(?:heeft|hebt|heb|had)\\s+${ADDRESSEE}\\s+(?:(?:daar|hier|zelf|ook|nog)\\s+)*(?:een|enig|enige)\\s+(?:idee|verklaring|beeld|vermoeden)\\b.*?\\b${EMBEDDED_OPEN}\\b|(?:kunt|kan|zou|zoudt)\\s+${ADDRESSEE}\\s+(?:(?:mij|me|ons)\\s+)?(?:zeggen|aangeven)\\s+${EMBEDDED_OPEN}\\b)`,
    ),
    withoutQuestionMark: 'whenQuestionLike',
  },
  {
    id: 'factual-question-word',
    kind: 'closed',
    pattern: new RegExp(
      `^(?:hoe\\s+${FACTUAL_HOE}|hoeveel|hoeveelste|hoelang|sinds\\s+(?:wanneer|hoe\\s*lang)|vanaf\\s+wanneer|tot\\s+wanneer|wanneer(?!\\s+(?:de|het|een|er|dat|dit)\\b)|wie|wiens|${PREPOSITION}\\s+wie|(?:in\\s+)?welk\\s+jaar|om\\s+hoe\\s+laat|op\\s+welke\\s+datum)\\b${NOT_RELATIVE}`,
    ),
    withoutQuestionMark: 'whenQuestionLike',
  },
  {
    id: 'question-word-unambiguous',
    kind: 'open',
    pattern: new RegExp(
      `^(?:waarom|hoezo|waardoor|in\\s+hoeverre|in\\s+welke\\s+mate|op\\s+welke\\s+(?:manier|wijze)|op\\s+wat\\s+voor\\s+(?:manier|wijze))\\b${NOT_RELATIVE}`,
    ),
    withoutQuestionMark: 'always',
  },
  {
    id: 'question-word',
    kind: 'open',
    pattern: new RegExp(
      `^(?:hoe|wat|waar|waarover|waarmee|waaraan|waarin|waarop|waarvoor|waaruit|waarnaar|waarbij|waarvan|waartoe|welke|welk|${PREPOSITION}\\s+(?:welke|welk|wat))\\b${NOT_RELATIVE}`,
    ),
    withoutQuestionMark: 'whenQuestionLike',
  },
  {
    id: 'verb-first',
    kind: 'closed',
    pattern: new RegExp(`^(?:${words(FINITE_VERBS)})\\b`),
    withoutQuestionMark: 'whenAddressed',
  },
  {
    id: 'verb-first-guess',
    kind: 'closed',
    pattern: new RegExp(`^(?!(?:${words(NOT_VERBS)})\\b)\\p{L}+\\s+(?:${words(VERB_FIRST_SUBJECTS)})\\b`, 'u'),
    withoutQuestionMark: 'never',
  },
];

/** "…, goed of slecht?", "…, of alleen hier?": a short final clause that offers options. */
export const EITHER_OR = /^(?:of\b.*|(?:\S+\s+){0,2}\S+\s+of\s+\S+(?:\s+\S+){0,2})$/;
