export const carry = {
  title: 'Meer aandacht gevraagd',
  intro: 'Uit de reflectie op eerdere interviews:',
  raisedBy: 'na {{who}}',
  clear: 'Afronden',
  clearNamed: 'Meer aandacht voor {{topic}} afronden',
  mark: 'meer aandacht',
  markTitle: 'Meer aandacht gevraagd na {{who}}',
  cleared: '“{{topic}}” is afgerond.',
};
