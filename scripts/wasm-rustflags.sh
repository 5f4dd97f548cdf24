#!/usr/bin/env bash
# Prints the RUSTFLAGS for the release builds of wasm (`make build`, and every wasm `make bench`
# builds): the crates.io sources' directories remapped away, so that the panic locations kept in
# the wasm read "yew-0.23.0/src/scheduler.rs" instead of this machine's
# "/root/.cargo/registry/src/index.crates.io-…/yew-0.23.0/src/scheduler.rs" (0.9 KB brotli less
# for the widget; BENCHMARKS.md). The wasm then no longer depends on where CARGO_HOME is.
# Any RUSTFLAGS already set come first.
set -euo pipefail
src="${CARGO_HOME:-$HOME/.cargo}/registry/src"
flags="${RUSTFLAGS:-}"
# The general rule first; rustc applies the last rule that matches, so each registry's own
# directory (present once cargo has unpacked anything from it) wins over it.
flags+=" --remap-path-prefix=$src/="
for d in "$src"/*/; do
  [ -d "$d" ] && flags+=" --remap-path-prefix=$d="
done
echo "${flags# }"
