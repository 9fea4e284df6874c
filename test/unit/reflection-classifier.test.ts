/**
 * The open/closed classifier against a hand-labelled list of Dutch interview questions:
 * every question of the example topic lists plus typical follow-ups as researchers
 * speak them. Labels were set by hand before the classifier was written and are not
 * tuned to it; the misses are printed so a reader can judge them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { classifyQuestion } from '../../shared/reflection/question-classifier';
import { RULE_IDS } from '../../shared/reflection/question-rules';
import { en } from '../../renderer/i18n/en';
import { nl } from '../../renderer/i18n/nl';
import labelled from '../fixtures/questions/labelled-nl.json';

interface Labelled {
  text: string;
  kind: 'open' | 'closed';
  source: string;
}

const questions = labelled as Labelled[];

function accuracy(list: readonly Labelled[]): { correct: number; misses: string[] } {
  const misses: string[] = [];
  for (const q of list) {
    const result = classifyQuestion(q.text);
    if (result.kind !== q.kind) misses.push(`  labelled ${q.kind}, got ${result.kind} (${result.rule}): ${q.text}`);
  }
  return { correct: list.length - misses.length, misses };
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

describe('the labelled list', () => {
  it('holds every question of the example topic lists, and is large and roughly balanced', () => {
    const texts = new Set(questions.map((q) => q.text));
    const missing: string[] = [];
    for (const list of exampleStudy.topicLists)
      for (const section of list.sections)
        for (const topic of section.topics)
          for (const question of topic.questions) {
            const spoken = [
              question.text,
              ...(question.variants ?? []).map((v) => v.text),
              ...(question.probes ?? []).filter((p) => p.trim().endsWith('?')),
            ].filter((t) => t !== '');
            for (const text of spoken) if (!texts.has(text)) missing.push(`${list.id}: ${text}`);
          }
    expect(missing).toEqual([]);
    expect(questions.length).toBeGreaterThanOrEqual(160);
    expect(texts.size).toBe(questions.length);
    const open = questions.filter((q) => q.kind === 'open').length;
    expect(open / questions.length).toBeGreaterThan(0.4);
    expect(open / questions.length).toBeLessThan(0.6);
    for (const q of questions) expect(q.source).toMatch(/^(topiclijst \S+|typisch)$/);
  });
});

describe('classifyQuestion on the labelled list', () => {
  it('gets at least 90 % right', () => {
    const all = accuracy(questions);
    const lists = questions.filter((q) => q.source !== 'typisch');
    const typical = questions.filter((q) => q.source === 'typisch');
    const fromLists = accuracy(lists);
    const fromTypical = accuracy(typical);
    console.log(
      [
        `classifier accuracy: ${all.correct}/${questions.length} = ${percent(all.correct, questions.length)}`,
        `  topic-list questions: ${fromLists.correct}/${lists.length} = ${percent(fromLists.correct, lists.length)}`,
        `  typical follow-ups:   ${fromTypical.correct}/${typical.length} = ${percent(fromTypical.correct, typical.length)}`,
        'misclassified:',
        ...(all.misses.length > 0 ? all.misses : ['  (none)']),
      ].join('\n'),
    );
    expect(all.correct / questions.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('classifyQuestion', () => {
  const kind = (text: string) => classifyQuestion(text).kind;
  const rule = (text: string) => classifyQuestion(text).rule;

  it('reads past leading words', () => {
    expect(classifyQuestion('En hoe ging dat dan?')).toEqual({ kind: 'open', rule: 'question-word' });
    expect(kind('Maar waarom is dat zo?')).toBe('open');
    expect(kind('Oké, en wat gebeurde er toen?')).toBe('open');
    expect(kind('Oké, en heeft dat effect gehad?')).toBe('closed');
    expect(kind('Nou, dus u bent tevreden?')).toBe('closed');
  });

  it('lets the asking clause decide after a preface from the questionnaire', () => {
    const preface = 'In de vragenlijst heeft u ingevuld dat u weinig informatie deelt met uw collega’s';
    expect(classifyQuestion(`${preface}, kunt u uitleggen waarom niet?`)).toEqual({
      kind: 'open',
      rule: 'request-to-explain',
    });
    expect(kind(`${preface}, vindt u dat een probleem?`)).toBe('closed');
    expect(kind(`${preface}. Hoe komt dat?`)).toBe('open');
    expect(kind(`${preface}. Klopt dat?`)).toBe('closed');
  });

  it('calls a closed question with a "Zo ja, waarom?" tail closed, and says why', () => {
    const result = classifyQuestion(
      'Heeft u het gevoel dat uw manager naar u luistert? Zo ja, waarom? Zo nee, waarom niet?',
    );
    expect(result).toEqual({ kind: 'closed', rule: 'conditionalTail' });
    expect(nl.classifierRules[result.rule]).toMatch(/Zo ja/);
    expect(en.classifierRules[result.rule]).toMatch(/if yes, why/);
    expect(rule('Heeft u dat gemeld, en zo ja, waarom?')).toBe('conditionalTail');
    // A plain "Waarom niet?" after a closed question is a real follow-up, asked regardless.
    expect(kind('Heeft u dat gemeld? Waarom niet?')).toBe('open');
  });

  it('takes the last of several questions, which is the one the respondent answers', () => {
    expect(kind('Wat vindt u ervan? Bent u er tevreden over?')).toBe('closed');
    expect(kind('Bent u er tevreden over? Wat maakt dat zo?')).toBe('open');
    // Parts joined by "en" are one question: open when any part is.
    expect(kind('Hoe vaak gebeurt dat en hoe gaat dat dan?')).toBe('open');
  });

  it('treats prompts without a question mark as open questions', () => {
    expect(classifyQuestion('Vertel eens over uw rol in het sociaal domein.')).toEqual({
      kind: 'open',
      rule: 'prompt',
    });
    expect(kind('Beschrijf eens een situatie waarin dat goed ging')).toBe('open');
    expect(kind('Kunt u daar een voorbeeld van geven')).toBe('open');
    expect(kind('Ik ben benieuwd hoe u dat ervaart.')).toBe('open');
    // A verb that only starts like a prompt is not one.
    expect(kind('Vertelde u dat aan uw manager?')).toBe('closed');
  });

  it('reads quoted speech as part of the sentence it is in', () => {
    expect(kind("U zei: 'waarom zouden we?' Wat bedoelde u daarmee?")).toBe('open');
    expect(kind('Wat bedoelt u precies met ‘de lijnen zijn kort’?')).toBe('open');
    expect(
      kind('In Beleidsplan Wmo omschrijft de gemeente zich als “een lerende organisatie”, kunt u zich hierin vinden?'),
    ).toBe('closed');
  });

  it('knows tag questions, either/or questions and one-fact questions as closed', () => {
    expect(classifyQuestion('Dat is vooral een kwestie van tijd, toch?')).toEqual({
      kind: 'closed',
      rule: 'tagQuestion',
    });
    expect(classifyQuestion('Hoe vindt u de samenwerking, goed of slecht?')).toEqual({
      kind: 'closed',
      rule: 'eitherOr',
    });
    expect(kind('Is dat formeel geregeld of gebeurt dat informeel?')).toBe('closed');
    expect(rule('Hoeveel mensen zitten er in uw team?')).toBe('factual-question-word');
    expect(kind('Wanneer u kijkt naar uw team, hoe gaat dat?')).toBe('open');
  });

  it('says what is not a question', () => {
    expect(classifyQuestion('')).toEqual({ kind: 'notAQuestion', rule: 'empty' });
    expect(classifyQuestion('   ')).toEqual({ kind: 'notAQuestion', rule: 'empty' });
    expect(classifyQuestion('Oké.')).toEqual({ kind: 'notAQuestion', rule: 'noQuestion' });
    expect(classifyQuestion('Ja?')).toEqual({ kind: 'notAQuestion', rule: 'backchannel' });
    expect(kind('Dank u wel voor het gesprek.')).toBe('notAQuestion');
    expect(kind('Wat mooi dat u dat zegt.')).toBe('notAQuestion');
    expect(kind('In de vragenlijst heeft u ingevuld dat u geen cursussen volgt.')).toBe('notAQuestion');
  });

  it('does not crash on English or anything else, and always names a rule the UI can explain', () => {
    expect(['open', 'closed']).toContain(kind('How did that go?'));
    expect(kind('Thank you.')).toBe('notAQuestion');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = classifyQuestion(text);
        expect(['open', 'closed', 'notAQuestion']).toContain(result.kind);
        expect(RULE_IDS).toContain(result.rule);
      }),
      { numRuns: 300 },
    );
  });
});
