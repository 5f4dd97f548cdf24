// Minifies wasm-bindgen's JS glue in place (terser from npm: module mode, so the exports and
// `import.meta.url` stay as they are). Run by `make build` for the widget and by `make bench`
// for every wasm it builds (the floor too), so the comparison stays like for like.
// Usage: node scripts/minify-glue.mjs FILE...
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

for (const file of process.argv.slice(2)) {
  const src = readFileSync(file, 'utf8');
  const out = await minify(src, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!out.code) throw new Error(`terser gave nothing for ${file}`);
  writeFileSync(file, out.code);
  console.log(`${file}: ${src.length} -> ${out.code.length} bytes`);
}
