export const refi = {
  automatic: { root: 'Automatische codes', speakers: 'Spreker', sections: 'Onderdeel van de leidraad', topics: 'Onderwerp' },
  exportCodebook: 'Codeboek exporteren (.qdc)',
  importCodebook: 'Codeboek importeren (.qdc of .qdpx)',
  codebookHint: 'REFI-QDA: wat NVivo, ATLAS.ti, MAXQDA en QualCoder uitwisselen.',
  codebookSaved: 'Codeboek opgeslagen: {{location}}',
  codebookImported: 'Codeboom “{{title}}” toegevoegd met {{count}} codes.',
  codebookExtended: 'Codeboom “{{title}}” aangevuld; nu {{count}} codes.',
  importFailed: '{{file}} is niet ingelezen.',
  notXml: 'Het bestand is geen XML.',
  noCodes: 'Het bestand bevat geen REFI-QDA-codes.',
  notZip: 'Het bestand is geen .qdpx (geen zip).',
  noProject: 'In het .qdpx-bestand staat geen project.qde.',
};
