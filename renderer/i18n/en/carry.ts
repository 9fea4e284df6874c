import type { Messages } from '../nl';

export const carry: Messages['carry'] = {
  title: 'More attention asked',
  intro: 'From the reflection on earlier interviews:',
  raisedBy: 'after {{who}}',
  clear: 'Clear',
  clearNamed: 'Clear more attention for {{topic}}',
  mark: 'more attention',
  markTitle: 'More attention asked after {{who}}',
  cleared: '“{{topic}}” is cleared.',
};
