// Builds and fetches what `make bench` compares the widget with: the floor app (bench/floor),
// the widget at another opt-level, and SurveyJS's runtime from the npm registry. Also the size
// arithmetic: raw, gzip -9 and brotli -q 11 with Node's zlib, so no other tool is needed.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const SURVEYJS_VERSION = '2.5.38';

// The same flags as WASM_OPT_FLAGS in the Makefile (the features rustc enables by default
// for wasm32-unknown-unknown must be allowed explicitly).
export const WASM_OPT_FLAGS = [
  '--flatten', '--rereloop', '-Oz', '-Oz',
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-reference-types', '--enable-multivalue', '--enable-mutable-globals',
];

export function run(cmd, args, opts = {}) {
  const { quiet = false, ...rest } = opts;
  if (!quiet) console.error(`$ ${cmd} ${args.join(' ')}`);
  return execFileSync(cmd, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 << 20, ...rest });
}

/** raw, gzip -9 and brotli -q 11 (large window, as a server precompressing would) of a buffer. */
export function sizes(buf) {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

export function fileSizes(file) {
  return sizes(fs.readFileSync(file));
}

export function sum(rows) {
  const t = { raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of Object.keys(t)) t[k] += r[k];
  return t;
}

/** The root package's [profile.release] as CARGO_PROFILE_RELEASE_* variables. */
export function releaseProfile(root) {
  const toml = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const m = toml.match(/^\[profile\.release\]\s*\n([\s\S]*?)(?=^\[|$(?![\s\S]))/m);
  const profile = {};
  if (m) {
    for (const line of m[1].split('\n')) {
      const kv = line.replace(/#.*$/, '').match(/^\s*([a-z-]+)\s*=\s*(.+?)\s*$/);
      if (kv) profile[kv[1]] = kv[2].replace(/^"(.*)"$/, '$1');
    }
  }
  return profile;
}

export function profileEnv(profile, overrides = {}) {
  const env = {};
  for (const [k, v] of Object.entries({ ...profile, ...overrides })) {
    env[`CARGO_PROFILE_RELEASE_${k.toUpperCase().replace(/-/g, '_')}`] = String(v);
  }
  return env;
}

/** The version of a package in a Cargo.lock. */
export function lockVersion(lockFile, name) {
  if (!fs.existsSync(lockFile)) return null;
  const m = fs.readFileSync(lockFile, 'utf8').match(new RegExp(`name = "${name}"\\nversion = "([^"]+)"`));
  return m ? m[1] : null;
}

// The recipe the issue states for its floor ("opt-level z, LTO and wasm-opt -Oz", about 66 KB
// brotli): `wasm-opt -Oz` alone (with the same features allowed), the JS glue as wasm-bindgen
// writes it, and no RUSTFLAGS.
export const ISSUE_WASM_OPT_FLAGS = ['-Oz', ...WASM_OPT_FLAGS.filter((f) => f.startsWith('--enable-'))];

/**
 * cargo build (wasm32, release) + wasm-bindgen --target web + wasm-opt + the glue minified + the
 * names between the two shortened, as `make build` does through wasm-pack. Returns the paths of the optimised wasm and the JS glue.
 * `recipe: 'issue'` builds as the issue built its floor instead (ISSUE_WASM_OPT_FLAGS).
 */
export function buildWasm({ root, manifest, pkg, crateName, targetDir, outDir, env, recipe = 'ours' }) {
  const issue = recipe === 'issue';
  const args = ['build', '--release', '--target', 'wasm32-unknown-unknown', '--manifest-path', manifest];
  if (pkg) args.push('-p', pkg);
  // The same RUSTFLAGS as `make build` (the registry's paths remapped away).
  const rustflags = issue ? '' : execFileSync(path.join(root, 'scripts/wasm-rustflags.sh'), { encoding: 'utf8' }).trim();
  run('cargo', args, { cwd: root, env: { ...process.env, ...env, RUSTFLAGS: rustflags, CARGO_TARGET_DIR: targetDir }, stdio: ['ignore', 'inherit', 'inherit'] });
  const raw = path.join(targetDir, 'wasm32-unknown-unknown', 'release', `${crateName}.wasm`);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', outDir, raw]);
  const wasm = path.join(outDir, `${crateName}_bg.wasm`);
  run(path.join(root, 'node_modules/.bin/wasm-opt'), [...(issue ? ISSUE_WASM_OPT_FLAGS : WASM_OPT_FLAGS), wasm, '-o', `${wasm}.opt`]);
  fs.renameSync(`${wasm}.opt`, wasm);
  const js = path.join(outDir, `${crateName}.js`);
  if (!issue) {
    run('node', [path.join(root, 'scripts/minify.mjs'), js, js]);
    run('node', [path.join(root, 'scripts/short-names.mjs'), wasm, js]);
  }
  return { wasm, js, raw };
}

/** Builds the floor app into target/bench/floor-www with the widget's release profile. */
export function buildFloor({ root, profile, outDir, overrides = {}, targetDir, recipe = 'ours' }) {
  const floor = path.join(root, 'bench', 'floor');
  const lock = path.join(floor, 'Cargo.lock');
  // wasm-bindgen (the CLI is installed at Cargo.lock's version by `make setup`) must match the
  // crate exactly: keep the floor's lock on the root's version.
  const want = lockVersion(path.join(root, 'Cargo.lock'), 'wasm-bindgen');
  if (!fs.existsSync(lock)) fs.copyFileSync(path.join(root, 'Cargo.lock'), lock);
  if (want && lockVersion(lock, 'wasm-bindgen') !== want) {
    run('cargo', ['update', '--manifest-path', path.join(floor, 'Cargo.toml'), '-p', 'wasm-bindgen', '--precise', want], { cwd: root });
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(path.join(floor, 'www'))) fs.copyFileSync(path.join(floor, 'www', f), path.join(outDir, f));
  const built = buildWasm({
    root,
    manifest: path.join(floor, 'Cargo.toml'),
    crateName: 'bench_floor',
    targetDir: targetDir || path.join(root, 'target', 'bench-floor'),
    outDir: path.join(outDir, 'pkg'),
    env: profileEnv(profile, overrides),
    recipe,
  });
  return { dir: outDir, ...built, boot: path.join(outDir, 'main.js') };
}

/** survey-core + survey-js-ui from the npm registry (npm pack), unpacked under `dir`. */
export function fetchSurveyJs(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const pkgs = ['survey-core', 'survey-js-ui'];
  for (const p of pkgs) {
    const tgz = path.join(dir, `${p}-${SURVEYJS_VERSION}.tgz`);
    if (!fs.existsSync(tgz)) run('npm', ['pack', `${p}@${SURVEYJS_VERSION}`, '--pack-destination', dir, '--silent'], { cwd: dir });
    const into = path.join(dir, p);
    if (!fs.existsSync(path.join(into, 'package.json'))) {
      fs.mkdirSync(into, { recursive: true });
      run('tar', ['xzf', tgz, '-C', into, '--strip-components=1']);
    }
  }
  const f = (p, file) => ({ name: `${p}/${file}`, path: path.join(dir, p, file) });
  return {
    runtime: [
      { ...f('survey-core', 'survey.core.min.js'), kind: 'js' },
      { ...f('survey-js-ui', 'survey-js-ui.min.js'), kind: 'js' },
      { ...f('survey-core', 'survey-core.min.css'), kind: 'css' },
    ],
    // Not part of the runtime the issue compares with; what Swedish texts would add.
    extra: [{ ...f('survey-core', 'i18n/swedish.min.js'), kind: 'js' }],
  };
}
