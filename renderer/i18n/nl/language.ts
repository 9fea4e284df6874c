export const language = { nl: 'Nederlands', en: 'English' };
