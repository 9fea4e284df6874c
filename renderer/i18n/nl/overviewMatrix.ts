export const overviewMatrix = {
  region: 'Onderwerpen per interview (schuift horizontaal en verticaal)',
  answersRegion: 'Antwoorden: {{name}} (schuift horizontaal)',
};
