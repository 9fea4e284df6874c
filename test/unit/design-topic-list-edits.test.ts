/**
 * Editing a topic list: every edit a researcher can make gives a list that still
 * validates, does what it says, and can be undone back to the list as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beleidTopicList } from '../../shared/example/topic-lists/beleid';
import { noodTopicList } from '../../shared/example/topic-lists/nood';
import {
  applyEdit,
  canApply,
  emptyTopicList,
  locate,
  newNodeId,
  nodeIds,
  placeholderKey,
  subtreeIds,
  type TopicListEdit,
} from '../../shared/design/topic-list-edits';
import { dropEdit } from '../../shared/design/topic-list-drop';
import { addTopicListForType, referencesTo } from '../../shared/design/topic-list-study';
import { exampleStudy } from '../../shared/example/study';
import { createHistory, redo, record, undo, type History } from '../../shared/design/history';
import { topicListSchema, type TopicList } from '../../shared/study/schema';

const list = (): TopicList => structuredClone(noodTopicList);
const texts = (l: TopicList, topicId: string) => {
  const at = locate(l, topicId);
  if (at?.kind !== 'topic') throw new Error(`no topic ${topicId}`);
  return l.sections[at.section]!.topics[at.topic]!.questions.map((q) => q.text);
};

describe('adding', () => {
  it('adds a question below another and as the last of a topic, with the id given', () => {
    const start = list();
    const below = applyEdit(start, {
      type: 'addQuestion',
      id: 'n1',
      text: 'Nieuw',
      afterId: 'tl-nood:openingsvraag:q1',
    });
    expect(texts(below, 'tl-nood:openingsvraag')).toEqual([start.sections[1]!.topics[1]!.questions[0]!.text, 'Nieuw']);
    const first = applyEdit(start, { type: 'addQuestion', id: 'n2', text: '', parentId: 'tl-nood:voorstellen' });
    expect(texts(first, 'tl-nood:voorstellen')).toEqual(['']);
    expect(topicListSchema.safeParse(first).success).toBe(true);
  });

  it('adds topics and sections, and refuses an id that is taken or an empty title', () => {
    const start = list();
    const topic = applyEdit(start, { type: 'addTopic', id: 't-new', label: 'Nieuw onderwerp', parentId: 'tl-nood:s1' });
    expect(topic.sections[0]!.topics.at(-1)!.label).toBe('Nieuw onderwerp');
    const section = applyEdit(start, { type: 'addSection', id: 's-new', title: 'Slot', afterId: 'tl-nood:s1' });
    expect(section.sections[1]!).toEqual({ id: 's-new', title: 'Slot', topics: [] });
    expect(applyEdit(start, { type: 'addTopic', id: 'tl-nood:anonimiteit', label: 'X', parentId: 'tl-nood:s1' })).toBe(
      start,
    );
    expect(applyEdit(start, { type: 'addSection', id: 'x', title: '  ' })).toBe(start);
  });

  it('makes readable ids under the parent that do not depend on the text', () => {
    expect(newNodeId('tl-nood:anonimiteit', 'question', '3F2A9C1D-aaaa')).toBe('tl-nood:anonimiteit:q-3f2a9c1d');
    expect(newNodeId('tl-nood', 'section', '')).toBe('tl-nood:s-x');
  });
});

describe('updating', () => {
  it('changes texts and leaves an emptied optional field out', () => {
    const start = list();
    const next = applyEdit(start, { type: 'updateSection', id: 'tl-nood:s1', changes: { title: 'Begin', goal: '' } });
    expect(next.sections[0]!.title).toBe('Begin');
    expect('goal' in next.sections[0]!).toBe(false);
    const probes = applyEdit(start, {
      type: 'updateQuestion',
      id: 'tl-nood:openingsvraag:q1',
      changes: { probes: ['- regie', ' '] },
    });
    expect(probes.sections[1]!.topics[1]!.questions[0]!.probes).toEqual(['- regie']);
  });

  it('refuses an empty title or label, which the schema would reject', () => {
    const start = list();
    expect(applyEdit(start, { type: 'updateTopic', id: 'tl-nood:voorstellen', changes: { label: '' } })).toBe(start);
    expect(applyEdit(start, { type: 'setTitle', title: ' ' })).toBe(start);
  });
});

describe('removing', () => {
  it('removes a node with everything under it, but never the last section', () => {
    const start = list();
    expect(subtreeIds(start, 'tl-nood:s2')).toContain('tl-nood:openingsvraag:q1');
    const next = applyEdit(start, { type: 'remove', id: 'tl-nood:s2' });
    expect(nodeIds(next)).not.toContain('tl-nood:openingsvraag:q1');
    const single = emptyTopicList('tl-x', 'X', 'Inleiding');
    expect(applyEdit(single, { type: 'remove', id: 'tl-x:s1' })).toBe(single);
  });
});

describe('moving', () => {
  it('moves up and down among siblings and not past the ends', () => {
    const start = list();
    const down = applyEdit(start, { type: 'move', id: 'tl-nood:voorstellen', direction: 'down' });
    expect(down.sections[0]!.topics.map((t) => t.id).slice(0, 2)).toEqual([
      'tl-nood:toestemming-vragen-voor-opname',
      'tl-nood:voorstellen',
    ]);
    expect(canApply(start, { type: 'move', id: 'tl-nood:voorstellen', direction: 'up' })).toBe(false);
    expect(canApply(start, { type: 'move', id: 'tl-nood:s1', direction: 'up' })).toBe(false);
    const last = start.sections.at(-1)!;
    expect(canApply(start, { type: 'move', id: last.id, direction: 'down' })).toBe(false);
  });

  it('crosses into the neighbouring section or topic at the edge, as a drag could', () => {
    const start = list();
    const down = applyEdit(start, { type: 'move', id: 'tl-nood:anonimiteit', direction: 'down' });
    expect(down.sections[1]!.topics[0]!.id).toBe('tl-nood:anonimiteit');
    expect(applyEdit(down, { type: 'move', id: 'tl-nood:anonimiteit', direction: 'up' })).toEqual(start);
    // A question at the top of its topic goes to the end of the topic before, even in another section.
    const up = applyEdit(start, { type: 'move', id: 'tl-nood:openingsvraag:q1', direction: 'up' });
    expect(texts(up, 'tl-nood:voorstellen-respondent-met-name-met-betrekking-tot-functie')).toHaveLength(1);
    const twice = applyEdit(up, { type: 'move', id: 'tl-nood:openingsvraag:q1', direction: 'up' });
    expect(texts(twice, 'tl-nood:anonimiteit')).toHaveLength(1);
  });

  it('moves a question into another topic at an index (a drop)', () => {
    const start = list();
    const next = applyEdit(start, {
      type: 'moveTo',
      id: 'tl-nood:openingsvraag:q1',
      parentId: 'tl-nood:anonimiteit',
      index: 0,
    });
    expect(texts(next, 'tl-nood:anonimiteit')).toHaveLength(1);
    expect(texts(next, 'tl-nood:openingsvraag')).toHaveLength(0);
    // A question cannot land in a section, nor a topic in a topic.
    expect(applyEdit(start, { type: 'moveTo', id: 'tl-nood:openingsvraag:q1', parentId: 'tl-nood:s1', index: 0 })).toBe(
      start,
    );
    expect(
      applyEdit(start, { type: 'moveTo', id: 'tl-nood:voorstellen', parentId: 'tl-nood:anonimiteit', index: 0 }),
    ).toBe(start);
  });
});

describe('indenting', () => {
  it('a question indents into a follow-up of the one above, and outdents back', () => {
    const start = structuredClone(beleidTopicList) as TopicList;
    const topic = start.sections
      .flatMap((s) => s.topics)
      .find((t) => t.questions.length >= 2 && !t.questions[1]!.followUp)!;
    const second = topic.questions[1]!.id;
    const first = topic.questions[0]!.id;
    expect(canApply(start, { type: 'indent', id: first })).toBe(false);
    const indented = applyEdit(start, { type: 'indent', id: second });
    const at = locate(indented, second)!;
    expect(
      at.kind === 'question' && indented.sections[at.section]!.topics[at.topic]!.questions[at.question]!.followUp,
    ).toBe(true);
    expect(applyEdit(indented, { type: 'outdent', id: second })).toEqual(start);
  });

  it('a topic opening a section indents into the previous one; a later topic outdents into a section of its own', () => {
    const start = list();
    const indented = applyEdit(start, {
      type: 'indent',
      id: 'tl-nood:voorstellen-respondent-met-name-met-betrekking-tot-functie',
    });
    expect(indented.sections[0]!.topics.at(-1)!.id).toBe(
      'tl-nood:voorstellen-respondent-met-name-met-betrekking-tot-functie',
    );
    expect(canApply(start, { type: 'indent', id: 'tl-nood:anonimiteit' })).toBe(false);

    const outdented = applyEdit(start, {
      type: 'outdent',
      id: 'tl-nood:toestemming-vragen-voor-opname',
      newSectionId: 's-opname',
    });
    expect(outdented.sections[0]!.topics.map((t) => t.id)).toEqual(['tl-nood:voorstellen']);
    expect(outdented.sections[1]!).toMatchObject({ id: 's-opname', title: 'Toestemming vragen voor opname' });
    expect(outdented.sections[1]!.topics.map((t) => t.id)).toEqual([
      'tl-nood:toestemming-vragen-voor-opname',
      'tl-nood:anonimiteit',
    ]);
    expect(canApply(start, { type: 'outdent', id: 'tl-nood:voorstellen', newSectionId: 's-x' })).toBe(false);
  });
});

describe('follow-ups, role variants and placeholders', () => {
  it('marks a question as a follow-up and gives it variants and placeholders', () => {
    const start = list();
    const id = 'tl-nood:openingsvraag:q1';
    let next = applyEdit(start, { type: 'setFollowUp', id, followUp: true });
    next = applyEdit(next, {
      type: 'setVariants',
      id,
      variants: [
        { role: 'BELEIDSMEDEWERKER', text: 'Hoe ziet uw manager (DOCUMENTNAAM)?' },
        { role: 'MANAGER', text: 'Hoe ziet u (DOCUMENTNAAM)?' },
      ],
    });
    next = applyEdit(next, {
      type: 'setPlaceholders',
      id,
      placeholders: [{ token: '(DOCUMENTNAAM)', key: 'documentnaam', kind: 'document' }],
    });
    const question = next.sections[1]!.topics[1]!.questions[0]!;
    expect(question).toMatchObject({
      followUp: true,
      variants: [{ role: 'BELEIDSMEDEWERKER' }, { role: 'MANAGER' }],
      placeholders: [{ key: 'documentnaam' }],
    });
    expect(topicListSchema.safeParse(next).success).toBe(true);
  });

  it('refuses a variant without a role or two variants for one role', () => {
    const start = list();
    const id = 'tl-nood:openingsvraag:q1';
    expect(applyEdit(start, { type: 'setVariants', id, variants: [{ role: '', text: 'x' }] })).toBe(start);
    const twice = [
      { role: 'MANAGER', text: 'a' },
      { role: 'MANAGER', text: 'b' },
    ];
    expect(applyEdit(start, { type: 'setVariants', id, variants: twice })).toBe(start);
  });

  it('derives a placeholder key from its token, unique within the question', () => {
    expect(placeholderKey('(DOCUMENTNAAM)', [])).toBe('documentnaam');
    expect(placeholderKey('(DOCUMENTNAAM)', ['documentnaam'])).toBe('documentnaam-2');
    expect(placeholderKey('“…”', [])).toBe('invulplek');
  });
});

// ------------------------------------------------------------------ property

/** Random edits aimed at ids that exist (and some that do not), with fresh ids from a counter. */
function editArbitrary(l: TopicList, counter: { n: number }): fc.Arbitrary<TopicListEdit> {
  const id = fc.constantFrom(...nodeIds(l), 'missing');
  // Mostly an id of the kind the edit is about, sometimes any id (which the edit must refuse).
  const of = (ids: string[]) =>
    ids.length === 0 ? id : fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 4 }, { arbitrary: id, weight: 1 });
  const section = of(l.sections.map((x) => x.id));
  const topic = of(l.sections.flatMap((x) => x.topics.map((t) => t.id)));
  const question = of(l.sections.flatMap((x) => x.topics.flatMap((t) => t.questions.map((q) => q.id))));
  const word = fc.oneof(
    { arbitrary: fc.constantFrom('Nieuw', 'Hoe gaat het?', '(DOCUMENTNAAM) en “…”'), weight: 4 },
    { arbitrary: fc.constantFrom('', ' '), weight: 1 },
  );
  const fresh = () => `gen-${++counter.n}`;
  return fc.oneof(
    word.map((title) => ({ type: 'setTitle' as const, title })),
    fc.tuple(section, word).map(([afterId, title]) => ({ type: 'addSection' as const, id: fresh(), title, afterId })),
    fc.tuple(fc.boolean(), word).chain(([after, label]) =>
      (after ? topic : section).map((at) => ({
        type: 'addTopic' as const,
        id: fresh(),
        label,
        ...(after ? { afterId: at } : { parentId: at }),
      })),
    ),
    fc.tuple(fc.boolean(), word).chain(([after, text]) =>
      (after ? question : topic).map((at) => ({
        type: 'addQuestion' as const,
        id: fresh(),
        text,
        ...(after ? { afterId: at } : { parentId: at }),
      })),
    ),
    fc
      .tuple(section, word, word)
      .map(([target, title, goal]) => ({ type: 'updateSection' as const, id: target, changes: { title, goal } })),
    fc.tuple(topic, word, word).map(([target, label, indicators]) => ({
      type: 'updateTopic' as const,
      id: target,
      changes: { label, indicators },
    })),
    fc
      .tuple(question, word, fc.array(word, { maxLength: 3 }))
      .map(([target, text, probes]) => ({ type: 'updateQuestion' as const, id: target, changes: { text, probes } })),
    id.map((target) => ({ type: 'remove' as const, id: target })),
    fc
      .tuple(id, fc.constantFrom('up' as const, 'down' as const))
      .map(([target, direction]) => ({ type: 'move' as const, id: target, direction })),
    fc
      .tuple(id, fc.option(fc.oneof(section, topic), { nil: undefined }), fc.integer({ min: -1, max: 4 }))
      .map(([target, parentId, index]) => ({ type: 'moveTo' as const, id: target, parentId, index })),
    id.map((target) => ({ type: 'indent' as const, id: target })),
    id.map((target) => ({ type: 'outdent' as const, id: target, newSectionId: fresh() })),
    fc
      .tuple(question, fc.boolean())
      .map(([target, followUp]) => ({ type: 'setFollowUp' as const, id: target, followUp })),
    fc
      .tuple(
        question,
        fc.array(fc.record({ role: fc.constantFrom('MANAGER', 'BELEIDSMEDEWERKER', ''), text: word }), {
          maxLength: 2,
        }),
      )
      .map(([target, variants]) => ({ type: 'setVariants' as const, id: target, variants })),
    fc
      .tuple(
        question,
        fc.array(
          fc.record({
            token: word,
            key: fc.constantFrom('a', 'b'),
            kind: fc.constantFrom('document' as const, 'quote' as const, 'text' as const),
          }),
          { maxLength: 2 },
        ),
      )
      .map(([target, placeholders]) => ({ type: 'setPlaceholders' as const, id: target, placeholders })),
  );
}

describe('any sequence of edits', () => {
  it('keeps the list valid with unique ids, and undoing everything gives back the original', () => {
    const original = structuredClone(noodTopicList) as TopicList;
    let applied = 0;
    let drawn = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 30 }), (seeds) => {
        const counter = { n: 0 };
        let history: History<TopicList> = createHistory(original);
        for (const seed of seeds) {
          // Each edit is drawn against the list as it is now, so it targets real nodes.
          const [edit] = fc.sample(editArbitrary(history.present, counter), { seed, numRuns: 1 });
          const next = applyEdit(history.present, edit!);
          const parsed = topicListSchema.safeParse(next);
          expect(parsed.success, JSON.stringify(edit)).toBe(true);
          const ids = nodeIds(next);
          expect(new Set(ids).size).toBe(ids.length);
          drawn++;
          if (next !== history.present) applied++;
          history = record(history, next, edit!.type);
        }
        let steps = 0;
        while (history.past.length > 0) {
          history = undo(history).history;
          steps++;
        }
        expect(history.present).toEqual(original);
        expect(structuredClone(history.present)).toEqual(noodTopicList);
        // And redo replays every step to the same end state.
        for (let i = 0; i < steps; i++) history = redo(history).history;
        expect(history.future).toHaveLength(0);
      }),
      { numRuns: 200 },
    );
    // The edits drawn mostly apply, so the property is about real changes, not refusals.
    expect(applied).toBeGreaterThan(drawn / 2);
  });
});

describe('dropping a dragged node', () => {
  it('lands before or after a node of its kind, or at the end of an empty parent', () => {
    const start = list();
    const ids = (l: TopicList) => l.sections[0]!.topics.map((t) => t.id);
    const after = dropEdit(start, 'tl-nood:voorstellen', { id: 'tl-nood:anonimiteit', position: 'after' })!;
    expect(ids(applyEdit(start, after))).toEqual([
      'tl-nood:toestemming-vragen-voor-opname',
      'tl-nood:anonimiteit',
      'tl-nood:voorstellen',
    ]);
    const before = dropEdit(start, 'tl-nood:anonimiteit', { id: 'tl-nood:voorstellen', position: 'before' })!;
    expect(ids(applyEdit(start, before))[0]).toBe('tl-nood:anonimiteit');
    const end = dropEdit(start, 'tl-nood:openingsvraag:q1', { parentId: 'tl-nood:voorstellen', position: 'end' })!;
    expect(texts(applyEdit(start, end), 'tl-nood:voorstellen')).toHaveLength(1);
    expect(
      dropEdit(start, 'tl-nood:openingsvraag:q1', { id: 'tl-nood:voorstellen', position: 'before' }),
    ).toBeUndefined();
  });
});

describe('a topic list in its study', () => {
  it('finds the rules that land on a node, and gives a respondent type a new list', () => {
    const refs = referencesTo(
      exampleStudy,
      'tl-beleid',
      subtreeIds(beleidTopicList as TopicList, 'tl-beleid:informatie-overdracht:q1'),
    );
    expect(refs.length).toBeGreaterThan(0);
    const side = exampleStudy.comparisons[0]!.sides[0]!;
    expect(referencesTo(exampleStudy, side.target.topicListId, [side.target.nodeId])).toContainEqual({
      kind: 'comparison',
      id: exampleStudy.comparisons[0]!.id,
      nodeId: side.target.nodeId,
    });
    const fresh = emptyTopicList('tl-eigen', 'Eigen lijst', 'Inleiding');
    const typeId = exampleStudy.respondentTypes[0]!.id;
    const next = addTopicListForType(exampleStudy, typeId, fresh).study;
    expect(next.respondentTypes[0]!.topicListId).toBe('tl-eigen');
    expect(next.topicLists.map((l) => l.id)).toContain(exampleStudy.respondentTypes[0]!.topicListId);
  });
});
