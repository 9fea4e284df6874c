export const guideReminder = {
  named: 'Meer aandacht gevraagd voor {{topic}}',
};
