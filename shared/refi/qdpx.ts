/**
 * The .qdpx file: a zip of project.qde at its root and the sources in sources/, each
 * named by its GUID (REFI-QDA 1.5, "internal://" paths); and the .qdc codebook alone.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { isoDate, safeFilePart } from '../export/file-names';
import { ZIP_ENTRY_TIME } from '../export/zip';
import type { Study } from '../study/schema';
import { codeElements, ORIGIN } from './project';
import { element } from './xml';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export function qdpxBytes(files: {
  xml: string;
  sources: ReadonlyMap<string, string>;
  media?: ReadonlyMap<string, Uint8Array>;
}): Uint8Array {
  const entries: Zippable = { 'project.qde': [strToU8(files.xml), { mtime: ZIP_ENTRY_TIME }] };
  for (const [name, text] of files.sources) entries[`sources/${name}`] = [strToU8(text), { mtime: ZIP_ENTRY_TIME }];
  // Recordings are compressed already: stored as they are, which is quick and no larger.
  for (const [name, bytes] of files.media ?? []) entries[`sources/${name}`] = [bytes, { mtime: ZIP_ENTRY_TIME, level: 0 }];
  return zipSync(entries, { level: 6 });
}

export class QdpxError extends Error {
  constructor(readonly code: 'not-a-zip' | 'no-project') {
    super(code === 'not-a-zip' ? 'the file is not a zip' : 'the zip holds no project.qde');
    this.name = 'QdpxError';
  }
}

/** project.qde and the sources by their path inside the zip. */
export function readQdpx(bytes: Uint8Array): { xml: string; files: Map<string, Uint8Array> } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new QdpxError('not-a-zip');
  }
  const projectName = Object.keys(entries).find((name) => name.toLowerCase().replace(/^.*\//, '') === 'project.qde');
  if (!projectName) throw new QdpxError('no-project');
  return { xml: strFromU8(entries[projectName]!), files: new Map(Object.entries(entries)) };
}

/** The study's code trees (with code memos) as a .qdc codebook; automatic codes are not part of a design. */
export function codebookXml(study: Study): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('CodeBook', { xmlns: CODEBOOK_NAMESPACE, origin: ORIGIN }, [
    element('Codes', {}, codeElements(study, undefined)),
  ])}\n`;
}

/** "Lerende-gemeenten-Achterhoek_2017-04-20.qdpx"; an identified copy says so in its name. */
export function qdpxFileName(study: Pick<Study, 'name'>, date: number, anonymised: boolean): string {
  return `${safeFilePart(study.name) || 'veldwerk'}_${isoDate(date)}${anonymised ? '' : '_niet-geanonimiseerd'}.qdpx`;
}

export function qdcFileName(study: Pick<Study, 'name'>): string {
  return `${safeFilePart(study.name) || 'veldwerk'}_codeboek.qdc`;
}
