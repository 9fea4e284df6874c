export const flags = {
  reasons: 'Waarom navragen',
  kind: { followUp: 'Navragen', unclear: 'Onduidelijk', context: 'Context', striking: 'Opvallend' },
  weak: 'zwak signaal',
  differsFrom: 'wijkt af van {{type}} van dezelfde organisatie',
};
