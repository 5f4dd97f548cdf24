// Minifies what a browser downloads: JavaScript with terser (module mode, so exports and
// `import.meta.url` stay as they are), CSS with csso (without restructuring, so the order of
// the rules, and with it the cascade, stays as written). Both come from npm.
//
// `make build` runs it for web/orosguiden.js and web/orosguiden.css (the readable sources,
// written to www/) and for wasm-bindgen's glue in www/pkg (in place); `make bench` for the glue
// of every wasm it builds, the floor's too, so the comparison stays like for like.
//
// With --start-page FILE, the marker /*@start-page@*/null in a source (web/orosguiden.js) is
// replaced by FILE's JSON: the prerendered start page (ui/src/prerender.rs, written by
// `cargo run -p orosguiden-ui --example start_html`).
//
// Usage: node scripts/minify.mjs [--start-page FILE] SOURCE DESTINATION [SOURCE DESTINATION ...]
import { readFileSync, writeFileSync } from 'node:fs';
import { minify as minifyCss } from 'csso';
import { minify as minifyJs } from 'terser';

const MARKER = '/*@start-page@*/null';
const args = process.argv.slice(2);
let startPage = null;
if (args[0] === '--start-page') {
  startPage = readFileSync(args[1], 'utf8').trim();
  const parts = JSON.parse(startPage);
  if (!Array.isArray(parts) || parts.length !== 4 || !parts.every((p) => typeof p === 'string' && p)) {
    throw new Error(`${args[1]}: not the four parts of the start page`);
  }
  args.splice(0, 2);
}
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: node scripts/minify.mjs [--start-page FILE] SOURCE DESTINATION [SOURCE DESTINATION ...]');
  process.exit(2);
}
let marked = 0;
for (let i = 0; i < args.length; i += 2) {
  const [from, to] = [args[i], args[i + 1]];
  let src = readFileSync(from, 'utf8');
  if (startPage !== null && src.includes(MARKER)) {
    src = src.replace(MARKER, startPage);
    marked += 1;
  }
  let out;
  if (from.endsWith('.js')) {
    out = (await minifyJs(src, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true })).code;
  } else if (from.endsWith('.css')) {
    out = minifyCss(src, { restructure: false, comments: false }).css;
  } else {
    throw new Error(`${from}: only .js and .css are minified`);
  }
  if (!out) throw new Error(`${from}: the minifier gave nothing`);
  writeFileSync(to, out);
  console.log(`${from} -> ${to}: ${src.length} -> ${out.length} bytes`);
}
if (startPage !== null && marked !== 1) throw new Error(`--start-page: the marker ${MARKER} was found in ${marked} sources, not 1`);
