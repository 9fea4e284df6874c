/** Bijlage 5.3 of the thesis, word for word: the fallback topic list for respondents who did not return the questionnaire, with BELEIDSMEDEWERKER/MANAGER variants. */
import type { TopicList } from '../../study/schema';

export const noodTopicList = {
  id: 'tl-nood',
  title: 'Topiclijst nood (indien geen ingevulde vragenlijst)',
  source: 'Bijlage 5.3',
  sections: [
    {
      id: 'tl-nood:s1',
      title: 'Inleiding',
      goal: 'voorstellen van onderzoeker en onderzoek (zonder benoemen leren)',
      topics: [
        {
          id: 'tl-nood:voorstellen',
          label: 'Voorstellen',
          indicators: 'opleiding, master, onderwerp',
          questions: [],
        },
        {
          id: 'tl-nood:toestemming-vragen-voor-opname',
          label: 'Toestemming vragen voor opname',
          questions: [],
        },
        {
          id: 'tl-nood:anonimiteit',
          label: 'Anonimiteit',
          questions: [],
        },
      ],
    },
    {
      id: 'tl-nood:s2',
      title: 'Kernonderdeel 1: Algemeen',
      goal: 'Algemene informatie ophalen over de respondent',
      topics: [
        {
          id: 'tl-nood:voorstellen-respondent-met-name-met-betrekking-tot-functie',
          label: 'Voorstellen respondent, met name met betrekking tot functie',
          questions: [],
        },
        {
          id: 'tl-nood:openingsvraag',
          label: 'Openingsvraag',
          questions: [
            {
              id: 'tl-nood:openingsvraag:q1',
              text: 'Als u denkt aan uw team, hoe zou u uw team omschrijven als het gaat over bijvoorbeeld het opzetten van nieuwe plannen en het delen van informatie met elkaar om de dienstverlening te verbeteren?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-nood:s3',
      title: 'Kernonderdeel 2: Bouwblok 1 – Ondersteunende leeromgeving',
      goal: 'achterhalen in hoeverre een ondersteunende leeromgeving aanwezig is.',
      topics: [
        {
          id: 'tl-nood:psychologische-veiligheid-waardering-voor-verschillen-openheid-ideeen',
          label: 'Psychologische veiligheid/waardering voor verschillen/openheid ideeën',
          questions: [
            {
              id: 'tl-nood:psychologische-veiligheid-waardering-voor-verschillen-openheid-ideeen:q1',
              text: 'Hoe wordt omgegaan met verschillende meningen en ideeën binnen uw team en voelt u zich hierbij comfortabel?',
            },
          ],
        },
        {
          id: 'tl-nood:tijd-voor-reflectie',
          label: 'Tijd voor reflectie',
          questions: [
            {
              id: 'tl-nood:tijd-voor-reflectie:q1',
              text: 'Hoe wordt er binnen het team geëvalueerd over werkzaamheden zoals nieuwe beleidsnota’s?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-nood:s4',
      title: 'Kernonderdeel 3: Bouwblok 2 – Concrete leerprocessen en praktijken',
      goal: 'achterhalen in hoeverre concrete maatregelen genomen worden om leren te bevorderen.',
      topics: [
        {
          id: 'tl-nood:informatie-overdracht-verzamelen-informatie',
          label: 'Informatie overdracht/verzamelen informatie',
          questions: [
            {
              id: 'tl-nood:informatie-overdracht-verzamelen-informatie:q1',
              text: 'In hoeverre bent u tijdens uw werk bezig met het verzamelen en delen van informatie met collega’s?',
            },
          ],
        },
        {
          id: 'tl-nood:experimenteren',
          label: 'Experimenteren',
          questions: [
            {
              id: 'tl-nood:experimenteren:q1',
              text: 'Hoe vaak zet u een experiment(eel) beleid op en hoe gaat dit in zijn werk?',
            },
          ],
        },
        {
          id: 'tl-nood:visie-op-leren',
          label: 'Visie op leren',
          questions: [
            {
              id: 'tl-nood:visie-op-leren:q1',
              text: 'Geeft uw team aandacht aan leerdoelen voor de team, bijvoorbeeld in de communicatie in team-overleggen of in beleidsnota’s?',
            },
          ],
        },
        {
          id: 'tl-nood:onderwijs-en-trainingen',
          label: 'Onderwijs en trainingen',
          questions: [
            {
              id: 'tl-nood:onderwijs-en-trainingen:q1',
              text: 'Wordt u vanuit uw teamleider gemotiveerd om cursussen te volgen en doet u dit ook daadwerkelijk?',
            },
          ],
        },
        {
          id: 'tl-nood:analyses',
          label: 'Analyses',
          indicators: 'perspectieven zoeken, behandelen en waarderen; kritisch denken.',
          questions: [
            {
              id: 'tl-nood:analyses:q1',
              text: 'Geeft u kritisch feedback op het werk van uw collega’s?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-nood:s5',
      title: 'Kernonderdeel 4: Bouwblok 3 – Leiderschap dat leren versterkt',
      goal: 'achterhalen in hoeverre de manager door middel van leiderschap leren bevorderd.',
      topics: [
        {
          id: 'tl-nood:actief-bevragen-en-luisteren-ondersteunen-perspectieven',
          label: 'Actief bevragen en luisteren/ondersteunen perspectieven',
          questions: [
            {
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
            },
          ],
        },
        {
          id: 'tl-nood:belang-van-leren',
          label: 'Belang van leren',
          questions: [
            {
              id: 'tl-nood:belang-van-leren:q1',
              text: '',
              variants: [
                {
                  role: 'BELEIDSMEDEWERKER',
                  text: 'Vindt u dat uw manager informatie en ervaringen delen binnen en buiten de organisatie stimuleert? Zo ja, hoe doet uw manager dit? Zo nee, waarom niet?',
                },
                {
                  role: 'MANAGER',
                  text: 'Vindt u dat u informatie en ervaringen delen binnen en buiten de organisatie stimuleert? Zo ja, hoe doet u dit? Zo nee, waarom niet?',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'tl-nood:s6',
      title: 'Kernonderdeel 3: Effecten, verschillen en verbeterpunten',
      goal: 'in beeld brengen mogelijke effecten en verbeterpunten rondom leren.',
      topics: [
        {
          id: 'tl-nood:effecten',
          label: 'Effecten',
          questions: [
            {
              id: 'tl-nood:effecten:q1',
              text: 'Heeft u het gevoel uw team voldoende in kan spelen op de veranderingen binnen het sociaal domein? Zo ja, waarom? Zo nee, waarom niet?',
            },
            {
              id: 'tl-nood:effecten:q2',
              text: 'Als er veranderingen plaatsvinden in de aanpak, wat voor een veranderingen zijn dit dan?',
            },
            {
              id: 'tl-nood:effecten:q3',
              text: 'In (DOCUMENTNAAM) omschrijft de gemeente/team zich als “…”, kunt u zich hierin vinden?',
              placeholders: [
                { token: '(DOCUMENTNAAM)', key: 'documentnaam', kind: 'document' },
                { token: '“…”', key: 'citaat', kind: 'quote' },
              ],
            },
            {
              id: 'tl-nood:effecten:q4',
              text: 'Door welke factoren zowel in- en extern in uw organisatie worden uw werkzaamheden en ontwikkeling beïnvloed? (Denk aan cultuur, visie en strategie, structuur van de organisatie en de omgeving).',
            },
            {
              id: 'tl-nood:effecten:q5',
              text: 'In hoeverre speelt het college een rol bij de organisatieontwikkeling?',
            },
          ],
        },
        {
          id: 'tl-nood:verschillen',
          label: 'Verschillen',
          questions: [
            {
              id: 'tl-nood:verschillen:q1',
              text: 'Welke verschillen ziet u tussen de Achterhoekse gemeenten als het gaat om inzet van informatie en ervaringen, innovatie/experimenten etc. binnen het sociaal domein?',
            },
          ],
        },
        {
          id: 'tl-nood:verbeterpunten',
          label: 'Verbeterpunten',
          questions: [
            {
              id: 'tl-nood:verbeterpunten:q1',
              text: 'Welke verbeterpunten met betrekking tot de organisatieontwikkeling heeft u voor uw team en/of gemeente?',
            },
          ],
        },
      ],
    },
    {
      id: 'tl-nood:s7',
      title: 'Afsluiting',
      goal: 'aantal praktische mededelingen communiceren.',
      topics: [
        {
          id: 'tl-nood:vragen-en-of-opmerkingen',
          label: 'Vragen en/of opmerkingen',
          questions: [],
        },
        {
          id: 'tl-nood:eventueel-vragen-voor-contactgegevens-interessante-respondenten',
          label: 'Eventueel vragen voor contactgegevens interessante respondenten',
          questions: [],
        },
        {
          id: 'tl-nood:toesturen-transcript-onderzoek',
          label: 'Toesturen transcript + onderzoek',
          questions: [],
        },
        {
          id: 'tl-nood:bedanken',
          label: 'Bedanken',
          questions: [],
        },
      ],
    },
  ],
} satisfies TopicList;
