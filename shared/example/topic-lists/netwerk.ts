/** Bijlage 1 of the report on regional networks (seed 000), word for word: the interview topic list for networks. The source has no sections; its numbered items are topics. */
import type { TopicList } from '../../study/schema';

export const netwerkTopicList = {
  id: 'tl-netwerk',
  title: 'Interview topiclijst netwerken',
  source: 'Bijlage 1',
  sections: [
    {
      id: 'tl-netwerk:s1',
      title: 'Interview topiclijst netwerken',
      topics: [
        {
          id: 'tl-netwerk:vraag-1',
          label: 'Wat is het doel (en/ of gezamenlijke opgave) van het netwerk?',
          questions: [
            {
              id: 'tl-netwerk:vraag-1:q1',
              text: 'Wat is het doel (en/ of gezamenlijke opgave) van het netwerk?',
              number: '1',
            },
          ],
        },
        {
          id: 'tl-netwerk:vraag-2',
          label: 'Wie zijn de betrokken partijen?',
          questions: [
            {
              id: 'tl-netwerk:vraag-2:q1',
              text: 'Wie zijn de betrokken partijen?',
              number: '2',
            },
          ],
        },
        {
          id: 'tl-netwerk:vraag-3',
          label: 'Welke activiteiten vinden er plaats?',
          questions: [
            {
              id: 'tl-netwerk:vraag-3:q1',
              text: 'Welke activiteiten vinden er plaats?',
              number: '3',
            },
          ],
        },
        {
          id: 'tl-netwerk:vraag-4',
          label: 'Hoe wordt het netwerk vormgegeven?',
          questions: [
            {
              id: 'tl-netwerk:vraag-4:q1',
              text: 'Hoe wordt het netwerk vormgegeven?',
              number: '4',
              probes: [
                'regie',
                'besluitvorming (indien relevant)',
                'coördinatie',
              ],
            },
          ],
        },
        {
          id: 'tl-netwerk:vraag-5',
          label: 'Welke functie heeft kennis in het netwerk?',
          questions: [
            {
              id: 'tl-netwerk:vraag-5:q1',
              text: 'Welke functie heeft kennis in het netwerk?',
              number: '5',
              probesHeading: 'Kennisfuncties:',
              probes: [
                'Contacten: mogelijkheid bieden voor mensen om elkaar te ontmoeten;',
                'Agenderen: prioriteren van kennisvragen, maatschappelijke of beleidsopgaven voor de sector;',
                'Ontwikkelen: genereren van nieuwe inzichten of ontwerpen door onderzoek;',
                'Ontsluiten: beschikbaar maken van bestaande kennis;',
                'Verwerven: bijdragen aan competentieontwikkeling van mensen;',
                'Samenwerken: faciliteren dat mensen gezamenlijke initiatieven ontplooien;',
                'Kennis-makelen: faciliteren dat mensen, kennis en middelen op constructieve wijze bij elkaar komen;',
                'Beleidsadvies: delen van inzichten en prioriteiten met als doel bij te dragen aan beleid',
              ],
            },
          ],
        },
        {
          id: 'tl-netwerk:vraag-6',
          label: 'Welke functie heeft leren in het netwerk?',
          questions: [
            {
              id: 'tl-netwerk:vraag-6:q1',
              text: 'Welke functie heeft leren in het netwerk?',
              number: '6',
              probes: [
                'Wie leert van wie?',
                'Wat leert men van elkaar?',
                'Wat is het doel van leren?',
              ],
            },
          ],
        },
        {
          id: 'tl-netwerk:vraag-7',
          label: 'Hoe worden leerprocessen vormgegeven / ontworpen in het netwerk?',
          questions: [
            {
              id: 'tl-netwerk:vraag-7:q1',
              text: 'Hoe worden leerprocessen vormgegeven / ontworpen in het netwerk?',
              number: '7',
              probes: [
                'Hoe wordt een vraagstuk geselecteerd?',
                'Hoe wordt hieraan gewerkt / welke methoden worden ingezet?',
                'In hoeverre wordt er gereflecteerd?',
                'Hoe en door wie wordt het leren gefaciliteerd?',
                'Wat gaat hierbij goed, wat zijn ontwikkelmogelijkheden?',
              ],
            },
          ],
        },
        {
          id: 'tl-netwerk:vraag-8',
          label: 'Welke leerprocessen zijn waar te nemen in het netwerk?',
          questions: [
            {
              id: 'tl-netwerk:vraag-8:q1',
              text: 'Welke leerprocessen zijn waar te nemen in het netwerk?',
              number: '8',
              probes: [
                'Eigen professionaliteit - werkproces verbeteren',
                'Formeel - informeel leren',
              ],
            },
          ],
        },
        {
          id: 'tl-netwerk:vraag-9',
          label: 'In hoeverre draagt het netwerk bij aan de ontwikkeling van een lerende regio?',
          questions: [
            {
              id: 'tl-netwerk:vraag-9:q1',
              text: 'In hoeverre draagt het netwerk bij aan de ontwikkeling van een lerende regio?',
              number: '9',
            },
            {
              id: 'tl-netwerk:vraag-9:q2',
              text: 'In hoeverre is het netwerk/project of thema’s / vraagstukken gerelateerd aan een kennisagenda /regioagenda /toekomstvisie van de regio / verbindingsgroep?',
            },
            {
              id: 'tl-netwerk:vraag-9:q3',
              text: 'In hoeverre wordt de (kennis)opbrengt / werkzame elementen netwerk gedeeld op regionaal/ lokaal niveau? (gedeeld met andere netwerken?)',
            },
          ],
        },
      ],
    },
  ],
} satisfies TopicList;
