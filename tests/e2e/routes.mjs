// Every route of the site with a real id, for screenshots and accessibility checks.
export const ROUTES = [
  { name: 'overview', path: '' },
  { name: 'about', path: 'about' },
  { name: 'not-found', path: 'no-such-page' },
];
