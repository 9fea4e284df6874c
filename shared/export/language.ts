/**
 * The language an exported document is written in: a full BCP-47 tag for Word's
 * spelling check ("nl" alone makes Word guess the region) and the few words the export
 * itself adds (page numbers, the "not anonymised" warning) in that language.
 */

/** The region a bare study language gets; Dutch fieldwork means nl-NL, not nl-BE. */
const DEFAULT_REGION: Record<string, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
};

/** "nl" → "nl-NL", "NL-be" → "nl-BE", "en_US" → "en-US"; anything else is passed on tidied. */
export function documentLanguage(studyLanguage: string): string {
  const [lang = '', ...rest] = studyLanguage.trim().split(/[-_]/);
  const primary = lang.toLowerCase();
  if (rest.length === 0) return DEFAULT_REGION[primary] ?? primary;
  // Region subtags are upper case, script subtags (four letters) title case, as BCP-47 writes them.
  const subtags = rest.map((tag) =>
    tag.length === 2 ? tag.toUpperCase() : tag.length === 4 ? tag[0]!.toUpperCase() + tag.slice(1).toLowerCase() : tag,
  );
  return [primary, ...subtags].join('-');
}

export interface ExportWording {
  /** "Pagina {page} van {pages}" split around the two fields. */
  page: { before: string; between: string; after: string };
  notAnonymised: string;
}

const DUTCH: ExportWording = {
  page: { before: 'Pagina ', between: ' van ', after: '' },
  notAnonymised: 'Niet geanonimiseerd – alleen voor eigen archief',
};

const ENGLISH: ExportWording = {
  page: { before: 'Page ', between: ' of ', after: '' },
  notAnonymised: 'Not anonymised – for your own archive only',
};

/** Dutch for Dutch documents, English for everything else (the app's two languages). */
export function exportWording(language: string): ExportWording {
  return language.toLowerCase().startsWith('nl') ? DUTCH : ENGLISH;
}
