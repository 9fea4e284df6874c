export const documents = {
  title: 'Toe te sturen documenten',
  received: '{{label}} ontvangen',
  in: 'binnen',
  waiting: 'nog niet binnen',
};
