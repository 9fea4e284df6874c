export const app = {
  loading: 'Bezig met laden…',
  skipToContent: 'Naar de inhoud',
  recoveredFromCrash:
    'Veldwerk is vastgelopen en opnieuw gestart. Tekst die nog niet was opgeslagen, wordt teruggezet zodra u het interview opent.',
};
