#!/usr/bin/env node
// Shortens the names on the interface between a wasm module and its wasm-bindgen JS glue.
//
//   node scripts/short-names.mjs MODULE.wasm GLUE.js
//
// wasm-bindgen names each import after the JS function it binds plus a 16-digit hash
// ("__wbg_addEventListener_847fd86b8c33ec43"), puts them in a module named after the glue
// ("./orosguiden_widget_bg.js"), and names internal exports in the same way
// ("wasm_bindgen__convert__closures_____invoke__hf1f35135907dd09e"). Every such name is written
// twice, once in the wasm and once in the glue, and the hashes do not compress. This rewrites
// both files in place with short names ("a", "b", … "ba", …): the import module becomes "w",
// each import and each export the glue alone uses gets a short name. What a page calls
// (`mount_widget`, also an export) and `memory` keep theirs.
//
// It is strict: every name it renames must occur in the glue exactly as often as expected, as a
// whole identifier (an object key, a property after a dot, or the module's quoted key), else it
// stops with an error and changes nothing; a newer wasm-bindgen that writes its glue otherwise
// then fails the build instead of producing a widget that cannot start.

import fs from 'node:fs';

const [wasmFile, glueFile] = process.argv.slice(2);
if (!wasmFile || !glueFile) {
  console.error('usage: node scripts/short-names.mjs MODULE.wasm GLUE.js');
  process.exit(2);
}

const fail = (msg) => {
  console.error(`short-names: ${msg}`);
  process.exit(1);
};

// ---- reading and writing the wasm binary's sections ------------------------------------------

function readU32(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [result, pos];
    if (shift > 35) fail('malformed LEB128 number');
  }
}

function u32(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

const name = (s) => {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([u32(b.length), b]);
};

function readName(buf, pos) {
  const [len, p] = readU32(buf, pos);
  return [buf.toString('utf8', p, p + len), p + len];
}

/** The sections of a module: [{ id, body }]. */
function sections(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100 || buf.readUInt32LE(4) !== 1) fail(`${wasmFile} is not a wasm module`);
  const out = [];
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, p] = readU32(buf, pos + 1);
    out.push({ id, body: buf.subarray(p, p + size) });
    pos = p + size;
  }
  return out;
}

/** The length in bytes of an import's description after its names (kind and type). */
function importDescLength(body, pos) {
  const kind = body[pos];
  let p = pos + 1;
  const limits = () => {
    const flags = body[p++];
    [, p] = readU32(body, p);
    if (flags & 1) [, p] = readU32(body, p);
  };
  if (kind === 0) [, p] = readU32(body, p); // function: type index
  else if (kind === 1) { p += 1; limits(); } // table: reference type, limits
  else if (kind === 2) limits(); // memory
  else if (kind === 3) p += 2; // global: value type, mutability
  else if (kind === 4) [, p] = readU32(body, p + 1); // tag: attribute, type index
  else fail(`unknown import kind ${kind}`);
  return p - pos;
}

// ---- short names -------------------------------------------------------------------------------

function* shortNames() {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = `${first}0123456789`;
  for (let len = 1; ; len++) {
    const total = first.length * rest.length ** (len - 1);
    for (let i = 0; i < total; i++) {
      let n = i;
      let s = first[n % first.length];
      n = Math.floor(n / first.length);
      for (let k = 1; k < len; k++) {
        s += rest[n % rest.length];
        n = Math.floor(n / rest.length);
      }
      yield s; // reserved words are valid as keys and after a dot
    }
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ident = '[A-Za-z0-9_$]';

const wasm = fs.readFileSync(wasmFile);
let glue = fs.readFileSync(glueFile, 'utf8');
const secs = sections(wasm);

// The imports: all from one module, the glue's.
const importSec = secs.find((s) => s.id === 2);
if (!importSec) fail('the module has no imports');
const imports = [];
{
  const body = importSec.body;
  let [count, pos] = readU32(body, 0);
  while (count--) {
    let module;
    let field;
    [module, pos] = readName(body, pos);
    [field, pos] = readName(body, pos);
    const len = importDescLength(body, pos);
    imports.push({ module, field, desc: body.subarray(pos, pos + len) });
    pos += len;
  }
}
const modules = [...new Set(imports.map((i) => i.module))];
if (modules.length !== 1) fail(`expected the imports of one module, found ${modules.join(', ')}`);
const moduleName = modules[0];

// The exports the glue uses internally (not memory, not what a page calls).
const exportSec = secs.find((s) => s.id === 7);
const exports = [];
{
  const body = exportSec.body;
  let [count, pos] = readU32(body, 0);
  while (count--) {
    let field;
    [field, pos] = readName(body, pos);
    const kind = body[pos];
    const [index, p] = readU32(body, pos + 1);
    exports.push({ field, kind, index });
    pos = p;
  }
}
const publicExport = (field) => field === 'memory' || !/^__|^wasm_bindgen__/.test(field);

const names = shortNames();
const renamed = new Map();
for (const imp of imports) {
  if (!renamed.has(imp.field)) renamed.set(imp.field, names.next().value);
}
for (const exp of exports) {
  if (!publicExport(exp.field) && !renamed.has(exp.field)) renamed.set(exp.field, names.next().value);
}

// The glue: each import is a key of the imports object (`name:` once); each export is read as
// a property of the instance's exports (`.name`); neither may occur in any other way.
const moduleKey = JSON.stringify(moduleName);
const moduleCount = glue.split(`${moduleKey}:`).length - 1;
if (moduleCount !== 1) fail(`the glue names the import module ${moduleKey} ${moduleCount} times, not once`);
glue = glue.replace(`${moduleKey}:`, '"w":');
const importFields = new Set(imports.map((i) => i.field));
for (const [old, short] of renamed) {
  const any = new RegExp(`(?<!${ident})${escape(old)}(?!${ident})`, 'g');
  const total = (glue.match(any) || []).length;
  const asKey = new RegExp(`(?<![A-Za-z0-9_$.])${escape(old)}(?=\\s*:)`, 'g');
  const asProperty = new RegExp(`(?<=\\.)${escape(old)}(?!${ident})`, 'g');
  const keys = (glue.match(asKey) || []).length;
  const props = (glue.match(asProperty) || []).length;
  if (importFields.has(old)) {
    if (keys !== 1 || total !== 1) fail(`the import ${old} occurs ${total} times in the glue (${keys} as a key), not once as a key`);
    glue = glue.replace(asKey, short);
  } else if (total === 0) {
    // Exported but not used by the glue (e.g. for a debugger): left as it is.
    renamed.delete(old);
  } else {
    if (props !== total) fail(`the export ${old} occurs ${total} times in the glue, ${props} of them as a property`);
    glue = glue.replace(asProperty, short);
  }
}

// The wasm: the import and export sections written anew, every other section as it was.
const importBody = Buffer.concat([
  u32(imports.length),
  ...imports.map((i) => Buffer.concat([name('w'), name(renamed.get(i.field)), i.desc])),
]);
const exportBody = Buffer.concat([
  u32(exports.length),
  ...exports.map((e) => Buffer.concat([name(renamed.get(e.field) || e.field), Buffer.from([e.kind]), u32(e.index)])),
]);
const out = [wasm.subarray(0, 8)];
for (const s of secs) {
  const body = s.id === 2 ? importBody : s.id === 7 ? exportBody : s.body;
  out.push(Buffer.from([s.id]), u32(body.length), body);
}
fs.writeFileSync(wasmFile, Buffer.concat(out));
fs.writeFileSync(glueFile, glue);
console.error(`short-names: ${imports.length} imports and ${renamed.size - new Set(imports.map((i) => i.field)).size} exports renamed`);
