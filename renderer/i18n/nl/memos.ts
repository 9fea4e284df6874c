export const memos = {
  title: 'Memo’s',
  hint: 'Eigen observaties; ze komen niet in het transcript.',
  new: 'Nieuwe memo',
  placeholder: 'Observatie… ({{save}} bewaart, {{back}} terug naar het transcript)',
  add: 'Memo bewaren',
  remove: 'Memo verwijderen: {{text}}',
  removeShort: 'verwijderen',
};
