// @ts-check
// What `make build` leaves in www/pkg: the names between the wasm and its JS glue shortened by
// scripts/short-names.mjs (the journeys in the other specs show that the widget runs with
// them), and the script's refusal to touch a glue it does not recognise.
const { test, expect } = require('@playwright/test');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const PKG = path.join(ROOT, 'www', 'pkg');
const WASM = path.join(PKG, 'orosguiden_widget_bg.wasm');
const GLUE = path.join(PKG, 'orosguiden_widget.js');
const SCRIPT = path.join(ROOT, 'scripts', 'short-names.mjs');

test('the wasm imports short names from one module "w", and the glue provides each of them', () => {
  const module = new WebAssembly.Module(fs.readFileSync(WASM));
  const imports = WebAssembly.Module.imports(module);
  expect(imports.length).toBeGreaterThan(50);
  expect(new Set(imports.map((i) => i.module))).toEqual(new Set(['w']));
  const glue = fs.readFileSync(GLUE, 'utf8');
  for (const { name } of imports) {
    expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]?$/);
    // A key of the imports object: the name followed by ':' and not part of a longer name.
    expect(glue).toMatch(new RegExp(`[{,]${name}:`));
  }
  // No hashed wasm-bindgen name is left on either side.
  expect(glue).not.toMatch(/__wbg_|__wbindgen_(malloc|realloc|free|start)|wasm_bindgen__convert/);
  expect(glue).toContain('"w":');
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  expect(exports).toContain('mount_widget');
  expect(exports).toContain('memory');
  expect(exports.filter((e) => e.startsWith('wasm_bindgen__') || /^__wbindgen_(malloc|realloc|free|start)$/.test(e))).toEqual([]);
});

test('short-names refuses a glue in which a name occurs otherwise than expected, and changes nothing', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-short-names-'));
  try {
    // A module and a glue of the shape wasm-bindgen writes, small enough to read here.
    const wasm = path.join(dir, 'm.wasm');
    const glue = path.join(dir, 'm.js');
    // A minimal module importing one function "__wbg_f_0123456789abcdef" from "./m_bg.js".
    const modName = Buffer.from('./m_bg.js');
    const field = Buffer.from('__wbg_f_0123456789abcdef');
    const typeSec = Buffer.from([0x01, 0x04, 0x01, 0x60, 0x00, 0x00]);
    const importBody = Buffer.concat([Buffer.from([0x01, modName.length]), modName, Buffer.from([field.length]), field, Buffer.from([0x00, 0x00])]);
    const importSec = Buffer.concat([Buffer.from([0x02, importBody.length]), importBody]);
    const exportSec = Buffer.from([0x07, 0x01, 0x00]);
    const bytes = Buffer.concat([Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]), typeSec, importSec, exportSec]);
    new WebAssembly.Module(bytes); // a valid module
    fs.writeFileSync(wasm, bytes);

    // Accepted: the import is a key once.
    const good = 'function e(){const e={__proto__:null,__wbg_f_0123456789abcdef:function(){}};return{__proto__:null,"./m_bg.js":e}}';
    fs.writeFileSync(glue, good);
    execFileSync('node', [SCRIPT, wasm, glue], { stdio: 'pipe' });
    expect(fs.readFileSync(glue, 'utf8')).toBe('function e(){const e={__proto__:null,a:function(){}};return{__proto__:null,"w":e}}');
    expect(WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(wasm)))).toEqual([{ module: 'w', name: 'a', kind: 'function' }]);

    // Refused: the same name also used elsewhere in the glue.
    fs.writeFileSync(wasm, bytes);
    const bad = good.replace('return{', 'console.log("__wbg_f_0123456789abcdef");return{');
    fs.writeFileSync(glue, bad);
    let failed = null;
    try {
      execFileSync('node', [SCRIPT, wasm, glue], { stdio: 'pipe' });
    } catch (e) {
      failed = e;
    }
    expect(failed).not.toBeNull();
    expect(failed.status).toBe(1);
    expect(String(failed.stderr)).toContain('the import __wbg_f_0123456789abcdef occurs 2 times in the glue');
    expect(fs.readFileSync(glue, 'utf8')).toBe(bad);
    expect(fs.readFileSync(wasm).equals(bytes)).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
