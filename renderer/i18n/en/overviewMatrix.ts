import type { Messages } from '../nl';

export const overviewMatrix: Messages['overviewMatrix'] = {
  region: 'Topics per interview (scrolls horizontally and vertically)',
  answersRegion: 'Answers: {{name}} (scrolls sideways)',
};
