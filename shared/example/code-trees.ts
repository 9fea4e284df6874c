/**
 * Bijlage 7 of the thesis: the three code trees (figures in the source), node for node.
 * Each tree repeats the three main branches and works one of them out: 7.1 the building
 * blocks, 7.2 effects/differences/improvements, 7.3 "Overig". The root box "Codeboom" of
 * each figure is the tree itself, not a node. Ids are `ct<n>:` + the slug path.
 */
import type { CodeTree } from '../study/schema';

export const exampleCodeTrees = [
  {
    id: 'ct1',
    title: 'Codeboom 1',
    source: 'Bijlage 7.1',
    nodes: [
      {
        id: 'ct1:bouwblokken',
        name: 'Bouwblokken',
        children: [
          {
            id: 'ct1:bouwblokken:ondersteunende-leeromgeving',
            name: 'Ondersteunende leeromgeving',
            children: [
              { id: 'ct1:bouwblokken:ondersteunende-leeromgeving:psychologische-veiligheid', name: 'Psychologische veiligheid', children: [] },
              { id: 'ct1:bouwblokken:ondersteunende-leeromgeving:waardering-van-verschillen', name: 'Waardering van verschillen', children: [] },
              { id: 'ct1:bouwblokken:ondersteunende-leeromgeving:openheid-voor-nieuwe-ideeen', name: 'Openheid voor nieuwe ideeën', children: [] },
              { id: 'ct1:bouwblokken:ondersteunende-leeromgeving:tijd-voor-evaluatie', name: 'Tijd (voor evaluatie)', children: [] },
            ],
          },
          {
            id: 'ct1:bouwblokken:concrete-leerprocessen-en-praktijken',
            name: 'Concrete leerprocessen en praktijken',
            children: [
              { id: 'ct1:bouwblokken:concrete-leerprocessen-en-praktijken:informatie-overdracht', name: 'Informatie-overdracht', children: [] },
              { id: 'ct1:bouwblokken:concrete-leerprocessen-en-praktijken:experimenteren', name: 'Experimenteren', children: [] },
              { id: 'ct1:bouwblokken:concrete-leerprocessen-en-praktijken:verzamelen-van-informatie', name: 'Verzamelen van informatie', children: [] },
              { id: 'ct1:bouwblokken:concrete-leerprocessen-en-praktijken:analyses', name: 'Analyses', children: [] },
              { id: 'ct1:bouwblokken:concrete-leerprocessen-en-praktijken:onderwijs-en-training', name: 'Onderwijs en training', children: [] },
              { id: 'ct1:bouwblokken:concrete-leerprocessen-en-praktijken:visie-op-leren', name: 'Visie op leren', children: [] },
            ],
          },
          {
            id: 'ct1:bouwblokken:leiderschap-dat-leren-versterkt',
            name: 'Leiderschap dat leren versterkt',
            children: [
              { id: 'ct1:bouwblokken:leiderschap-dat-leren-versterkt:actief-bevragen-en-luisteren', name: 'Actief bevragen en luisteren', children: [] },
              { id: 'ct1:bouwblokken:leiderschap-dat-leren-versterkt:belang-van-leren', name: 'Belang van leren', children: [] },
              { id: 'ct1:bouwblokken:leiderschap-dat-leren-versterkt:ondersteunen-van-verschillende-perspectieven', name: 'Ondersteunen van verschillende perspectieven', children: [] },
            ],
          },
        ],
      },
      { id: 'ct1:effecten-verschillen-verbeterpunten', name: 'Effecten, verschillen, verbeterpunten', children: [] },
      { id: 'ct1:overig', name: 'Overig', children: [] },
    ],
  },
  {
    id: 'ct2',
    title: 'Codeboom 2',
    source: 'Bijlage 7.2',
    nodes: [
      { id: 'ct2:bouwblokken', name: 'Bouwblokken', children: [] },
      {
        id: 'ct2:effecten-verschillen-en-verbeterpunten',
        name: 'Effecten, verschillen en verbeterpunten',
        children: [
          {
            id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten',
            name: 'Effecten',
            children: [
              {
                id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:institutionele-context',
                name: 'Institutionele context',
                children: [
                  { id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:institutionele-context:cultuur', name: 'Cultuur', children: [] },
                  { id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:institutionele-context:strategie', name: 'Strategie', children: [] },
                  { id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:institutionele-context:structuur', name: 'Structuur', children: [] },
                  { id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:institutionele-context:omgeving', name: 'Omgeving', children: [] },
                ],
              },
              { id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:centrale-rol', name: 'Centrale rol', children: [] },
              { id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:inspelen-veranderingen', name: 'Inspelen veranderingen', children: [] },
              { id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:soort-veranderingen', name: 'Soort veranderingen', children: [] },
              { id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:decentralisaties', name: 'Decentralisaties', children: [] },
              { id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:documenten', name: 'Documenten', children: [] },
              { id: 'ct2:effecten-verschillen-en-verbeterpunten:effecten:college', name: 'College', children: [] },
            ],
          },
          {
            id: 'ct2:effecten-verschillen-en-verbeterpunten:verschillen',
            name: 'Verschillen',
            children: [
              { id: 'ct2:effecten-verschillen-en-verbeterpunten:verschillen:organisatorisch', name: 'Organisatorisch', children: [] },
              { id: 'ct2:effecten-verschillen-en-verbeterpunten:verschillen:inhoudelijk', name: 'Inhoudelijk', children: [] },
            ],
          },
          {
            id: 'ct2:effecten-verschillen-en-verbeterpunten:verbeterpunten',
            name: 'Verbeterpunten',
            children: [
              { id: 'ct2:effecten-verschillen-en-verbeterpunten:verbeterpunten:team', name: 'Team', children: [] },
              { id: 'ct2:effecten-verschillen-en-verbeterpunten:verbeterpunten:organisatie', name: 'Organisatie', children: [] },
            ],
          },
        ],
      },
      { id: 'ct2:overig', name: 'Overig', children: [] },
    ],
  },
  {
    id: 'ct3',
    title: 'Codeboom 3',
    source: 'Bijlage 7.3',
    nodes: [
      { id: 'ct3:bouwblokken', name: 'Bouwblokken', children: [] },
      { id: 'ct3:effecten-verschillen-en-verbeterpunten', name: 'Effecten, verschillen en verbeterpunten', children: [] },
      {
        id: 'ct3:overig',
        name: 'Overig',
        children: [
          { id: 'ct3:overig:teamomschrijving', name: 'Teamomschrijving', children: [] },
          { id: 'ct3:overig:regionale-samenwerking', name: 'Regionale samenwerking', children: [] },
          { id: 'ct3:overig:quotes', name: 'Quotes', children: [] },
        ],
      },
    ],
  },
] satisfies CodeTree[];
