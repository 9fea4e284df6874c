/**
 * The package properties of an exported .docx (docProps/core.xml and docProps/app.xml),
 * written by hand rather than left to the docx library. By default the library writes
 * `<dc:creator>Un-named</dc:creator>` and `<cp:lastModifiedBy>Un-named</cp:lastModifiedBy>`
 * plus the export time; Word shows those as "Author" and an anonymised transcript must not
 * carry a person there (DOMAIN.md). Replacing the whole part, instead of trimming what the
 * library happens to write today, keeps that true when a library update adds a field.
 */
import { escapeXml } from './xml-text';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/**
 * Title and language only: no creator, last modified by, subject, description, keywords,
 * revision or timestamps (the export time says when the researcher worked, and the file
 * system keeps it anyway).
 */
export function coreProperties(title: string, language: string): string {
  return (
    DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title === '' ? '' : `<dc:title>${escapeXml(title)}</dc:title>`) +
    `<dc:language>${escapeXml(language)}</dc:language>` +
    '</cp:coreProperties>'
  );
}

/**
 * The library writes an empty <Properties/>. Name the application, and nothing else:
 * no Company or Manager (Word fills those from the user's Office profile on save, which
 * is the researcher's affair, not the export's), no AppVersion (it must look like "16.0000").
 */
export function appProperties(): string {
  return (
    DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Veldwerk</Application>' +
    '</Properties>'
  );
}
