export const connection = {
  title: 'Veldwerk is in een ander venster geopend',
  explanation:
    'Een ander venster of een nieuwere versie van Veldwerk gebruikt nu de gegevens. Dit venster slaat niets meer op. Laad het opnieuw om verder te werken; wat al opgeslagen was, blijft bewaard.',
  reload: 'Opnieuw laden',
};
