import type { Messages } from '../nl';

export const refi: Messages['refi'] = {
  automatic: { root: 'Automatic codes', speakers: 'Speaker', sections: 'Guide section', topics: 'Topic' },
  exportCodebook: 'Export codebook (.qdc)',
  importCodebook: 'Import codebook (.qdc or .qdpx)',
  codebookHint: 'REFI-QDA: what NVivo, ATLAS.ti, MAXQDA and QualCoder exchange.',
  codebookSaved: 'Codebook saved: {{location}}',
  codebookImported: 'Code tree “{{title}}” added with {{count}} codes.',
  codebookExtended: 'Code tree “{{title}}” extended; now {{count}} codes.',
  importFailed: '{{file}} was not read.',
  notXml: 'The file is not XML.',
  noCodes: 'The file holds no REFI-QDA codes.',
  notZip: 'The file is not a .qdpx (not a zip).',
  noProject: 'The .qdpx file holds no project.qde.',
};
