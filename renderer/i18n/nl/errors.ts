export const errors = {
  saveFailed:
    'Opslaan is mislukt. Uw invoer staat nog op het scherm; controleer of de schijf vol is en probeer het opnieuw.',
  saveRetrying:
    'Opslaan lukt even niet. U kunt gewoon doorwerken: uw invoer wordt op deze computer vastgehouden en vanzelf opgeslagen zodra het weer lukt.',
  diskFull:
    'De schijf is vol, dus opslaan lukt nu niet. U kunt gewoon doortypen: uw invoer wordt vastgehouden en vanzelf opgeslagen zodra er weer ruimte is.',
  saveResumed: 'Opslaan lukt weer: alles is opgeslagen.',
};
