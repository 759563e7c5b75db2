// Benchmarks measure the build readers get: a site built for the tests (SITE_DEBUG_INFO=1, with
// Leptos's debug info in the wasm) is larger and slower, so the measuring scripts refuse it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Exits with a message when `dist` was built for the tests rather than for readers. */
export function requireMeasurableBuild(dist = 'dist') {
  if (existsSync(join(dist, '.debug-info'))) {
    console.error(`${dist} was built for the tests (SITE_DEBUG_INFO=1): rebuild it with scripts/assemble-site.sh before measuring`);
    process.exit(2);
  }
}
