/**
 * Bijlage 1 ("Afkortingen respondenten en documenten") and Bijlage 2 ("Documenten per
 * gemeente") of the thesis: the eight Achterhoek municipalities with the abbreviation used
 * in respondent and document codes, and the documents analysed per municipality, which the
 * app offers for the (DOCUMENTNAAM) placeholder. Titles are verbatim, in source order
 * (Oude IJsselstreek lists "Programmabegroting" twice in the source).
 */
import type { Organisation } from '../study/schema';

export const exampleOrganisations = [
  { name: 'Aalten', abbreviation: 'A' },
  { name: 'Berkelland', abbreviation: 'B' },
  { name: 'Bronckhorst', abbreviation: 'Br' },
  { name: 'Doetinchem', abbreviation: 'D' },
  { name: 'Montferland', abbreviation: 'M' },
  { name: 'Oost Gelre', abbreviation: 'O' },
  { name: 'Oude IJsselstreek', abbreviation: 'OIJ' },
  { name: 'Winterswijk', abbreviation: 'W' },
] satisfies Organisation[];

/** Municipality name (as in `exampleOrganisations`) → document titles, Bijlage 2. */
export const exampleDocuments: Record<string, string[]> = {
  Aalten: [
    'Beleidsplan Jeugdwet',
    'Beleidsplan Participatiewet',
    'Beleidsplan Wmo',
    'Programmabegroting',
    'Coalitieakkoord',
    'Bestuursscan',
    'Werken in Gelderland',
    'YouTube',
    'Visie Aalten 2027',
    'Jaarstukken 2015',
  ],
  Berkelland: [
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
  ],
  Bronckhorst: [
    'Beleidsplan sociaal domein',
    'Programmabegroting',
    'Coalitieakkoord',
    'Bestuursscan',
    'Werken in Gelderland',
    'YouTube',
  ],
  Doetinchem: [
    'Beleidsplan sociaal domein',
    'Begroting',
    'Coalitieakkoord',
    'Bestuursscan',
    'Werken in Gelderland',
    'YouTube',
    'Visie gD2020',
    'Plan van Aanpak Visie gD2020',
  ],
  Montferland: [
    'Beleidsplan Jeugdwet',
    'Beleidsplan Participatiewet',
    'Beleidsplan Wmo',
    'Programmabegroting',
    'Raadsprogramma',
    'Bestuursscan',
    'Werken in Gelderland',
    'YouTube',
  ],
  'Oost Gelre': [
    'Beleidsplan Jeugdhulp',
    'Beleidsplan Wmo',
    'Speerpuntennota',
    'Programmabegroting',
    'Coalitieakkoord',
    'Bestuursscan',
    'Werken in Gelderland',
    'YouTube',
    'Toekomstvisie 2020',
  ],
  'Oude IJsselstreek': [
    'Beleidsplan sociaal domein',
    'Programmabegroting',
    'Coalitieakkoord',
    'Programmabegroting',
    'Bestuursscan',
    'Werken in Gelderland',
    'YouTube',
    'Teamposter 1',
    'Teamposter 2',
    'Stand van zaken experimenten',
  ],
  Winterswijk: [
    'Beleidsplan Jeugdhulp',
    'Beleidsplan Participatiewet',
    'Beleidsplan Wmo',
    'Coalitieakkoord',
    'Programmabegroting',
    'Bestuursscan',
    'Werken in Gelderland',
    'YouTube',
  ],
};

/**
 * The last row of Bijlage 2, "Regio": documents of the Achterhoek region as a whole, not of
 * one municipality. Kept apart so `exampleDocuments` stays keyed by municipality.
 */
export const exampleRegionalDocuments = [
  'D’ran in transities',
  'Transformatie Sociaal Domein Achterhoek 2015 en verder',
  'Convenant Achterhoek 2020',
  'Analysedocument jeugdzorg Achterhoek',
  'Achterhoekse kaderstelling voor het maatschappelijk domein',
] satisfies string[];
