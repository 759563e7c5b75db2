// Every built page (dist/**/*.html) passes the Nu HTML checker (vnu.jar from the npm package
// vnu-jar, run with the machine's Java) with no errors; a deliberately invalid fixture page is
// reported, so the check cannot pass by checking nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** Every `.html` file below `dir`. */
function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/** The checker's errors for `files` (vnu writes its JSON report to stderr). */
function nuErrors(files) {
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(run.error, undefined, `could not run java -jar ${VNU}: ${run.error}`);
  const report = JSON.parse(run.stderr);
  return report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

test('the checker reports every error of a deliberately invalid page', () => {
  const errors = nuErrors(['tests/fixtures/invalid-html/index.html']);
  const texts = errors.map((e) => e.message).join('\n');
  assert.match(texts, /integrity/);
  assert.match(texts, /Bogus comment/);
  assert.match(texts, /Duplicate ID/);
  assert.match(texts, /“li” not allowed/);
});

test('every built page passes the Nu HTML checker with no errors', () => {
  const files = htmlFiles('dist');
  // Both languages of every page type, the root and 404.html.
  assert.ok(files.length >= 190, `only ${files.length} pages in dist/`);
  const errors = nuErrors(files);
  const summary = errors.slice(0, 20).map((e) => `${e.url}:${e.lastLine}: ${e.message}`).join('\n');
  assert.equal(errors.length, 0, `${errors.length} errors, the first:\n${summary}`);
});
