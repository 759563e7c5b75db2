// Writes .br and .gz beside every compressible file of a folder (the built site), so a static
// host or the local server can send them as they are. Deterministic: same input, same bytes.
//
//   node scripts/precompress.mjs dist
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
const compressible = /\.(html|js|mjs|css|wasm|json|csv|svg|txt|xml)$/;
let count = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (compressible.test(name)) {
      const bytes = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      count += 1;
    }
  }
}
walk(root);
console.log(`precompressed ${count} files in ${root}/`);
