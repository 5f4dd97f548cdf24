// Minifies what a browser downloads: JavaScript with terser (module mode, so exports and
// `import.meta.url` stay as they are), CSS with csso (without restructuring, so the order of
// the rules, and with it the cascade, stays as written). Both come from npm.
//
// `make build` runs it for web/orosguiden.css (into target/, then written into the script) and
// web/orosguiden.js (the readable sources; the script is written to www/) and for wasm-bindgen's glue in www/pkg (in place); `make bench` for the glue
// of every wasm it builds, the floor's too, so the comparison stays like for like.
//
// Markers in a source (web/orosguiden.js) are replaced before it is minified: with
// --start-page FILE, /*@start-page@*/null by FILE's JSON, the prerendered start page
// (the widget's own view through Yew's server renderer, written by
// `cargo run -p orosguiden-ui --features prerender --example start_html`); with
// --stylesheet FILE, /*@stylesheet@*/null by FILE's text as a string (the minified stylesheet).
//
// Usage: node scripts/minify.mjs [--start-page FILE] [--stylesheet FILE] SOURCE DESTINATION ...
import { readFileSync, writeFileSync } from 'node:fs';
import { minify as minifyCss } from 'csso';
import { minify as minifyJs } from 'terser';

const args = process.argv.slice(2);
// marker -> [replacement, sources it was found in]
const markers = new Map();
while (args[0] === '--start-page' || args[0] === '--stylesheet') {
  const text = readFileSync(args[1], 'utf8').trim();
  if (args[0] === '--start-page') {
    const parts = JSON.parse(text);
    if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((p) => typeof p === 'string' && p)) {
      throw new Error(`${args[1]}: not the three parts of the start page`);
    }
    markers.set('/*@start-page@*/null', [text, 0]);
  } else {
    if (!text) throw new Error(`${args[1]}: an empty stylesheet`);
    markers.set('/*@stylesheet@*/null', [JSON.stringify(text), 0]);
  }
  args.splice(0, 2);
}
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: node scripts/minify.mjs [--start-page FILE] [--stylesheet FILE] SOURCE DESTINATION [SOURCE DESTINATION ...]');
  process.exit(2);
}
for (let i = 0; i < args.length; i += 2) {
  const [from, to] = [args[i], args[i + 1]];
  let src = readFileSync(from, 'utf8');
  for (const [marker, entry] of markers) {
    if (src.includes(marker)) {
      src = src.replace(marker, entry[0]);
      entry[1] += 1;
    }
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
for (const [marker, [, n]] of markers) {
  if (n !== 1) throw new Error(`the marker ${marker} was found in ${n} sources, not 1`);
}
