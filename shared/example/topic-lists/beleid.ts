/** Bijlage 5.1 of the thesis, word for word: the topic list for policy officers who returned the questionnaire. */
import type { TopicList } from '../../study/schema';

export const beleidTopicList = {
  id: 'tl-beleid',
  title: 'Topiclijst beleidsmedewerkers (indien ingevulde vragenlijst)',
  source: 'Bijlage 5.1',
  sections: [
    {
      id: 'tl-beleid:s1',
      title: 'Inleiding',
      goal: 'voorstellen van onderzoeker en onderzoek (zonder benoemen leren)',
      topics: [
        {
          id: 'tl-beleid:voorstellen',
          label: 'Voorstellen',
          indicators: 'opleiding, master, onderwerp',
          questions: [],
        },
        {
          id: 'tl-beleid:toestemming-vragen-voor-opname',
          label: 'Toestemming vragen voor opname',
          questions: [],
        },
        {
          id: 'tl-beleid:anonimiteit',
          label: 'Anonimiteit',
          questions: [],
        },
      ],
    },
    {
      id: 'tl-beleid:s2',
      title: 'Kernonderdeel 1: Algemeen',
      goal: 'Algemene informatie ophalen over de respondent',
      topics: [
        {
          id: 'tl-beleid:voorstellen-respondent-met-name-met-betrekking-tot-functie',
          label: 'Voorstellen respondent, met name met betrekking tot functie',
          questions: [],
        },
        {
          id: 'tl-beleid:openingsvraag',
          label: 'Openingsvraag',
          questions: [
            {
              id: 'tl-beleid:openingsvraag:q1',
              text: 'Als u denkt aan uw team, hoe zou u uw team omschrijven als het gaat over bijvoorbeeld het opzetten van nieuwe plannen en het delen van informatie met elkaar om de dienstverlening te verbeteren?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-beleid:s3',
      title: 'Kernonderdeel 2: Bouwblok 1 – Ondersteunende leeromgeving',
      goal: 'achterhalen in hoeverre een ondersteunende leeromgeving aanwezig is.',
      topics: [
        {
          id: 'tl-beleid:psychologische-veiligheid',
          label: 'Psychologische veiligheid',
          indicators: 'Gevoel bij bespreken gedachtes, fouten, ervaringen en meningen.',
          questions: [
            {
              id: 'tl-beleid:psychologische-veiligheid:q1',
              text: 'In hoeverre voelt u zich comfortabel met het delen van gedachtes en meningen in uw team?',
            },
          ],
        },
        {
          id: 'tl-beleid:waardering-voor-verschillen',
          label: 'Waardering voor verschillen',
          indicators: 'Meningen vragen, horen, bespreken en waarderen.',
          questions: [
            {
              id: 'tl-beleid:waardering-voor-verschillen:q1',
              text: 'Hoe wordt binnen uw team omgegaan met verschillende meningen en werkwijzen?',
            },
          ],
        },
        {
          id: 'tl-beleid:openheid-voor-nieuwe-ideeen',
          label: 'Openheid voor nieuwe ideeën',
          indicators: 'Ideeën aanmoedigen en waarderen; nadruk op verbetering.',
          questions: [
            {
              id: 'tl-beleid:openheid-voor-nieuwe-ideeen:q1',
              text: 'Voelt u zich gesteund en gewaardeerd als u nieuwe ideeën aandraagt?',
            },
          ],
        },
        {
          id: 'tl-beleid:tijd-voor-reflectie',
          label: 'Tijd voor reflectie',
          indicators: 'Vaste evaluatiemomenten; stress en werkdruk; procedures in relatie tot goed doen van het werk.',
          questions: [
            {
              id: 'tl-beleid:tijd-voor-reflectie:q1',
              text: 'In hoeverre vindt u dat, als u kijkt naar de beschikbare tijd en middelen, u uw werk goed kan doen?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-beleid:s4',
      title: 'Kernonderdeel 3: Effecten, verschillen en verbeterpunten',
      goal: 'in beeld brengen mogelijke effecten en verbeterpunten rondom leren.',
      topics: [
        {
          id: 'tl-beleid:effecten',
          label: 'Effecten',
          questions: [
            {
              id: 'tl-beleid:effecten:q1',
              text: 'In hoeverre vindt u dat uw team voldoende informatie en ervaringen verzameld en inzet op het gebied van het sociaal domein?',
            },
            {
              id: 'tl-beleid:effecten:q2',
              text: 'In (DOCUMENTNAAM) omschrijft de gemeente/team zich als “…”, in hoeverre kunt u zich hierin vinden?',
              placeholders: [
                { token: '(DOCUMENTNAAM)', key: 'documentnaam', kind: 'document' },
                { token: '“…”', key: 'citaat', kind: 'quote' },
              ],
            },
            {
              id: 'tl-beleid:effecten:q3',
              text: 'In hoeverre speelt de ontwikkeling van de organisatie met betrekking tot het verbeteren van dienstverlening en oplossen van vraagstukken een centrale rol binnen de gemeente?',
            },
            {
              id: 'tl-beleid:effecten:q4',
              text: 'Heeft u het gevoel uw team voldoende in kan spelen op de veranderingen binnen het sociaal domein? Zo ja, waarom? Zo nee, waarom niet?',
            },
            {
              id: 'tl-beleid:effecten:q5',
              text: 'Als er veranderingen plaatsvinden in de aanpak, wat voor een veranderingen zijn dit dan?',
            },
            {
              id: 'tl-beleid:effecten:q6',
              text: 'Door welke factoren zowel in- en extern in uw organisatie worden uw werkzaamheden en ontwikkeling beïnvloed? (Denk aan cultuur, visie en strategie, structuur van de organisatie en de omgeving).',
            },
            {
              id: 'tl-beleid:effecten:q7',
              text: 'In hoeverre speelt het college bij de organisatieontwikkeling een rol?',
            },
          ],
        },
        {
          id: 'tl-beleid:verschillen',
          label: 'Verschillen',
          questions: [
            {
              id: 'tl-beleid:verschillen:q1',
              text: 'Welke verschillen ziet u tussen de Achterhoekse gemeenten als het gaat om inzet van informatie en ervaringen, innovatie/experimenten etc. binnen het sociaal domein?',
            },
          ],
        },
        {
          id: 'tl-beleid:verbeterpunten',
          label: 'Verbeterpunten',
          questions: [
            {
              id: 'tl-beleid:verbeterpunten:q1',
              text: 'Welke verbeterpunten met betrekking tot de organisatieontwikkeling heeft u voor uw team en/of gemeente?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-beleid:s5',
      title: 'Kernonderdeel 4: Bouwblok 2 – Concrete leerprocessen en praktijken',
      instruction:
        '(indien onduidelijke en/of opvallende zaken bij ingevulde vragenlijst: van te voren aankruisen van de vragen die moeten worden nagevraagd)',
      goal: 'achterhalen in hoeverre concrete maatregelen genomen worden om leren te bevorderen.',
      topics: [
        {
          id: 'tl-beleid:informatie-overdracht',
          label: 'Informatie overdracht',
          indicators: 'forum aanwezig; regelmaat van kennis, ervaringen en bp.delen.',
          questions: [
            {
              id: 'tl-beleid:informatie-overdracht:q1',
              text: 'In de vragenlijst heeft u ingevuld dat u weinig informatie deelt met uw collega’s, kunt u uitleggen waarom niet?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-beleid:experimenteren',
          label: 'Experimenteren',
          indicators: 'mate van experimenteren; formeel proces voor experimenteren.',
          questions: [
            {
              id: 'tl-beleid:experimenteren:q1',
              text: 'In de vragenlijst heeft u ingevuld dat u nog nooit een experiment(eel beleid) heeft opgezet, kunt u uitleggen, kunt u mij uitleggen waarom dit nooit is voorgevallen?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-beleid:verzamelen-van-informatie',
          label: 'Verzamelen van informatie',
          indicators: 'informatie verzamelen over trends, cliënten en organisaties.',
          questions: [
            {
              id: 'tl-beleid:verzamelen-van-informatie:q1',
              text: 'In de vragenlijst heeft u ingevuld dat de gemeente niet echt focust op o.a. innovatie projecten, heeft u een idee waarom dit zo is?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-beleid:analyses',
          label: 'Analyses',
          indicators: 'perspectieven zoeken, behandelen en waarderen; kritisch denken.',
          questions: [
            {
              id: 'tl-beleid:analyses:q1',
              text: 'In de vragenlijst heeft u ingevuld dat u geen kritische feedback geeft, vindt u dit lastig of is hiervoor een andere reden?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-beleid:onderwijs-en-training',
          label: 'Onderwijs en training',
          indicators: 'trainingen nieuwe medewerkers; trainingen ervaren medewerkers.',
          questions: [
            {
              id: 'tl-beleid:onderwijs-en-training:q1',
              text: 'In de vragenlijst heeft u ingevuld dat u geen cursussen volgt, wat is hiervoor de reden?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-beleid:visie-op-leren',
          label: 'Visie op leren',
          indicators: 'leerdoelen; gemeenschappelijke visie; creativiteit belonen.',
          questions: [
            {
              id: 'tl-beleid:visie-op-leren:q1',
              text: 'In de vragenlijst heeft u ingevuld dat de gemeente geen leerdoelen heeft opgesteld, vindt u dat uw organisatie voldoende gefocust is op de ontwikkeling van de organisatie?',
              followUp: true,
            },
          ],
        },
      ],
    },
    {
      id: 'tl-beleid:s6',
      title: 'Kernonderdeel 5: Bouwblok 3 – Leiderschap dat leren versterkt',
      instruction:
        '(indien onduidelijke en/of opvallende zaken bij ingevulde vragenlijst: van te voren aankruisen van de vragen die moeten worden nagevraagd)',
      goal: 'achterhalen in hoeverre de manager door middel van leiderschap leren bevorderd.',
      topics: [
        {
          id: 'tl-beleid:actief-bevragen-en-luisteren',
          label: 'Actief bevragen en luisteren',
          indicators: 'vragen stellen; luisteren.',
          questions: [
            {
              id: 'tl-beleid:actief-bevragen-en-luisteren:q1',
              text: 'In de vragenlijst heeft u ingevuld dat u vindt dat uw manager niet voldoende vragen aan u stelt, hoe vindt u dit?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-beleid:belang-van-leren',
          label: 'Belang van leren',
          indicators: 'beschikbaar stellen tijd, middelen en momenten; eigen beperkingen; aanmoedigen.',
          questions: [
            {
              id: 'tl-beleid:belang-van-leren:q1',
              text: 'In de vragenlijst heeft u ingevuld dat u vindt dat uw manager u niet aanmoedigt om informatie en ervaringen te delen (met andere organisatie), staat dit uw ontwikkeling in de weg?',
              followUp: true,
            },
          ],
        },
        {
          id: 'tl-beleid:ondersteunen-verschillende-perspectieven',
          label: 'Ondersteunen verschillende perspectieven',
          indicators: 'openheid andere perspectieven; bekritiseren perspectieven.',
          questions: [
            {
              id: 'tl-beleid:ondersteunen-verschillende-perspectieven:q1',
              text: 'In de vragenlijst heeft u ingevuld dat u vindt dat uw manager niet openstaat voor verschillende perspectieven en denkwijzen, vindt u dit vervelend en een belemmering voor uw werk?',
              followUp: true,
            },
          ],
        },
      ],
    },
    {
      id: 'tl-beleid:s7',
      title: 'Afsluiting',
      goal: 'aantal praktische mededelingen communiceren.',
      topics: [
        {
          id: 'tl-beleid:vragen-en-of-opmerkingen',
          label: 'Vragen en/of opmerkingen',
          questions: [],
        },
        {
          id: 'tl-beleid:eventueel-vragen-contactgegevens-interessante-respondenten',
          label: 'Eventueel vragen contactgegevens interessante respondenten',
          questions: [],
        },
        {
          id: 'tl-beleid:toesturen-transcript-onderzoek',
          label: 'Toesturen transcript + onderzoek',
          questions: [],
        },
        {
          id: 'tl-beleid:bedanken',
          label: 'Bedanken',
          questions: [],
        },
      ],
    },
  ],
} satisfies TopicList;
