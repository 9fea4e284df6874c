/** The example study is complete and valid; a study survives export and import unchanged; bad files are refused with where and why. */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { checkStudyIntegrity } from '../../shared/study/integrity';
import { STUDY_FORMAT_VERSION } from '../../shared/study/schema';
import { parseStudyFile, serialiseStudy } from '../../shared/study/study-file';

const exported = () => JSON.parse(serialiseStudy(exampleStudy, new Date('2026-11-23T10:00:00Z')));

describe('the example study', () => {
  it('has all six topic lists, three questionnaires, rules, code trees and the transcript format', () => {
    expect(exampleStudy.topicLists.map((l) => l.id)).toEqual([
      'tl-beleid',
      'tl-manager',
      'tl-nood',
      'tl-berkelland',
      'tl-overzicht',
      'tl-netwerk',
    ]);
    expect(exampleStudy.questionnaires.map((q) => q.source)).toEqual(['Bijlage 4.1', 'Bijlage 4.2', 'Bijlage 4.3']);
    expect(exampleStudy.flagRules.length).toBeGreaterThan(40);
    expect(exampleStudy.comparisons).toHaveLength(12);
    expect(exampleStudy.codeTrees.length).toBeGreaterThanOrEqual(2);
    expect(exampleStudy.transcriptFormat.speakers).toEqual({ interviewer: 'Onderzoeker', respondent: 'Respondent' });
    expect(exampleStudy.organisations).toHaveLength(8);
  });

  it('holds together: every reference resolves', () => {
    expect(checkStudyIntegrity(exampleStudy)).toEqual([]);
  });
});

describe('study file', () => {
  it('imports back identical to what was exported', () => {
    const text = serialiseStudy(exampleStudy, new Date('2026-11-23T10:00:00Z'));
    const result = parseStudyFile(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.study).toEqual(exampleStudy);
    expect(text).toContain('"kind": "veldwerk-study"');
  });

  it('leaves the identifier list of the fieldwork out of the design file', () => {
    const study = { ...exampleStudy, identifiers: [{ id: 'k', text: 'Karin de Vries', kind: 'person' as const }] };
    const text = serialiseStudy(study, new Date('2026-11-23T10:00:00Z'));
    expect(text).not.toContain('Karin');
    const result = parseStudyFile(text);
    expect(result.ok && result.study.identifiers).toBeUndefined();
  });

  it('reads a file with a BOM, as some editors save it', () => {
    expect(parseStudyFile(`\uFEFF${serialiseStudy(exampleStudy, new Date())}`).ok).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    const result = parseStudyFile('Naam;Gemeente\nPiet;Aalten');
    expect(result).toMatchObject({ ok: false, reason: 'notJson' });
  });

  it('refuses JSON that is not a study', () => {
    expect(parseStudyFile('{"name":"x"}')).toMatchObject({ ok: false, reason: 'notAStudy' });
  });

  it('refuses a study from a newer version, naming the versions', () => {
    const file = exported();
    file.formatVersion = STUDY_FORMAT_VERSION + 1;
    const result = parseStudyFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, reason: 'newerVersion' });
    if (!result.ok) expect(result.issues[0]!.message).toContain(String(STUDY_FORMAT_VERSION + 1));
  });

  it('says what is wrong and where for an invalid study', () => {
    const file = exported();
    file.study.topicLists[1].sections[2].title = '';
    delete file.study.questionnaires[0].questions[3].kind;
    const result = parseStudyFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toContain('study.topicLists[1].sections[2].title');
    expect(paths).toContain('study.questionnaires[0].questions[3].kind');
  });

  it('refuses a rule that points at a question that does not exist', () => {
    const file = exported();
    file.study.flagRules[0].target.nodeId = 'tl-beleid:bestaat-niet:q1';
    const result = parseStudyFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual({
        path: 'study.flagRules[0].target.nodeId',
        message: '"tl-beleid:bestaat-niet:q1" staat niet in topiclijst "tl-beleid"',
      });
    }
  });
});
