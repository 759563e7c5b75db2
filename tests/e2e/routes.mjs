// Every route of the site with a real id, for screenshots and accessibility checks. The built
// site's sitemap.xml (from the app's router) is the list of pages; a test checks that every page
// type in it has an entry here. Embeds are not in the sitemap; `app: false` marks a page that
// loads no app (it never sets <html data-app>); `static: true` a page that reads completely as
// built and starts the app only when asked for more (src/app.rs, `Section::adoption`: it marks
// <html data-app="static">). `ready` is what shows the page is complete;
// `reach` is an element a reader scrolls to first (the chart is drawn once it is reached).
export const ROUTES = [
  { name: 'overview', path: '' },
  { name: 'measures', path: 'measures' },
  { name: 'measures-filtered', path: 'measures?goal=8.2&q=ikt' },
  { name: 'measure', path: 'measures/8.1.2.5' },
  { name: 'goal', path: 'goals/8.1', static: true },
  { name: 'direction', path: 'directions/8.2.1', static: true },
  { name: 'indicators', path: 'indicators', static: true },
  { name: 'indicator', path: 'indicators/4.1.5', reach: 'figure.chart', ready: '.chart-canvas[_echarts_instance_] svg' },
  // A citation's permanent link: pinned to the snapshot the page was built with, the latest.
  { name: 'indicator-cited', path: 'indicators/4.1.5?as_of=2026-Q3', reach: 'figure.chart', ready: '.chart-canvas[_echarts_instance_] svg' },
  { name: 'agency', path: 'agencies/amb', static: true },
  { name: 'agencies', path: 'agencies', static: true },
  { name: 'flagships', path: 'flagships', static: true },
  // With one snapshot published (the real data) there is no comparison form: nothing needs the app.
  { name: 'changes', path: 'changes', static: true },
  { name: 'feedback', path: 'feedback?topic=8.1.1.1', ready: 'form.feedback-form' },
  { name: 'feedback-choose', path: 'feedback', ready: 'form.feedback-form' },
  { name: 'about', path: 'about', static: true },
  // A path below a language with no page: the language's not-found page (status 404), static.
  { name: 'not-found', path: 'no-such-page', static: true },
  { name: 'embed', path: 'embed/indicators/4.1.5/2026-Q3', ready: 'figure.chart', app: false },
];

/** What a route's built page marks on <html data-app> once it has started: `static` or `adopted`. */
export function startedAs(route) {
  return route.static ? 'static' : 'adopted';
}

/** The page type of a path below the language: `measures/8.1.1.1` → `measures/:id`. */
export function pageType(path) {
  const [section, id] = path.split('?')[0].split('/');
  return id === undefined ? section : `${section}/:id`;
}

/** Waits until a route's page is complete, scrolling to what a reader would reach first. */
export async function whenReady(page, route, timeout = 15000) {
  if (route.reach) await page.locator(route.reach).scrollIntoViewIfNeeded({ timeout });
  await page.waitForSelector(route.ready ?? '#main h1', { timeout });
}
