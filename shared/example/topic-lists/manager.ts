/** Bijlage 5.2 of the thesis, word for word: the topic list for managers who returned the questionnaire. */
import type { TopicList } from '../../study/schema';

export const managerTopicList = {
  id: 'tl-manager',
  title: 'Topiclijst managers (indien ingevulde vragenlijst)',
  source: 'Bijlage 5.2',
  sections: [
    {
      id: 'tl-manager:s1',
      title: 'Inleiding',
      goal: 'voorstellen van onderzoeker en onderzoek (zonder benoemen leren)',
      topics: [
        {
          id: 'tl-manager:voorstellen',
          label: 'Voorstellen',
          indicators: 'opleiding, master, onderwerp',
          questions: [],
        },
        {
          id: 'tl-manager:toestemming-vragen-voor-opname',
          label: 'Toestemming vragen voor opname',
          questions: [],
        },
        {
          id: 'tl-manager:anonimiteit',
          label: 'Anonimiteit',
          questions: [],
        },
      ],
    },
    {
      id: 'tl-manager:s2',
      title: 'Kernonderdeel 1: Algemeen',
      goal: 'Algemene informatie ophalen over de respondent',
      topics: [
        {
          id: 'tl-manager:voorstellen-respondent-met-name-met-betrekking-tot-functie',
          label: 'Voorstellen respondent, met name met betrekking tot functie',
          questions: [],
        },
        {
          id: 'tl-manager:openingsvraag',
          label: 'Openingsvraag',
          questions: [
            {
              id: 'tl-manager:openingsvraag:q1',
              text: 'Als u denkt aan uw team, hoe zou u uw team omschrijven als het gaat over bijvoorbeeld nieuwe plannen opzetten en het delen van informatie met elkaar om de dienstverlening te verbeteren?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-manager:s3',
      title: 'Kernonderdeel 2: Bouwblok 1 – Ondersteunende leeromgeving',
      goal: 'achterhalen in hoeverre een ondersteunende leeromgeving aanwezig is.',
      topics: [
        {
          id: 'tl-manager:psychologische-veiligheid',
          label: 'Psychologische veiligheid',
          indicators: 'Gevoel bij bespreken gedachtes, fouten, ervaringen en meningen.',
          questions: [
            {
              id: 'tl-manager:psychologische-veiligheid:q1',
              text: 'In hoeverre heeft u het idee dat uw teamleden zich comfortabel voelen met het delen van gedachtes en meningen in uw team?',
            },
          ],
        },
        {
          id: 'tl-manager:waardering-voor-verschillen',
          label: 'Waardering voor verschillen',
          indicators: 'Meningen vragen, horen, bespreken en waarderen.',
          questions: [
            {
              id: 'tl-manager:waardering-voor-verschillen:q1',
              text: 'Hoe wordt binnen uw team omgegaan met verschillende meningen?',
            },
          ],
        },
        {
          id: 'tl-manager:openheid-voor-nieuwe-ideeen',
          label: 'Openheid voor nieuwe ideeën',
          indicators: 'Ideeën aanmoedigen en waarderen; nadruk op verbetering.',
          questions: [
            {
              id: 'tl-manager:openheid-voor-nieuwe-ideeen:q1',
              text: 'Heeft u het idee dat uw teamleden zich gesteund en gewaardeerd voelen als ze nieuwe ideeën aandragen?',
            },
          ],
        },
        {
          id: 'tl-manager:tijd-voor-reflectie',
          label: 'Tijd voor reflectie',
          indicators: 'Vaste evaluatiemomenten; stress en werkdruk; procedures in relatie tot goed doen van het werk.',
          questions: [
            {
              id: 'tl-manager:tijd-voor-reflectie:q1',
              text: 'In hoeverre vindt u dat, als u kijkt naar de beschikbare tijd en middelen, uw teamleden hun werk goed kunnen doen?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-manager:s4',
      title: 'Kernonderdeel 3: Effecten, verschillen en verbeterpunten',
      goal: 'in beeld brengen mogelijke effecten en verbeterpunten rondom leren.',
      topics: [
        {
          id: 'tl-manager:effecten',
          label: 'Effecten',
          questions: [
            {
              id: 'tl-manager:effecten:q1',
              text: 'In hoeverre vindt u dat uw team voldoende informatie en ervaringen verzameld en inzet op het gebied van het sociaal domein?',
            },
            {
              id: 'tl-manager:effecten:q2',
              text: 'In (DOCUMENTNAAM) omschrijft de gemeente/team zich als “…”, in hoeverre kunt u zich hierin vinden?',
              placeholders: [
                { token: '(DOCUMENTNAAM)', key: 'documentnaam', kind: 'document' },
                { token: '“…”', key: 'citaat', kind: 'quote' },
              ],
            },
            {
              id: 'tl-manager:effecten:q3',
              text: 'Heeft u het gevoel uw team voldoende in kan spelen op de veranderingen binnen het sociaal domein? Zo ja, waarom? Zo nee, waarom niet?',
            },
            {
              id: 'tl-manager:effecten:q4',
              text: 'Als er veranderingen plaatsvinden in de aanpak, wat voor een veranderingen zijn dit dan?',
            },
            {
              id: 'tl-manager:effecten:q5',
              text: 'In hoeverre speelt de ontwikkeling van de organisatie met betrekking tot het verbeteren van dienstverlening en oplossen van vraagstukken een centrale rol binnen de gemeente?',
            },
            {
              id: 'tl-manager:effecten:q6',
              text: 'Door welke factoren zowel in- en extern in uw organisatie worden uw werkzaamheden en ontwikkeling beïnvloed? (Denk aan cultuur, visie en strategie, structuur van de organisatie en de omgeving).',
            },
            {
              id: 'tl-manager:effecten:q7',
              text: 'In hoeverre speelt het college bij de organisatieontwikkeling een rol?',
            },
          ],
        },
        {
          id: 'tl-manager:verschillen',
          label: 'Verschillen',
          questions: [
            {
              id: 'tl-manager:verschillen:q1',
              text: 'Welke verschillen ziet u tussen de Achterhoekse gemeenten als het gaat om inzet van informatie en ervaringen, innovatie/experimenten etc. binnen het sociaal domein?',
            },
          ],
        },
        {
          id: 'tl-manager:verbeterpunten',
          label: 'Verbeterpunten',
          questions: [
            {
              id: 'tl-manager:verbeterpunten:q1',
              text: 'Welke verbeterpunten met betrekking tot de organisatieontwikkeling heeft u voor uw team en/of gemeente?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-manager:s5',
      title: 'Kernonderdeel 4: Bouwblok 2 – Concrete leerprocessen en praktijken',
      instruction:
        '(indien onduidelijke en/of opvallende zaken bij ingevulde vragenlijst: van te voren aankruisen van de vragen die moeten worden nagevraagd)',
      goal: 'achterhalen in hoeverre concrete maatregelen genomen worden om leren te bevorderen.',
      topics: [
        {
          id: 'tl-manager:informatie-overdracht',
          label: 'Informatie overdracht',
          indicators: 'forum aanwezig; regelmaat van kennis, ervaringen en bp. delen.',
          questions: [
            {
              id: 'tl-manager:informatie-overdracht:q1',
              text: 'In de vragenlijst heeft u ingevuld dat uw team weinig informatie deelt met collega’s, kunt u uitleggen waarom?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-manager:experimenteren',
          label: 'Experimenteren',
          indicators: 'mate van experimenteren; formeel proces voor experimenteren.',
          questions: [
            {
              id: 'tl-manager:experimenteren:q1',
              text: 'In de vragenlijst heeft u ingevuld dat uw team nog nooit een experiment(eel beleid) heeft opgezet, kunt u uitleggen waarom uw team dit nog nooit heeft gedaan?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-manager:verzamelen-van-informatie',
          label: 'Verzamelen van informatie',
          indicators: 'informatie verzamelen over trends, cliënten en organisaties.',
          questions: [
            {
              id: 'tl-manager:verzamelen-van-informatie:q1',
              text: 'In de vragenlijst heeft u ingevuld dat de gemeente niet echt focust op o.a. innovatie projecten, heeft u een idee waarom dit zo is?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-manager:analyses',
          label: 'Analyses',
          indicators: 'perspectieven zoeken, behandelen en waarderen; kritisch denken.',
          questions: [
            {
              id: 'tl-manager:analyses:q1',
              text: 'In de vragenlijst heeft u ingevuld dat uw team geen kritische feedback geeft, vindt uw team dit lastig of is hiervoor een andere reden?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-manager:onderwijs-en-training',
          label: 'Onderwijs en training',
          indicators: 'trainingen nieuwe medewerkers; trainingen ervaren medewerkers.',
          questions: [
            {
              id: 'tl-manager:onderwijs-en-training:q1',
              text: 'In de vragenlijst heeft u ingevuld dat uw team geen cursussen volgt, wat is hiervoor de reden?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-manager:visie-op-leren',
          label: 'Visie op leren',
          indicators: 'leerdoelen; gemeenschappelijke visie; creativiteit belonen.',
          questions: [
            {
              id: 'tl-manager:visie-op-leren:q1',
              text: 'In de vragenlijst heeft u ingevuld dat de gemeente geen leerdoelen heeft opgesteld, vindt u dat uw organisatie voldoende gefocust is op de ontwikkeling van de organisatie?',
              followUp: true,
            },
          ],
        },
      ],
    },
    {
      id: 'tl-manager:s6',
      title: 'Kernonderdeel 4: Bouwblok 3 – Leiderschap dat leren versterkt',
      instruction:
        '(indien onduidelijke en/of opvallende zaken bij ingevulde vragenlijst: van te voren aankruisen van de vragen die moeten worden nagevraagd)',
      goal: 'achterhalen in hoeverre de manager door middel van leiderschap leren bevorderd.',
      topics: [
        {
          id: 'tl-manager:actief-bevragen-en-luisteren',
          label: 'Actief bevragen en luisteren',
          indicators: 'vragen stellen; luisteren.',
          questions: [
            {
              id: 'tl-manager:actief-bevragen-en-luisteren:q1',
              text: 'In de vragenlijst heeft u ingevuld dat u vindt dat u uw medewerkers geen vragen stelt, welke reden heeft u hiervoor?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-manager:belang-van-leren',
          label: 'Belang van leren',
          indicators: 'beschikbaar stellen tijd, middelen en momenten; eigen beperkingen; aanmoedigen.',
          questions: [
            {
              id: 'tl-manager:belang-van-leren:q1',
              text: 'In de vragenlijst heeft u ingevuld dat u vindt dat u uw medewerkers niet aanmoedigt om informatie uit te wisselen (met andere organisaties), waarom doet u dit niet?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-manager:ondersteunen-verschillende-perspectieven',
          label: 'Ondersteunen verschillende perspectieven',
          indicators: 'openheid andere perspectieven; bekritiseren perspectieven.',
          questions: [
            {
              id: 'tl-manager:ondersteunen-verschillende-perspectieven:q1',
              text: 'In de vragenlijst heeft u ingevuld dat u vindt dat u niet openstaat voor verschillende perspectieven, waarom staat u hier niet voor open?',
              followUp: true,
            },
          ],
        },
      ],
    },
    {
      id: 'tl-manager:s7',
      title: 'Afsluiting',
      goal: 'aantal praktische mededelingen communiceren.',
      topics: [
        {
          id: 'tl-manager:vragen-en-of-opmerkingen',
          label: 'Vragen en/of opmerkingen',
          questions: [],
        },
        {
          id: 'tl-manager:eventueel-vragen-contactgegevens-interessante-respondenten',
          label: 'Eventueel vragen contactgegevens interessante respondenten',
          questions: [],
        },
        {
          id: 'tl-manager:toesturen-transcript-onderzoek',
          label: 'Toesturen transcript + onderzoek',
          questions: [],
        },
        {
          id: 'tl-manager:bedanken',
          label: 'Bedanken',
          questions: [],
        },
      ],
    },
  ],
} satisfies TopicList;
