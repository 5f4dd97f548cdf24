// Writes www/pkg/integrity.json: Subresource Integrity hashes (sha384) of every file a page
// loads for the widget, and prints the embed snippet with the entry script's hash.
// Run by `make build`; publish the snippet with the files (docs/inbaddning.md, docs/sakerhet.md).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const files = ['orosguiden.js', 'pkg/orosguiden_widget.js', 'pkg/orosguiden_widget_bg.wasm', 'pkg/orosguiden_flow_en.txt'];
const sri = Object.fromEntries(files.map((f) => [f, `sha384-${createHash('sha384').update(readFileSync(`www/${f}`)).digest('base64')}`]));
writeFileSync('www/pkg/integrity.json', `${JSON.stringify(sri, null, 2)}\n`);
console.log('Subresource Integrity (www/pkg/integrity.json):');
for (const [f, h] of Object.entries(sri)) console.log(`  ${f}  ${h}`);
console.log('\nEmbed snippet:');
console.log(`  <div data-orosguiden data-config="/oros/config.json" data-lang="sv"></div>`);
console.log(`  <script type="module" src="/oros/orosguiden.js" integrity="${sri['orosguiden.js']}" crossorigin="anonymous"></script>`);
