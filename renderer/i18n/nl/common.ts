export const common = { cancel: 'Annuleren', dismiss: 'Sluiten', edit: 'Bewerken', save: 'Opslaan' };
