export const startup = {
  title: 'Veldwerk kan niet starten',
  newerVersion:
    'De gegevens op deze computer zijn gemaakt met een nieuwere versie van Veldwerk. Installeer die versie om verder te werken.',
  cannotOpen: 'De lokale database kon niet worden geopend.',
  nothingChanged: 'Er is niets gewijzigd of verwijderd.',
};
