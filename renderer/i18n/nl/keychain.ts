export const keychain = {
  title: 'Ontgrendelen op deze computer',
  choice: 'Op deze computer ontgrendelen zonder wachtwoord (sleutelhanger van het systeem)',
  explanation:
    'Veldwerk bewaart de sleutel dan in de sleutelhanger van uw besturingssysteem, die hem beschermt met uw aanmelding op deze computer. Het gemak heeft een prijs: wie zich op deze computer als u kan aanmelden, kan Veldwerk openen zonder wachtwoord. Kies dit alleen op een computer die u vertrouwt en die een goed aanmeldwachtwoord heeft. Een gestolen, uitgeschakelde laptop blijft beschermd. Na “Nu vergrendelen” of een tijd zonder gebruik vraagt Veldwerk wel uw wachtwoord.',
  turnedOn: 'Veldwerk gaat op deze computer voortaan open zonder wachtwoord.',
  turnedOff: 'De sleutel is uit de sleutelhanger verwijderd. Veldwerk vraagt weer uw wachtwoord.',
  refused: 'De sleutelhanger van het systeem nam de sleutel niet aan. Er is niets veranderd; Veldwerk vraagt uw wachtwoord.',
  failed: 'Dit lukte niet. Er is niets veranderd; probeer het opnieuw.',
  trying: 'Ontgrendelen met de sleutelhanger van het systeem…',
  unlockFailed: 'De sleutelhanger van het systeem kon Veldwerk niet ontgrendelen. Vul uw wachtwoord in.',
  afterLock: 'Veldwerk is vergrendeld. Vul uw wachtwoord in; bij de volgende start opent de sleutelhanger Veldwerk weer.',
};
