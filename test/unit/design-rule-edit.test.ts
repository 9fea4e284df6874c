/** An existing rule opened in the rule form and saved over itself, in its place. */
import { describe, expect, it } from 'vitest';
import { conditionFields, replaceRule } from '../../shared/design/rule-edit';
import { exampleStudy } from '../../shared/example/study';
import type { FlagRule } from '../../shared/study/schema';

describe('conditionFields', () => {
  it('splits each condition the form can show into its fields', () => {
    expect(conditionFields({ type: 'answerIn', question: 'V17', values: ['Nee', 'Soms'] })).toMatchObject({
      type: 'answerIn',
      question: 'V17',
      values: ['Nee', 'Soms'],
    });
    expect(conditionFields({ type: 'stepDifference', a: 'V1', b: 'V3', atLeast: 3 })).toMatchObject({
      type: 'stepDifference',
      question: 'V1',
      other: 'V3',
      steps: 3,
    });
    expect(conditionFields({ type: 'hasOtherText', question: 'V2' })).toMatchObject({
      type: 'hasOtherText',
      question: 'V2',
    });
  });

  it('leaves an "any of" condition to be kept as it is', () => {
    expect(conditionFields({ type: 'any', of: [{ type: 'hasOtherText', question: 'V2' }] })).toBeUndefined();
  });
});

describe('replaceRule', () => {
  it('puts the edited rule in the place of the old one', () => {
    const old = exampleStudy.flagRules[3]!;
    const edited: FlagRule = { ...old, kind: 'striking', note: 'Anders bekeken' };
    const next = replaceRule(exampleStudy, edited);
    expect(next.flagRules[3]).toEqual(edited);
    expect(next.flagRules).toHaveLength(exampleStudy.flagRules.length);
    expect(next.flagRules.filter((r, i) => r !== exampleStudy.flagRules[i]).map((r) => r.id)).toEqual([old.id]);
  });

  it('changes nothing for a rule that is not in the study', () => {
    expect(replaceRule(exampleStudy, { ...exampleStudy.flagRules[0]!, id: 'bestaat-niet' })).toBe(exampleStudy);
  });
});
