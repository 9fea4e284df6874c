/**
 * The built-in example topic lists (Bijlage 5.1–5.3 of the thesis) must be the
 * source word for word, valid against the schema, and carry stable, conventional ids
 * that flag rules can target.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { topicListSchema, type TopicList } from '../../shared/study/schema';
import { slug } from '../../shared/study/slug';
import { beleidTopicList } from '../../shared/example/topic-lists/beleid';
import { managerTopicList } from '../../shared/example/topic-lists/manager';
import { noodTopicList } from '../../shared/example/topic-lists/nood';

const SEED = fileURLToPath(new URL('../../../shared/seeds/001_5b9f10b1b7186994.txt', import.meta.url));

const lists: { list: TopicList; id: string; source: string; titles: string[] }[] = [
  {
    list: beleidTopicList,
    id: 'tl-beleid',
    source: 'Bijlage 5.1',
    titles: [
      'Inleiding',
      'Kernonderdeel 1: Algemeen',
      'Kernonderdeel 2: Bouwblok 1 – Ondersteunende leeromgeving',
      'Kernonderdeel 3: Effecten, verschillen en verbeterpunten',
      'Kernonderdeel 4: Bouwblok 2 – Concrete leerprocessen en praktijken',
      'Kernonderdeel 5: Bouwblok 3 – Leiderschap dat leren versterkt',
      'Afsluiting',
    ],
  },
  {
    list: managerTopicList,
    id: 'tl-manager',
    source: 'Bijlage 5.2',
    titles: [
      'Inleiding',
      'Kernonderdeel 1: Algemeen',
      'Kernonderdeel 2: Bouwblok 1 – Ondersteunende leeromgeving',
      'Kernonderdeel 3: Effecten, verschillen en verbeterpunten',
      'Kernonderdeel 4: Bouwblok 2 – Concrete leerprocessen en praktijken',
      // The source numbers this one 4 as well.
      'Kernonderdeel 4: Bouwblok 3 – Leiderschap dat leren versterkt',
      'Afsluiting',
    ],
  },
  {
    list: noodTopicList,
    id: 'tl-nood',
    source: 'Bijlage 5.3',
    titles: [
      'Inleiding',
      'Kernonderdeel 1: Algemeen',
      'Kernonderdeel 2: Bouwblok 1 – Ondersteunende leeromgeving',
      'Kernonderdeel 3: Bouwblok 2 – Concrete leerprocessen en praktijken',
      'Kernonderdeel 4: Bouwblok 3 – Leiderschap dat leren versterkt',
      // The source has two sections numbered 3; order as in the source.
      'Kernonderdeel 3: Effecten, verschillen en verbeterpunten',
      'Afsluiting',
    ],
  },
];

function questionText(list: TopicList, questionId: string): string | undefined {
  for (const s of list.sections)
    for (const t of s.topics) for (const q of t.questions) if (q.id === questionId) return q.text;
  return undefined;
}

function question(list: TopicList, questionId: string) {
  for (const s of list.sections)
    for (const t of s.topics) for (const q of t.questions) if (q.id === questionId) return q;
  throw new Error(`no question ${questionId}`);
}

function topic(list: TopicList, topicId: string) {
  for (const s of list.sections) for (const t of s.topics) if (t.id === topicId) return t;
  throw new Error(`no topic ${topicId}`);
}

const INSTRUCTION =
  '(indien onduidelijke en/of opvallende zaken bij ingevulde vragenlijst: van te voren aankruisen van de vragen die moeten worden nagevraagd)';

describe.each(lists)('$source ($id)', ({ list, id, source, titles }) => {
  it('is a valid topic list', () => {
    expect(() => topicListSchema.parse(list)).not.toThrow();
    expect(list.id).toBe(id);
    expect(list.source).toBe(source);
  });

  it('has the section titles of the source, in order', () => {
    expect(list.sections.map((s) => s.title)).toEqual(titles);
  });

  it('has unique ids that follow the conventions', () => {
    const ids: string[] = [list.id];
    list.sections.forEach((s, si) => {
      expect(s.id).toBe(`${id}:s${si + 1}`);
      ids.push(s.id);
      const seen = new Map<string, number>();
      for (const t of s.topics) {
        const base = `${id}:${slug(t.label)}`;
        expect(t.id === base || new RegExp(`^${base}-[2-9]$`).test(t.id)).toBe(true);
        seen.set(t.id, (seen.get(t.id) ?? 0) + 1);
        ids.push(t.id);
        t.questions.forEach((q, qi) => {
          expect(q.id).toBe(`${t.id}:q${qi + 1}`);
          ids.push(q.id);
        });
      }
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no PDF artefacts in its text', () => {
    const texts: string[] = [];
    for (const s of list.sections) {
      texts.push(s.title, s.goal ?? '', s.instruction ?? '');
      for (const t of s.topics) {
        texts.push(t.label, t.indicators ?? '');
        for (const q of t.questions) {
          texts.push(q.text);
          for (const v of q.variants ?? []) texts.push(v.role, v.text);
        }
      }
    }
    for (const text of texts) {
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/\s{2,}|\n|^Doel:|^[-o] /);
    }
  });

  it('marks exactly the questionnaire follow-ups as followUp', () => {
    for (const s of list.sections)
      for (const t of s.topics)
        for (const q of t.questions)
          expect(q.followUp === true).toBe(q.text.startsWith('In de vragenlijst heeft u ingevuld dat'));
  });

  it('has every placeholder token verbatim in its question text', () => {
    let count = 0;
    for (const s of list.sections)
      for (const t of s.topics)
        for (const q of t.questions)
          for (const p of q.placeholders ?? []) {
            expect(q.text).toContain(p.token);
            count++;
          }
    expect(count).toBe(2);
  });

  it('keeps the shared parts of the source', () => {
    expect(list.sections[0]?.goal).toBe('voorstellen van onderzoeker en onderzoek (zonder benoemen leren)');
    expect(topic(list, `${id}:toestemming-vragen-voor-opname`)).toMatchObject({
      label: 'Toestemming vragen voor opname',
      questions: [],
    });
    expect(topic(list, `${id}:voorstellen`).indicators).toBe('opleiding, master, onderwerp');
    expect(topic(list, `${id}:openingsvraag`).questions).toHaveLength(1);
    expect(questionText(list, `${id}:verschillen:q1`)).toBe(
      'Welke verschillen ziet u tussen de Achterhoekse gemeenten als het gaat om inzet van informatie en ervaringen, innovatie/experimenten etc. binnen het sociaal domein?',
    );
    expect(questionText(list, `${id}:effecten:q${id === 'tl-nood' ? 4 : 6}`)).toBe(
      'Door welke factoren zowel in- en extern in uw organisatie worden uw werkzaamheden en ontwikkeling beïnvloed? (Denk aan cultuur, visie en strategie, structuur van de organisatie en de omgeving).',
    );
  });
});

describe('Bijlage 5.1 (tl-beleid) verbatim', () => {
  const l: TopicList = beleidTopicList;
  it('spot-checks', () => {
    expect(questionText(l, 'tl-beleid:openingsvraag:q1')).toBe(
      'Als u denkt aan uw team, hoe zou u uw team omschrijven als het gaat over bijvoorbeeld het opzetten van nieuwe plannen en het delen van informatie met elkaar om de dienstverlening te verbeteren?',
    );
    expect(topic(l, 'tl-beleid:psychologische-veiligheid')).toMatchObject({
      label: 'Psychologische veiligheid',
      indicators: 'Gevoel bij bespreken gedachtes, fouten, ervaringen en meningen.',
    });
    expect(questionText(l, 'tl-beleid:effecten:q1')).toBe(
      'In hoeverre vindt u dat uw team voldoende informatie en ervaringen verzameld en inzet op het gebied van het sociaal domein?',
    );
    expect(question(l, 'tl-beleid:effecten:q2')).toEqual({
      id: 'tl-beleid:effecten:q2',
      text: 'In (DOCUMENTNAAM) omschrijft de gemeente/team zich als “…”, in hoeverre kunt u zich hierin vinden?',
      placeholders: [
        { token: '(DOCUMENTNAAM)', key: 'documentnaam', kind: 'document' },
        { token: '“…”', key: 'citaat', kind: 'quote' },
      ],
    });
    expect(question(l, 'tl-beleid:informatie-overdracht:q1')).toEqual({
      id: 'tl-beleid:informatie-overdracht:q1',
      text: 'In de vragenlijst heeft u ingevuld dat u weinig informatie deelt met uw collega’s, kunt u uitleggen waarom niet?',
      followUp: true,
    });
    expect(questionText(l, 'tl-beleid:experimenteren:q1')).toBe(
      'In de vragenlijst heeft u ingevuld dat u nog nooit een experiment(eel beleid) heeft opgezet, kunt u uitleggen, kunt u mij uitleggen waarom dit nooit is voorgevallen?',
    );
    expect(questionText(l, 'tl-beleid:belang-van-leren:q1')).toBe(
      'In de vragenlijst heeft u ingevuld dat u vindt dat uw manager u niet aanmoedigt om informatie en ervaringen te delen (met andere organisatie), staat dit uw ontwikkeling in de weg?',
    );
    const s5 = l.sections[4];
    expect(s5?.instruction).toBe(INSTRUCTION);
    expect(s5?.goal).toBe('achterhalen in hoeverre concrete maatregelen genomen worden om leren te bevorderen.');
    expect(l.sections[5]?.goal).toBe(
      'achterhalen in hoeverre de manager door middel van leiderschap leren bevorderd.',
    );
    expect(l.sections[3]?.topics.map((t) => t.label)).toEqual(['Effecten', 'Verschillen', 'Verbeterpunten']);
    expect(l.sections[3]?.topics[0]?.questions).toHaveLength(7);
  });
});

describe('Bijlage 5.2 (tl-manager) verbatim', () => {
  const l: TopicList = managerTopicList;
  it('spot-checks', () => {
    expect(questionText(l, 'tl-manager:openingsvraag:q1')).toBe(
      'Als u denkt aan uw team, hoe zou u uw team omschrijven als het gaat over bijvoorbeeld nieuwe plannen opzetten en het delen van informatie met elkaar om de dienstverlening te verbeteren?',
    );
    expect(questionText(l, 'tl-manager:tijd-voor-reflectie:q1')).toBe(
      'In hoeverre vindt u dat, als u kijkt naar de beschikbare tijd en middelen, uw teamleden hun werk goed kunnen doen?',
    );
    expect(question(l, 'tl-manager:effecten:q2')).toEqual({
      id: 'tl-manager:effecten:q2',
      text: 'In (DOCUMENTNAAM) omschrijft de gemeente/team zich als “…”, in hoeverre kunt u zich hierin vinden?',
      placeholders: [
        { token: '(DOCUMENTNAAM)', key: 'documentnaam', kind: 'document' },
        { token: '“…”', key: 'citaat', kind: 'quote' },
      ],
    });
    expect(topic(l, 'tl-manager:informatie-overdracht').indicators).toBe(
      'forum aanwezig; regelmaat van kennis, ervaringen en bp. delen.',
    );
    expect(question(l, 'tl-manager:informatie-overdracht:q1')).toEqual({
      id: 'tl-manager:informatie-overdracht:q1',
      text: 'In de vragenlijst heeft u ingevuld dat uw team weinig informatie deelt met collega’s, kunt u uitleggen waarom?',
      followUp: true,
    });
    expect(questionText(l, 'tl-manager:belang-van-leren:q1')).toBe(
      'In de vragenlijst heeft u ingevuld dat u vindt dat u uw medewerkers niet aanmoedigt om informatie uit te wisselen (met andere organisaties), waarom doet u dit niet?',
    );
    expect(questionText(l, 'tl-manager:ondersteunen-verschillende-perspectieven:q1')).toBe(
      'In de vragenlijst heeft u ingevuld dat u vindt dat u niet openstaat voor verschillende perspectieven, waarom staat u hier niet voor open?',
    );
    expect(l.sections[4]?.instruction).toBe(INSTRUCTION);
    expect(l.sections[5]?.instruction).toBe(INSTRUCTION);
  });
});

describe('Bijlage 5.3 (tl-nood) verbatim', () => {
  const l: TopicList = noodTopicList;
  it('spot-checks', () => {
    expect(topic(l, 'tl-nood:psychologische-veiligheid-waardering-voor-verschillen-openheid-ideeen').label).toBe(
      'Psychologische veiligheid/waardering voor verschillen/openheid ideeën',
    );
    expect(questionText(l, 'tl-nood:tijd-voor-reflectie:q1')).toBe(
      'Hoe wordt er binnen het team geëvalueerd over werkzaamheden zoals nieuwe beleidsnota’s?',
    );
    expect(questionText(l, 'tl-nood:visie-op-leren:q1')).toBe(
      'Geeft uw team aandacht aan leerdoelen voor de team, bijvoorbeeld in de communicatie in team-overleggen of in beleidsnota’s?',
    );
    expect(question(l, 'tl-nood:actief-bevragen-en-luisteren-ondersteunen-perspectieven:q1')).toEqual({
      id: 'tl-nood:actief-bevragen-en-luisteren-ondersteunen-perspectieven:q1',
      text: '',
      variants: [
        {
          role: 'BELEIDSMEDEWERKER',
          text: 'Heeft u het gevoel dat uw manager voldoende luistert naar u en open staat voor nieuwe ideeën en perspectieven? Zo ja, waarom? Zo nee, waarom niet?',
        },
        {
          role: 'MANAGER',
          text: 'Heeft u het gevoel dat u voldoende luistert naar uw medewerkers en open staat voor hun nieuwe ideeën en perspectieven? Zo ja, waarom? Zo nee, waarom niet?',
        },
      ],
    });
    expect(question(l, 'tl-nood:belang-van-leren:q1').variants).toEqual([
      {
        role: 'BELEIDSMEDEWERKER',
        text: 'Vindt u dat uw manager informatie en ervaringen delen binnen en buiten de organisatie stimuleert? Zo ja, hoe doet uw manager dit? Zo nee, waarom niet?',
      },
      {
        role: 'MANAGER',
        text: 'Vindt u dat u informatie en ervaringen delen binnen en buiten de organisatie stimuleert? Zo ja, hoe doet u dit? Zo nee, waarom niet?',
      },
    ]);
    expect(question(l, 'tl-nood:effecten:q3')).toEqual({
      id: 'tl-nood:effecten:q3',
      text: 'In (DOCUMENTNAAM) omschrijft de gemeente/team zich als “…”, kunt u zich hierin vinden?',
      placeholders: [
        { token: '(DOCUMENTNAAM)', key: 'documentnaam', kind: 'document' },
        { token: '“…”', key: 'citaat', kind: 'quote' },
      ],
    });
    expect(questionText(l, 'tl-nood:effecten:q5')).toBe(
      'In hoeverre speelt het college een rol bij de organisatieontwikkeling?',
    );
    expect(topic(l, 'tl-nood:eventueel-vragen-voor-contactgegevens-interessante-respondenten').questions).toEqual([]);
    // No questionnaire, so nothing to follow up and no instruction to tick questions in advance.
    for (const s of l.sections) {
      expect(s.instruction).toBeUndefined();
      for (const t of s.topics) for (const q of t.questions) expect(q.followUp).toBeUndefined();
    }
  });
});

/**
 * Against the thesis text itself (when the seed is at hand): every string in a list
 * occurs in the source in order, and what lies between them is only list markup
 * ("- ", "o ", "Doel:", colons), so no word is missing, added or altered.
 */
describe.runIf(existsSync(SEED))('word for word against the seed', () => {
  const lines = existsSync(SEED) ? readFileSync(SEED, 'utf8').split('\n') : [];
  function sourceText(heading: RegExp): string {
    const start = lines.findIndex((l) => heading.test(l));
    const end = lines.findIndex((l, i) => i > start && /^Bijlage 5\.\d/.test(l));
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    return lines
      .slice(start + 1, end)
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ');
  }
  const headings: Record<string, RegExp> = {
    'tl-beleid': /^Bijlage 5\.1 /,
    'tl-manager': /^Bijlage 5\.2:/,
    'tl-nood': /^Bijlage 5\.3:/,
  };

  it.each(lists)('$source', ({ list, id }) => {
    const text = sourceText(headings[id] as RegExp);
    const parts: string[] = [];
    for (const s of list.sections) {
      parts.push(s.title);
      if (s.instruction) parts.push(s.instruction);
      if (s.goal) parts.push(s.goal);
      for (const t of s.topics) {
        parts.push(t.label);
        if (t.indicators) parts.push(t.indicators);
        for (const q of t.questions) {
          if (q.text) parts.push(q.text);
          for (const v of q.variants ?? []) parts.push(v.role, v.text);
        }
      }
    }
    let cursor = 0;
    for (const part of parts) {
      const at = text.indexOf(part, cursor);
      expect(at, `not found in order: ${part}`).toBeGreaterThanOrEqual(0);
      expect(text.slice(cursor, at), `unexpected source text before: ${part}`).toMatch(
        /^(?:\s|-|:|\bo\b|\bDoel\b)*$/,
      );
      cursor = at + part.length;
    }
    expect(text.slice(cursor).trim()).toBe('');
  });
});
