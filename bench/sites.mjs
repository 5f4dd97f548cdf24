// What `make bench` (bench/run.mjs) and bench/ab.mjs load and click: the widget's selectors and
// the journey's answers.

/** The widget's page: the heading is the prerendered start page's at first, the widget's own
 * once it runs ("live"); its button counts for "interactive" only when the widget runs. */
export const OURS = {
  heading: '.og-widget h1',
  button: '.og-widget:not([data-og-prerendered]) button',
  live: '.og-widget:not([data-og-prerendered]) h1',
};

/** The floor app's page. */
export const FLOOR = { heading: '#app h1', button: '#app button' };

/** The journey: after "Börja", these choices, each followed by "Fortsätt"; then "Kontrollera
 * dina svar" and "Visa vad du ska göra". */
export const ANSWERS = [
  'Nej, det är inte akut',
  'Förskola, skola, fritidshem eller elevhälsa',
  'En förälder dricker för mycket eller använder droger',
  'Ja, något av detta',
];
