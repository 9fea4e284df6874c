import { describe, expect, it } from 'vitest';
import {
  codeTreeSchema,
  organisationSchema,
  topicListSchema,
  transcriptFormatSchema,
  type CodeNode,
  type TopicList,
} from '../../shared/study/schema';
import { slug } from '../../shared/study/slug';
import { berkellandTopicList } from '../../shared/example/topic-lists/berkelland';
import { overzichtTopicList } from '../../shared/example/topic-lists/overzicht';
import { netwerkTopicList } from '../../shared/example/topic-lists/netwerk';
import { exampleCodeTrees } from '../../shared/example/code-trees';
import { exampleTranscriptFormat } from '../../shared/example/transcript-format';
import {
  exampleDocuments,
  exampleOrganisations,
  exampleRegionalDocuments,
} from '../../shared/example/organisations';

const lists: TopicList[] = [berkellandTopicList, overzichtTopicList, netwerkTopicList];

function allIds(list: TopicList): string[] {
  return list.sections.flatMap((s) => [
    s.id,
    ...s.topics.flatMap((t) => [t.id, ...t.questions.map((q) => q.id)]),
  ]);
}

function allStrings(list: TopicList): string[] {
  const out: string[] = [list.title];
  for (const s of list.sections) {
    out.push(s.title, s.goal ?? '', s.instruction ?? '');
    for (const t of s.topics) {
      out.push(t.label, t.indicators ?? '');
      for (const q of t.questions) {
        out.push(q.text, q.probesHeading ?? '', ...(q.probes ?? []));
        out.push(...(q.variants ?? []).flatMap((v) => [v.role, v.text]));
      }
    }
  }
  return out;
}

function findQuestion(list: TopicList, id: string) {
  for (const s of list.sections) {
    for (const t of s.topics) {
      const q = t.questions.find((x) => x.id === id);
      if (q) return q;
    }
  }
  throw new Error(`geen vraag ${id}`);
}

function findTopic(list: TopicList, id: string) {
  for (const s of list.sections) {
    const t = s.topics.find((x) => x.id === id);
    if (t) return t;
  }
  throw new Error(`geen onderwerp ${id}`);
}

describe('example topic lists (Berkelland, overzicht, netwerk)', () => {
  it.each(lists.map((l) => [l.id, l] as const))('%s parses with topicListSchema', (_id, list) => {
    expect(topicListSchema.parse(list)).toEqual(list);
  });

  it.each(lists.map((l) => [l.id, l] as const))('%s has unique ids following the conventions', (_id, list) => {
    const ids = allIds(list);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Map<string, number>();
    list.sections.forEach((s, i) => {
      expect(s.id).toBe(`${list.id}:s${i + 1}`);
      for (const t of s.topics) {
        if (list.id === 'tl-netwerk') {
          const number = t.questions[0]?.number;
          expect(number).toBeDefined();
          expect(t.id).toBe(`tl-netwerk:${slug(`vraag-${number}`)}`);
          expect(t.label).toBe(t.questions[0]?.text);
        } else {
          const base = slug(t.label);
          const n = (seen.get(base) ?? 0) + 1;
          seen.set(base, n);
          expect(t.id).toBe(`${list.id}:${base}${n === 1 ? '' : `-${n}`}`);
        }
        t.questions.forEach((q, j) => {
          expect(q.id).toBe(`${t.id}:q${j + 1}`);
          expect(q.followUp === true).toBe(q.text.startsWith('In de vragenlijst heeft u ingevuld dat'));
          for (const p of q.placeholders ?? []) expect(q.text).toContain(p.token);
          if (q.text.includes('(DOCUMENTNAAM)')) {
            expect(q.placeholders).toEqual([
              { token: '(DOCUMENTNAAM)', key: 'documentnaam', kind: 'document' },
              { token: '“…”', key: 'citaat', kind: 'quote' },
            ]);
          }
        });
      }
    });
  });

  it.each(lists.map((l) => [l.id, l] as const))('%s carries no PDF artefacts', (_id, list) => {
    for (const s of allStrings(list)) {
      expect(s).toBe(s.trim());
      expect(s).not.toMatch(/ {2}|\t|\u00a0|\u2010|\u035b|\uf0a7|^- |^o /);
      expect(s).not.toContain("'");
    }
  });

  it('Berkelland: sections, follow-ups and texts as in Bijlage 5.4', () => {
    const l: TopicList = berkellandTopicList;
    expect(l.title).toBe('Topiclijst medewerkers Berkelland');
    expect(l.source).toBe('Bijlage 5.4');
    expect(l.sections.map((s) => s.title)).toEqual([
      'Inleiding',
      'Kernonderdeel 1: Algemeen',
      'Kernonderdeel 2: Bouwblok 1 – Ondersteunende leeromgeving',
      'Kernonderdeel 3: Effecten, verschillen en verbeterpunten',
      'Kernonderdeel 4: Bouwblok 2 – Concrete leerprocessen en praktijken',
      'Kernonderdeel 5: Bouwblok 3 – Leiderschap dat leren versterkt',
      'Afsluiting',
    ]);
    // Kernonderdeel 3 has no "Doel:" line in 5.4.
    expect(l.sections[3]?.goal).toBeUndefined();
    const instruction =
      '(indien onduidelijke en/of opvallende zaken bij ingevulde vragenlijst: van te voren aankruisen van de vragen die moeten worden nagevraagd)';
    expect(l.sections[4]?.instruction).toBe(instruction);
    expect(l.sections[5]?.instruction).toBe(instruction);
    expect(l.sections[5]?.goal).toBe('achterhalen in hoeverre de manager door middel van leiderschap leren bevorderd.');

    const followUps = l.sections.flatMap((s) =>
      s.topics.flatMap((t) => t.questions.filter((q) => q.followUp).map((q) => q.id)),
    );
    expect(followUps).toEqual([
      'tl-berkelland:informatie-overdracht:q1',
      'tl-berkelland:experimenteren:q1',
      'tl-berkelland:verzamelen-van-informatie:q1',
      'tl-berkelland:analyses:q1',
      'tl-berkelland:onderwijs-en-training:q1',
      'tl-berkelland:visie-op-leren:q1',
      'tl-berkelland:actief-bevragen-en-luisteren:q1',
      'tl-berkelland:belang-van-leren:q1',
      'tl-berkelland:ondersteunen-verschillende-perspectieven:q1',
    ]);

    const openings = findTopic(l, 'tl-berkelland:openingsvraag');
    expect(openings.label).toBe('Openingsvraag');
    expect(openings.questions.map((q) => q.text)).toEqual([
      'Als u denkt aan uw team, hoe zou u uw team omschrijven als het gaat over bijvoorbeeld het opzetten van nieuwe plannen en het delen van informatie met elkaar om de dienstverlening te verbeteren?',
    ]);
    expect(findTopic(l, 'tl-berkelland:tijd-voor-reflectie').indicators).toBe(
      'Vaste evaluatiemomenten; stress en werkdruk; procedures in relatie tot goed doen van het werk.',
    );
    expect(findQuestion(l, 'tl-berkelland:experimenteren:q1').text).toBe(
      'In de vragenlijst heeft u ingevuld dat u nog nooit een experiment(eel beleid) heeft opgezet, kunt u uitleggen, kunt u mij uitleggen waarom dit nooit is voorgevallen?',
    );
    expect(findQuestion(l, 'tl-berkelland:informatie-overdracht:q1').text).toBe(
      'In de vragenlijst heeft u ingevuld dat u weinig informatie deelt met uw collega’s, kunt u uitleggen waarom niet?',
    );
    expect(findQuestion(l, 'tl-berkelland:effecten:q3').text).toBe(
      'In (DOCUMENTNAAM) omschrijft de gemeente/team zich als “…”, in hoeverre kunt u zich hierin vinden?',
    );
    expect(findQuestion(l, 'tl-berkelland:effecten:q6').text).toBe(
      'Door welke factoren zowel in- en extern in uw organisatie worden uw werkzaamheden en ontwikkeling beïnvloed? (Denk aan cultuur, visie en strategie, structuur van de organisatie en de omgeving).',
    );
    expect(l.sections[6]?.topics.map((t) => t.label)).toEqual([
      'Vragen en/of opmerkingen',
      'Eventueel vragen contactgegevens interessante respondenten',
      'Toesturen transcript + onderzoek',
      'Bedanken',
    ]);
  });

  it('overzicht: sections and texts as in Bijlage 5.5', () => {
    const l: TopicList = overzichtTopicList;
    expect(l.title).toBe('Topiclijst respondent overzicht gemeenten');
    expect(l.sections.map((s) => s.title)).toEqual([
      'Inleiding',
      'Kernonderdeel 1: Algemeen',
      'Kernonderdeel 2: Bouwblokken',
      'Kernonderdeel 3: Effecten, verschillen en verbeterpunten',
      'Kernonderdeel 4: Regionale samenwerking',
      'Afsluiting',
    ]);
    expect(l.sections[2]?.topics.map((t) => t.label)).toEqual([
      'Ondersteunende leeromgeving',
      'Concrete leerprocessen en praktijken',
      'Leiderschap dat leren versterkt',
    ]);
    expect(l.sections[1]?.topics[0]?.label).toBe('Voorstellen respondent, met name met betrekking tot functie.');
    const q = findQuestion(l, 'tl-overzicht:effecten:q3');
    expect(q.text).toBe('Welke verschillen ziet u tussen de gemeenten, als het gaat om:');
    expect(q.probes).toEqual([
      'Cultuur: verschil in normen, waarden, manieren van werken en omgang.',
      'Structuur: verschil in organisatievormen',
      'Strategie: verschil in doelstellingen',
    ]);
    expect(findQuestion(l, 'tl-overzicht:effecten:q2').text).toBe(
      'Als er veranderingen plaatsvinden in de (regionale) aanpak, wat voor een veranderingen zijn dit dan? (budgettair, beleidsinstrumenten of verandering van assumpties)',
    );
    expect(findQuestion(l, 'tl-overzicht:concrete-leerprocessen-en-praktijken:q1').text).toBe(
      'Zijn er gemeenten die voorop lopen als het gaat om pilots en experimenten? Zo ja, welke?',
    );
    expect(l.sections[4]?.topics.map((t) => t.id)).toEqual([
      'tl-overzicht:regionale-samenwerking',
      'tl-overzicht:verbeterpunten',
    ]);
    expect(l.sections[4]?.topics[0]?.questions).toHaveLength(5);
  });

  it('netwerk: nine numbered items as in Bijlage 1 of the report', () => {
    const l: TopicList = netwerkTopicList;
    expect(l.sections.map((s) => s.title)).toEqual(['Interview topiclijst netwerken']);
    const topics = l.sections[0]?.topics ?? [];
    expect(topics.map((t) => t.id)).toEqual(
      Array.from({ length: 9 }, (_, i) => `tl-netwerk:vraag-${i + 1}`),
    );
    expect(topics.map((t) => t.questions[0]?.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(findQuestion(l, 'tl-netwerk:vraag-1:q1').text).toBe(
      'Wat is het doel (en/ of gezamenlijke opgave) van het netwerk?',
    );
    expect(findQuestion(l, 'tl-netwerk:vraag-4:q1').probes).toEqual([
      'regie',
      'besluitvorming (indien relevant)',
      'coördinatie',
    ]);
    const q5 = findQuestion(l, 'tl-netwerk:vraag-5:q1');
    expect(q5.probesHeading).toBe('Kennisfuncties:');
    expect(q5.probes).toHaveLength(8);
    expect(q5.probes?.[6]).toBe(
      'Kennis-makelen: faciliteren dat mensen, kennis en middelen op constructieve wijze bij elkaar komen;',
    );
    const q7 = findQuestion(l, 'tl-netwerk:vraag-7:q1');
    expect(q7.text).toBe('Hoe worden leerprocessen vormgegeven / ontworpen in het netwerk?');
    expect(q7.probes).toEqual([
      'Hoe wordt een vraagstuk geselecteerd?',
      'Hoe wordt hieraan gewerkt / welke methoden worden ingezet?',
      'In hoeverre wordt er gereflecteerd?',
      'Hoe en door wie wordt het leren gefaciliteerd?',
      'Wat gaat hierbij goed, wat zijn ontwikkelmogelijkheden?',
    ]);
    expect(findQuestion(l, 'tl-netwerk:vraag-8:q1').probes).toEqual([
      'Eigen professionaliteit - werkproces verbeteren',
      'Formeel - informeel leren',
    ]);
    const t9 = topics[8];
    expect(t9?.questions.map((q) => [q.number, q.text])).toEqual([
      ['9', 'In hoeverre draagt het netwerk bij aan de ontwikkeling van een lerende regio?'],
      [
        undefined,
        'In hoeverre is het netwerk/project of thema’s / vraagstukken gerelateerd aan een kennisagenda /regioagenda /toekomstvisie van de regio / verbindingsgroep?',
      ],
      [
        undefined,
        'In hoeverre wordt de (kennis)opbrengt / werkzame elementen netwerk gedeeld op regionaal/ lokaal niveau? (gedeeld met andere netwerken?)',
      ],
    ]);
  });
});

describe('example code trees (Bijlage 7)', () => {
  function walk(nodes: CodeNode[], parent: string, out: CodeNode[]) {
    for (const n of nodes) {
      expect(n.id).toBe(`${parent}:${slug(n.name)}`);
      expect(n.name).toBe(n.name.trim());
      out.push(n);
      walk(n.children, n.id, out);
    }
    return out;
  }

  it('parses and has slug-path ids, unique across all trees', () => {
    const ids: string[] = [];
    for (const tree of exampleCodeTrees) {
      expect(codeTreeSchema.parse(tree)).toEqual(tree);
      ids.push(...walk(tree.nodes, tree.id, []).map((n) => n.id));
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(exampleCodeTrees.map((t) => [t.id, t.title, t.source])).toEqual([
      ['ct1', 'Codeboom 1', 'Bijlage 7.1'],
      ['ct2', 'Codeboom 2', 'Bijlage 7.2'],
      ['ct3', 'Codeboom 3', 'Bijlage 7.3'],
    ]);
    const counts = exampleCodeTrees.map((t) => walk(t.nodes, t.id, []).length);
    expect(counts).toEqual([19, 21, 6]);
  });

  it('keeps the branches and wording of the figures', () => {
    const [ct1, ct2, ct3] = exampleCodeTrees;
    expect(ct1?.nodes.map((n) => n.name)).toEqual([
      'Bouwblokken',
      'Effecten, verschillen, verbeterpunten',
      'Overig',
    ]);
    const bouwblokken = ct1?.nodes[0];
    expect(bouwblokken?.children.map((n) => n.name)).toEqual([
      'Ondersteunende leeromgeving',
      'Concrete leerprocessen en praktijken',
      'Leiderschap dat leren versterkt',
    ]);
    expect(bouwblokken?.children[0]?.children.map((n) => n.name)).toEqual([
      'Psychologische veiligheid',
      'Waardering van verschillen',
      'Openheid voor nieuwe ideeën',
      'Tijd (voor evaluatie)',
    ]);
    expect(bouwblokken?.children[1]?.children.map((n) => n.name)).toEqual([
      'Informatie-overdracht',
      'Experimenteren',
      'Verzamelen van informatie',
      'Analyses',
      'Onderwijs en training',
      'Visie op leren',
    ]);
    expect(bouwblokken?.children[2]?.children.map((n) => n.id)).toEqual([
      'ct1:bouwblokken:leiderschap-dat-leren-versterkt:actief-bevragen-en-luisteren',
      'ct1:bouwblokken:leiderschap-dat-leren-versterkt:belang-van-leren',
      'ct1:bouwblokken:leiderschap-dat-leren-versterkt:ondersteunen-van-verschillende-perspectieven',
    ]);

    const evv = ct2?.nodes[1];
    expect(evv?.name).toBe('Effecten, verschillen en verbeterpunten');
    expect(evv?.children.map((n) => n.name)).toEqual(['Effecten', 'Verschillen', 'Verbeterpunten']);
    expect(evv?.children[0]?.children.map((n) => n.name)).toEqual([
      'Institutionele context',
      'Centrale rol',
      'Inspelen veranderingen',
      'Soort veranderingen',
      'Decentralisaties',
      'Documenten',
      'College',
    ]);
    expect(evv?.children[0]?.children[0]?.children.map((n) => n.id)).toEqual([
      'ct2:effecten-verschillen-en-verbeterpunten:effecten:institutionele-context:cultuur',
      'ct2:effecten-verschillen-en-verbeterpunten:effecten:institutionele-context:strategie',
      'ct2:effecten-verschillen-en-verbeterpunten:effecten:institutionele-context:structuur',
      'ct2:effecten-verschillen-en-verbeterpunten:effecten:institutionele-context:omgeving',
    ]);
    expect(evv?.children[1]?.children.map((n) => n.name)).toEqual(['Organisatorisch', 'Inhoudelijk']);
    expect(evv?.children[2]?.children.map((n) => n.name)).toEqual(['Team', 'Organisatie']);

    expect(ct3?.nodes.map((n) => n.name)).toEqual([
      'Bouwblokken',
      'Effecten, verschillen en verbeterpunten',
      'Overig',
    ]);
    expect(ct3?.nodes[2]?.children.map((n) => n.name)).toEqual([
      'Teamomschrijving',
      'Regionale samenwerking',
      'Quotes',
    ]);
  });
});

describe('example transcript format (Bijlage 6)', () => {
  it('parses and keeps the wording', () => {
    expect(transcriptFormatSchema.parse(exampleTranscriptFormat)).toEqual(exampleTranscriptFormat);
    expect(exampleTranscriptFormat.headerFields).toEqual([
      { key: 'respondent', label: 'Naam respondent:' },
      { key: 'organisation', label: 'Werkend bij:', template: 'gemeente {value}' },
      { key: 'startTime', label: 'Tijd interview:' },
      { key: 'duration', label: 'Tijdsduur interview:' },
    ]);
    expect(exampleTranscriptFormat.note).toBe(
      'Woorden zoals ‘uh’ zijn weggelaten in het transcript maar de zinsconstructies van de respondenten blijven onaangetast.',
    );
    expect(exampleTranscriptFormat.speakers).toEqual({ interviewer: 'Onderzoeker', respondent: 'Respondent' });
    expect(exampleTranscriptFormat.fillerWords).toEqual(['uh', 'uhm', 'uhh', 'eh', 'ehm', 'ehh', 'hm', 'hmm']);
  });
});

describe('example organisations and documents (Bijlagen 1 and 2)', () => {
  it('lists the eight municipalities with their abbreviations', () => {
    for (const o of exampleOrganisations) expect(organisationSchema.parse(o)).toEqual(o);
    expect(exampleOrganisations.map((o) => `${o.name}=${o.abbreviation}`)).toEqual([
      'Aalten=A',
      'Berkelland=B',
      'Bronckhorst=Br',
      'Doetinchem=D',
      'Montferland=M',
      'Oost Gelre=O',
      'Oude IJsselstreek=OIJ',
      'Winterswijk=W',
    ]);
  });

  it('has the documents of every municipality, verbatim', () => {
    expect(Object.keys(exampleDocuments)).toEqual(exampleOrganisations.map((o) => o.name));
    for (const docs of Object.values(exampleDocuments)) {
      for (const d of docs) {
        expect(d).toBe(d.trim());
        expect(d.length).toBeGreaterThan(0);
      }
    }
    expect(exampleDocuments['Berkelland']).toEqual([
      '3D Beleidskader',
      'Programmabegroting',
      'Coalitieakkoord',
      'Bestuursscan',
      'Werken in Gelderland',
      'YouTube',
      'Zelf organiseren – de weg',
      'Teamplan 2017',
      'Pitch bestuursondersteuning',
      'Evaluatie pilot Ondersteuning Thuis',
      'Platform Wmo',
      'Organiseren 3.0',
      'Plan van Aanpak VSVB',
    ]);
    // The Bronckhorst list runs over a page break in the source; YouTube is on the next page.
    expect(exampleDocuments['Bronckhorst']?.at(-1)).toBe('YouTube');
    expect(Object.values(exampleDocuments).map((d) => d.length)).toEqual([10, 13, 6, 8, 8, 9, 10, 8]);
    expect(exampleRegionalDocuments[0]).toBe('D’ran in transities');
    expect(exampleRegionalDocuments).toHaveLength(5);
  });
});
