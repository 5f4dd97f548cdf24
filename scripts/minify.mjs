// Minifies what a browser downloads: JavaScript with terser (module mode, so exports and
// `import.meta.url` stay as they are), CSS with csso (without restructuring, so the order of
// the rules, and with it the cascade, stays as written). Both come from npm.
//
// `make build` runs it for web/orosguiden.js and web/orosguiden.css (the readable sources,
// written to www/) and for wasm-bindgen's glue in www/pkg (in place); `make bench` for the glue
// of every wasm it builds, the floor's too, so the comparison stays like for like.
//
// Usage: node scripts/minify.mjs SOURCE DESTINATION [SOURCE DESTINATION ...]
import { readFileSync, writeFileSync } from 'node:fs';
import { minify as minifyCss } from 'csso';
import { minify as minifyJs } from 'terser';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: node scripts/minify.mjs SOURCE DESTINATION [SOURCE DESTINATION ...]');
  process.exit(2);
}
for (let i = 0; i < args.length; i += 2) {
  const [from, to] = [args[i], args[i + 1]];
  const src = readFileSync(from, 'utf8');
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
