/** Bijlage 5.5 of the thesis, word for word: the topic list for the respondent with an overview of the municipalities in the region. */
import type { TopicList } from '../../study/schema';

export const overzichtTopicList = {
  id: 'tl-overzicht',
  title: 'Topiclijst respondent overzicht gemeenten',
  source: 'Bijlage 5.5',
  sections: [
    {
      id: 'tl-overzicht:s1',
      title: 'Inleiding',
      goal: 'voorstellen van onderzoeker en onderzoek (zonder benoemen leren)',
      topics: [
        {
          id: 'tl-overzicht:voorstellen',
          label: 'Voorstellen',
          indicators: 'opleiding, master, onderwerp',
          questions: [],
        },
        {
          id: 'tl-overzicht:toestemming-vragen-voor-opname',
          label: 'Toestemming vragen voor opname',
          questions: [],
        },
        {
          id: 'tl-overzicht:anonimiteit',
          label: 'Anonimiteit',
          questions: [],
        },
      ],
    },
    {
      id: 'tl-overzicht:s2',
      title: 'Kernonderdeel 1: Algemeen',
      goal: 'Algemene informatie ophalen over de respondent',
      topics: [
        {
          id: 'tl-overzicht:voorstellen-respondent-met-name-met-betrekking-tot-functie',
          label: 'Voorstellen respondent, met name met betrekking tot functie.',
          questions: [],
        },
      ],
    },
    {
      id: 'tl-overzicht:s3',
      title: 'Kernonderdeel 2: Bouwblokken',
      goal: 'achterhalen in hoeverre de bouwblokken aanwezig zijn.',
      topics: [
        {
          id: 'tl-overzicht:ondersteunende-leeromgeving',
          label: 'Ondersteunende leeromgeving',
          questions: [
            {
              id: 'tl-overzicht:ondersteunende-leeromgeving:q1',
              text: 'In hoeverre is sprake van een hoge werkdruk bij de gemeenten?',
            },
            {
              id: 'tl-overzicht:ondersteunende-leeromgeving:q2',
              text: 'In hoeverre worden nieuwe ideeën ontplooit en hoe wordt hierop gereageerd?',
            },
          ],
        },
        {
          id: 'tl-overzicht:concrete-leerprocessen-en-praktijken',
          label: 'Concrete leerprocessen en praktijken',
          questions: [
            {
              id: 'tl-overzicht:concrete-leerprocessen-en-praktijken:q1',
              text: 'Zijn er gemeenten die voorop lopen als het gaat om pilots en experimenten? Zo ja, welke?',
            },
            {
              id: 'tl-overzicht:concrete-leerprocessen-en-praktijken:q2',
              text: 'Op welke manier wordt kennis verzameld binnen de regio?',
            },
            {
              id: 'tl-overzicht:concrete-leerprocessen-en-praktijken:q3',
              text: 'In hoeverre speelt team/organisatieontwikkeling een rol bij de gemeenten?',
            },
          ],
        },
        {
          id: 'tl-overzicht:leiderschap-dat-leren-versterkt',
          label: 'Leiderschap dat leren versterkt',
          questions: [
            {
              id: 'tl-overzicht:leiderschap-dat-leren-versterkt:q1',
              text: 'Hoe zijn de managers op dit moment gefocust op de ontwikkeling binnen het sociaal domein?',
            },
            {
              id: 'tl-overzicht:leiderschap-dat-leren-versterkt:q2',
              text: 'Welke verschillen zie je in de aanpak van managers als het gaat om hun team en organisatie?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-overzicht:s4',
      title: 'Kernonderdeel 3: Effecten, verschillen en verbeterpunten',
      goal: 'in beeld brengen mogelijke effecten en verbeterpunten rondom leren.',
      topics: [
        {
          id: 'tl-overzicht:effecten',
          label: 'Effecten',
          questions: [
            {
              id: 'tl-overzicht:effecten:q1',
              text: 'Heeft u het gevoel dat de gemeenten in de regio voldoende in kan spelen op de veranderingen binnen het sociaal domein? Zo ja, waarom? Zo nee, waarom niet?',
            },
            {
              id: 'tl-overzicht:effecten:q2',
              text: 'Als er veranderingen plaatsvinden in de (regionale) aanpak, wat voor een veranderingen zijn dit dan? (budgettair, beleidsinstrumenten of verandering van assumpties)',
            },
            {
              id: 'tl-overzicht:effecten:q3',
              text: 'Welke verschillen ziet u tussen de gemeenten, als het gaat om:',
              probes: [
                'Cultuur: verschil in normen, waarden, manieren van werken en omgang.',
                'Structuur: verschil in organisatievormen',
                'Strategie: verschil in doelstellingen',
              ],
            },
            {
              id: 'tl-overzicht:effecten:q4',
              text: 'Hoe staat het met de transitie en transformatie in de regio?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-overzicht:s5',
      title: 'Kernonderdeel 4: Regionale samenwerking',
      goal: 'in kaart brengen wat het doel is van en wat wordt opgehaald in de regionale samenwerking.',
      topics: [
        {
          id: 'tl-overzicht:regionale-samenwerking',
          label: 'Regionale samenwerking',
          questions: [
            {
              id: 'tl-overzicht:regionale-samenwerking:q1',
              text: 'Hoe is op dit moment de structuur van de regionale samenwerking?',
            },
            {
              id: 'tl-overzicht:regionale-samenwerking:q2',
              text: 'Wat wordt besproken tijdens de overleggen?',
            },
            {
              id: 'tl-overzicht:regionale-samenwerking:q3',
              text: 'Hoe verlopen deze overleggen (open/gesloten oid)?',
            },
            {
              id: 'tl-overzicht:regionale-samenwerking:q4',
              text: 'Wat is het doel voor de regio op de lange termijn?',
            },
            {
              id: 'tl-overzicht:regionale-samenwerking:q5',
              text: 'Verschil tussen gemeenten in Oost en West Achterhoek?',
            },
          ],
        },
        {
          id: 'tl-overzicht:verbeterpunten',
          label: 'Verbeterpunten',
          questions: [
            {
              id: 'tl-overzicht:verbeterpunten:q1',
              text: 'Welke verbeterpunten heeft u voor de regio als het gaat om (kennis)ontwikkeling?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-overzicht:s6',
      title: 'Afsluiting',
      goal: 'aantal praktische mededelingen communiceren.',
      topics: [
        {
          id: 'tl-overzicht:vragen-en-of-opmerkingen',
          label: 'Vragen en/of opmerkingen',
          questions: [],
        },
        {
          id: 'tl-overzicht:eventueel-vragen-voor-contactgegevens-interessante-respondenten',
          label: 'Eventueel vragen voor contactgegevens interessante respondenten',
          questions: [],
        },
        {
          id: 'tl-overzicht:toesturen-transcript-onderzoek',
          label: 'Toesturen transcript + onderzoek',
          questions: [],
        },
        {
          id: 'tl-overzicht:bedanken',
          label: 'Bedanken',
          questions: [],
        },
      ],
    },
  ],
} satisfies TopicList;
