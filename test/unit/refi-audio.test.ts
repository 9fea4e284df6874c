/**
 * The recording in a REFI-QDA project: an AudioSource whose file is in sources/, with the
 * transcript and a SyncPoint at each timed turn (ms in the recording, code point position
 * of the turn in the transcript). Still valid against Project-mrt2019.xsd; never in an
 * anonymised project, since a voice identifies.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { emptyReplacementBook } from '../../shared/anonymise';
import { exampleStudy } from '../../shared/example/study';
import { findExportIdentifiers } from '../../shared/export';
import type { Turn } from '../../shared/interview/turn';
import { deriveCodes } from '../../shared/respondents/code-scheme';
import { audioExtension } from '../../shared/refi/audio-file';
import { sliceCodePoints } from '../../shared/refi/positions';
import { buildProject, type ProjectInput } from '../../shared/refi/project';
import { qdpxBytes } from '../../shared/refi/qdpx';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../../shared/refi/xml';
import { schemaErrors } from '../support/xmllint';

import { heldInterview, respondentOf, START } from './support/refi-fixtures';
const study = exampleStudy;
const piet = respondentOf(study, 'r1', 'Piet Jansen', 'beleidsmedewerker', 'Aalten');
const codes = deriveCodes(study, [piet]);

const turns: (Turn & { startMs?: number })[] = [
  { id: 't1', speaker: 'interviewer', text: 'Wat doet u 👋🏽 precies?', startedAt: START, startMs: 2_000 },
  // Not timed (typed afterwards without the recording): no sync point made up for it.
  { id: 't2', speaker: 'respondent', text: 'Beleid.', startedAt: START + 1 },
  { id: 't3', speaker: 'respondent', text: 'En overleg met de buren.', startedAt: START + 2, startMs: 61_500 },
];
const item = heldInterview(study, 'i1', piet, turns, codes.get(piet.id)!);
const audio = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4]);

const input = (extra: Partial<ProjectInput> = {}): ProjectInput => ({
  study,
  researcher: 'Onderzoeker',
  items: [item],
  respondents: [piet],
  codes,
  responses: [],
  codings: [],
  memos: [],
  reflections: [],
  automaticNames: {
    root: 'Automatisch',
    speakers: 'Spreker',
    sections: 'Onderdeel',
    topics: 'Onderwerp',
    speaker: { interviewer: 'Onderzoeker', respondent: 'Respondent' },
  },
  anonymised: false,
  now: START + 86_400_000,
  recordings: new Map([['i1', { bytes: audio, extension: 'webm' }]]),
  ...extra,
});

const all = (node: XmlElement, name: string): XmlElement[] =>
  node.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);

describe('the recording in a REFI-QDA project', () => {
  it('is an AudioSource with its file in sources/, and the project still validates', () => {
    const files = buildProject(input());
    expect(schemaErrors(files.xml)).toBe('');
    const project = parseXml(files.xml);
    const [source] = all(project, 'AudioSource');
    const path = source!.attributes.path!;
    expect(path).toMatch(/^internal:\/\/[0-9A-F-]{36}\.webm$/);
    const entries = unzipSync(qdpxBytes(files));
    expect(entries[`sources/${path.replace('internal://', '')}`]).toEqual(audio);
    // The respondent's case holds the recording beside the transcript.
    const refs = childrenNamed(all(project, 'Case')[0], 'SourceRef').map((r) => r.attributes.targetGUID);
    expect(refs).toContain(source!.attributes.guid);
  });

  it('carries the transcript with a sync point where each timed turn begins', () => {
    const files = buildProject(input());
    const transcript = childNamed(all(parseXml(files.xml), 'AudioSource')[0], 'Transcript')!;
    const text = files.sources.get(transcript.attributes.plainTextPath!.replace('internal://', ''))!;
    const points = childrenNamed(transcript, 'SyncPoint').map((p) => ({
      ms: Number(p.attributes.timeStamp),
      at: Number(p.attributes.position),
    }));
    expect(points[0]).toEqual({ ms: 0, at: 0 });
    const timed = points.slice(1);
    expect(timed.map((p) => p.ms)).toEqual([2_000, 61_500]);
    // Positions count code points: the emoji in the first turn shifts the third turn by its code points, not UTF-16 units.
    expect(timed.map((p) => sliceCodePoints(text, p.at, p.at + 12))).toEqual(['Onderzoeker:', 'Respondent: ']);
    expect(sliceCodePoints(text, timed[1]!.at, timed[1]!.at + 36)).toBe('Respondent: En overleg met de buren.');
  });

  it('stays out of an anonymised project, which has no recording to give a voice away', () => {
    const findings = findExportIdentifiers(study, [piet], codes, [item], emptyReplacementBook());
    const files = buildProject(input({ anonymised: true, findings }));
    expect(schemaErrors(files.xml)).toBe('');
    expect(all(parseXml(files.xml), 'AudioSource')).toHaveLength(0);
    expect(Object.keys(unzipSync(qdpxBytes(files))).some((name) => name.endsWith('.webm'))).toBe(false);
  });
});

describe("a recording's file name in the project", () => {
  it('keeps its own extension, or takes the one its media type means', () => {
    expect(audioExtension('audio/webm;codecs=opus')).toBe('webm');
    expect(audioExtension('audio/x-m4a', 'Gesprek Piet.M4A')).toBe('m4a');
    expect(audioExtension('audio/mpeg')).toBe('mp3');
    expect(audioExtension('audio/wav', 'opname')).toBe('wav');
    expect(audioExtension('application/octet-stream')).toBe('bin');
  });
});
