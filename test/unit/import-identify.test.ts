/**
 * A file of another questionnaire is recognised (and named) before it can replace a
 * respondent's answers; a replaced answer set stays restorable.
 */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { answersFromRow, identifyQuestionnaire, ImportError, matchColumns, readAnswersFile, readSpreadsheet } from '../../shared/import';
import { replaceAnswers, restorePreviousAnswers } from '../../shared/preparation/answer-history';
import type { QuestionnaireResponse } from '../../shared/preparation/schema';
import type { Questionnaire } from '../../shared/study/schema';
import { exportOf } from '../e2e/support/forms-export';

const questionnaire = (id: string) => exampleStudy.questionnaires.find((q) => q.id === id)!;
const beleid = questionnaire('vl-beleid');
const manager = questionnaire('vl-manager');
const berkelland = questionnaire('vl-berkelland');

const fileOf = (q: Questionnaire, name = 'export.csv') =>
  readSpreadsheet(name, exportOf(q, [{ naam: 'Mieke Manager', gemeente: 'Aalten', V1: 'Nee' }]));

describe('which questionnaire a file is the export of', () => {
  it('takes a questionnaire’s own export as its own', () => {
    for (const q of [beleid, manager, berkelland]) {
      expect(identifyQuestionnaire(fileOf(q), q, exampleStudy.questionnaires)).toMatchObject({ kind: 'fits' });
    }
  });

  it('names the managers’ questionnaire when its export is read for a policy officer, though some columns match', () => {
    const table = fileOf(manager);
    // The trap of the issue: several questions are worded alike, so the file "answers" a few.
    expect(Object.keys(answersFromRow(table, beleid, 0).answers).length).toBeGreaterThan(0);
    const verdict = identifyQuestionnaire(table, beleid, exampleStudy.questionnaires);
    expect(verdict).toMatchObject({
      kind: 'otherQuestionnaire',
      other: { id: 'vl-manager', title: 'Vragenlijst managers', source: 'Bijlage 4.2' },
      otherMatched: manager.questions.length,
      columns: manager.questions.length,
    });
    expect(verdict.matched).toBeLessThan(manager.questions.length / 2);
  });

  it('tells the policy officers’ and the Berkelland questionnaire apart, though they differ in few words', () => {
    expect(identifyQuestionnaire(fileOf(beleid), berkelland, exampleStudy.questionnaires)).toMatchObject({
      kind: 'otherQuestionnaire',
      other: { id: 'vl-beleid' },
    });
  });

  it('calls a file that fits no questionnaire of the study an unknown questionnaire', () => {
    // The study without the managers' questionnaire: the file cannot be named, but still does not fit.
    const verdict = identifyQuestionnaire(fileOf(manager), beleid, [beleid]);
    expect(verdict).toMatchObject({ kind: 'unknownQuestionnaire', columns: manager.questions.length });
  });
});

describe('reading a file for the import judges whose export it is', () => {
  const read = (bytes: Uint8Array, expected: Questionnaire) =>
    readAnswersFile('export.csv', bytes, expected, exampleStudy.questionnaires, 'Mieke Manager');

  it('passes the verdict on with the file, for the review to refuse or take', () => {
    const managers = exportOf(manager, [{ naam: 'Mieke Manager', gemeente: 'Aalten', V3: 'Nee' }]);
    expect(read(managers, beleid).verdict).toMatchObject({ kind: 'otherQuestionnaire', other: { title: 'Vragenlijst managers' } });
    expect(read(managers, manager).verdict).toMatchObject({ kind: 'fits' });
  });

  it('refuses a file with nothing of this questionnaire, naming the questionnaire it belongs to', () => {
    // Only the managers' questions not worded like any policy officers' question.
    const own = new Set(matchColumns(manager.questions.map((q) => q.text), beleid).filter((m) => m.questionId).map((m) => m.title));
    const titles = manager.questions.map((q) => q.text).filter((title) => !own.has(title));
    expect(titles.length).toBeGreaterThan(2);
    const csv = `${titles.map((title) => `"${title}"`).join(',')}\n${titles.map(() => 'Nee').join(',')}\n`;
    let error: unknown;
    try {
      read(new TextEncoder().encode(csv), beleid);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({
      code: 'onlyOtherQuestionnaire',
      params: { other: 'Vragenlijst managers', own: 'Vragenlijst beleidsmedewerkers' },
    });
  });
});

describe('a replaced answer set', () => {
  const response = (answers: QuestionnaireResponse['answers'], fileName: string): QuestionnaireResponse => ({
    id: 'r1',
    studyId: 's',
    questionnaireId: 'vl-beleid',
    source: 'file',
    fileName,
    answers,
    unmatchedColumns: [],
    unknownAnswers: [],
    updatedAt: 1,
  });
  const his = response({ V1: { values: ['Nee'] }, V6: { values: ['Ja, ik zelf'] } }, 'beleid.csv');
  const wrong = response({ V3: { values: ['Nee'] } }, 'managers.csv');

  it('is kept when an import replaces it, and restored whole', () => {
    const replaced = replaceAnswers(his, wrong, 100);
    expect(replaced.answers).toEqual(wrong.answers);
    expect(replaced.previous).toMatchObject({ answers: his.answers, fileName: 'beleid.csv', replacedAt: 100 });
    const restored = restorePreviousAnswers(replaced, 200)!;
    expect(restored).toMatchObject({ id: 'r1', studyId: 's', answers: his.answers, fileName: 'beleid.csv', updatedAt: 200 });
    // Restoring can itself be undone.
    expect(restored.previous).toMatchObject({ answers: wrong.answers, fileName: 'managers.csv' });
  });

  it('is not lost to an empty one, and there is nothing to restore before any replacement', () => {
    // All answers cleared by hand after an import: the next import keeps the older set, not the empty one.
    const emptied = { ...replaceAnswers(his, wrong, 100), answers: {} };
    expect(replaceAnswers(emptied, wrong, 150).previous?.answers).toEqual(his.answers);
    expect(replaceAnswers(undefined, his, 1).previous).toBeUndefined();
    expect(restorePreviousAnswers(his, 1)).toBeUndefined();
  });
});
