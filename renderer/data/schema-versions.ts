/**
 * Every IndexedDB schema version of Veldwerk, in one place. Rules: indexes are only
 * added, primary keys never change, and each version that moves data has its own
 * upgrade function in ./upgrades with its own test. Never edit a released version:
 * add the next one.
 * An upgrade function is exported from ./upgrades/index.ts and named here with upgradeWith.
 */
import type { Transaction } from 'dexie';

import type * as UpgradeFunctions from './upgrades';

type Upgrades = typeof UpgradeFunctions;
let upgrades: Upgrades | undefined;

/**
 * Loads the upgrade functions (./upgrades). openDatabase calls it before Dexie opens a
 * database older than the latest version: an upgrade runs inside IndexedDB's versionchange
 * transaction, which would end while waiting for code to load.
 */
export async function loadUpgrades(): Promise<void> {
  upgrades ??= await import('./upgrades');
}

/** An upgrade step that runs the named function of ./upgrades (loaded by then). */
function upgradeWith(name: keyof Upgrades): (tx: Transaction) => Promise<void> {
  return (tx) => {
    if (!upgrades) throw new Error(`upgrade ${name}: loadUpgrades() was not awaited before opening`);
    return upgrades[name](tx);
  };
}

export interface SchemaVersion {
  version: number;
  /** Table → primary key and indexes; null deletes the table (after this version's upgrade ran). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      studies: 'id',
      respondents: 'id, studyId',
      responses: 'id, studyId',
      preparations: 'id, studyId',
      settings: 'key',
    },
  },
  {
    // Finding the other respondents of the same municipality (manager ↔ policy officer
    // comparisons) by index; organisation names are normalised so the index matches.
    version: 2,
    stores: { respondents: 'id, studyId, [studyId+organisation]' },
    upgrade: upgradeWith('upgradeToV2'),
  },
  {
    // Interviews as they are held: one record per interview, one per turn (so typing
    // writes a few bytes, not the transcript), and the interviewer's side memos.
    version: 3,
    stores: {
      interviews: 'id, studyId, respondentId, status',
      turns: 'id, interviewId',
      memos: 'id, interviewId',
    },
  },
  {
    // The reflection written after each interview, one per interview, found per study
    // for the carry-forward into later preparations and the study overview.
    version: 4,
    stores: { reflections: 'interviewId, studyId' },
  },
  {
    // Each study's replacement book, so "[Persoon 1]" stays the same person in every
    // anonymised export. A new store: nothing to move.
    version: 5,
    stores: { replacementBooks: 'studyId' },
  },
  {
    // Codings of held interviews (shared/coding): found per interview on its screen and
    // per study for the code matrix and the exports. A new store: nothing to move.
    version: 6,
    stores: { codings: 'id, interviewId, studyId' },
  },
  {
    // Each interview's summary (what the overview and the reflection measure) and the
    // per-turn facts it is kept from, so neither screen reads every turn. Built here for
    // the interviews that exist; kept up to date by the data layer from then on.
    version: 7,
    stores: { turnFacts: 'interviewId', interviewSummaries: 'interviewId, studyId' },
    upgrade: upgradeWith('upgradeToV7'),
  },
  {
    // Audio recordings of interviews: one record per recording with its parts (one per
    // run of the recorder, a new one after a crash), the audio in chunks of about a
    // second, each its own record so a crash loses at most the last one. New stores:
    // nothing to move.
    version: 8,
    stores: { recordings: 'id, interviewId', recordingChunks: 'id, recordingId, [recordingId+part+seq]' },
  },
  {
    // The summaries also count each interview's automatic codes, so the study overview's
    // code matrix adds counts instead of reading every turn. Made again from the kept facts.
    version: 9,
    stores: {},
    upgrade: upgradeWith('upgradeToV9'),
  },
  {
    // The summaries also hold what the study overview shows of each interview (topic
    // states, sections, who and when), so the overview reads summaries only. Made again
    // from the kept facts.
    version: 10,
    stores: {},
    upgrade: upgradeWith('upgradeToV10'),
  },
  {
    // Turn facts one record per turn (was one per interview), so saving a typed turn writes
    // that turn's facts and the summary, not every turn's facts (at 5,000 turns a 76 ms
    // burst per save, sealed again when encrypted). The kept facts are moved over and the
    // old table is dropped, so nothing is stored twice.
    version: 11,
    stores: { turnFacts: null, factsOfTurns: 'id, interviewId' },
    upgrade: upgradeWith('upgradeToV11'),
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
