// A failed save, print or file write, by the code main sends (renderer/platform/error-text.ts).
export const platformErrors = {
  forbiddenSender: 'Dit verzoek kwam niet van Veldwerk zelf en is geweigerd.',
  invalidArgument:
    'Veldwerk gaf een onjuist verzoek door en heeft niets opgeslagen. Probeer het opnieuw; gebeurt dit weer, meld het dan.',
  diskFull: 'De schijf is vol. Het bestand is niet opgeslagen; maak ruimte vrij of kies een andere plek.',
  quotaExceeded: 'Uw opslagruimte is op. Het bestand is niet opgeslagen; maak ruimte vrij of kies een andere plek.',
  noPermission: 'Veldwerk mag op deze plek niet schrijven. Het bestand is niet opgeslagen; kies een andere map.',
  notPermitted:
    'Veldwerk mag dit bestand niet schrijven, of het is geopend in een ander programma. Sluit het of kies een andere plek.',
  readOnly: 'Deze schijf is alleen-lezen. Het bestand is niet opgeslagen; kies een andere plek.',
  fileInUse: 'Het bestand is geopend in een ander programma. Sluit het en probeer het opnieuw.',
  writeFailed:
    'Het bestand kon niet worden opgeslagen (systeemfout {{systemCode}}). Probeer het opnieuw of kies een andere plek.',
  internal: 'Er ging iets onverwachts mis. Probeer het opnieuw.',
  noAnswer: 'Veldwerk kon dit nu niet uitvoeren. Probeer het opnieuw.',
};
