import type { Messages } from '../nl';

export const guideReminder: Messages['guideReminder'] = {
  named: 'More attention asked for {{topic}}',
};
