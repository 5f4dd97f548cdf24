// The first visit's size, checked in `make test` (issue 19): the files a first visit downloads
// (the one script, the glue and the wasm, as `make build` writes them to www/), compressed with
// brotli at quality 11 as `make bench` does, against the guard in BENCHMARKS.md's first table.
// Deterministic: the same build gives the same bytes, so a regression fails the test run rather
// than waiting for a benchmark.
//
// Usage: node scripts/size-check.mjs [www]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const www = process.argv[2] || path.join(root, 'www');
const FILES = ['orosguiden.js', 'pkg/orosguiden_widget.js', 'pkg/orosguiden_widget_bg.wasm'];

// The guard: "guard N KB" in the first-visit row of BENCHMARKS.md's table "Now".
const benchmarks = fs.readFileSync(path.join(root, 'BENCHMARKS.md'), 'utf8');
const row = benchmarks.split('\n').find((l) => l.startsWith('| first visit, Swedish'));
const guard = row && Number((row.match(/guard ([0-9.]+) KB/) || [])[1]);
if (!guard) {
  console.error('size-check: BENCHMARKS.md has no "| first visit, Swedish … guard N KB …" row');
  process.exit(2);
}

let total = 0;
for (const f of FILES) {
  const bytes = fs.readFileSync(path.join(www, f));
  const brotli = zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  total += brotli;
  console.log(`  ${f.padEnd(32)} ${(bytes.length / 1000).toFixed(1).padStart(7)} KB raw ${(brotli / 1000).toFixed(2).padStart(7)} KB brotli`);
}
const kb = total / 1000;
if (kb > guard) {
  console.error(`size-check: the first visit is ${kb.toFixed(2)} KB brotli, over the guard of ${guard} KB in BENCHMARKS.md`);
  process.exit(1);
}
console.log(`size-check: the first visit is ${kb.toFixed(2)} KB brotli, within the guard of ${guard} KB (BENCHMARKS.md)`);
