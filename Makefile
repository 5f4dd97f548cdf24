# Orosguiden — build and test entry points.
#
#   make setup   install every tool the build and the tests need (idempotent)
#   make build   build the widget into www/pkg (wasm-pack + wasm-opt from npm)
#   make run     setup + build, then serve www/ on http://127.0.0.1:8080/
#   make test    setup + build, then the size check, the lint gate, native tests, wasm browser
#                tests, e2e tests
#   make lint    cargo fmt --check and cargo clippy -D warnings (the whole workspace, all targets)
#
# Only crates.io, PyPI, Debian and npm are reachable: nothing here downloads a
# prebuilt binary or browser (wasm-pack's own downloads are avoided with
# --no-opt and a pre-installed wasm-bindgen of the exact Cargo.lock version;
# Playwright drives Debian's /usr/bin/chromium).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build
.NOTPARALLEL:
.DELETE_ON_ERROR:

export PATH := $(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CARGO_TERM_COLOR ?= never

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3; exit }' Cargo.lock)
WASM_PACK_VERSION    := 0.15.1

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

CHROMIUM     := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver

PKG_DIR   := www/pkg
WASM      := $(PKG_DIR)/orosguiden_widget_bg.wasm
WASM_OPT  := node_modules/.bin/wasm-opt
# Flattening and re-looping the control flow before -Oz (run twice) gives 0.4 KB brotli less
# and, in two interleaved A/B runs of page loads and one of journeys, no slower code
# (BENCHMARKS.md); bench/build.mjs uses the same flags for every wasm it builds.
WASM_OPT_FLAGS := --flatten --rereloop -Oz -Oz \
	--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-reference-types --enable-multivalue --enable-mutable-globals

# `make run PORT=9000` / `make test PORT=9000` if 8080 is taken.
HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: size-check setup setup-rust setup-chromium setup-npm build run serve \
	test lint test-native test-wasm test-e2e clean

# ---------------------------------------------------------------- setup ----

setup: setup-rust setup-chromium setup-npm

setup-rust:
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "cannot read the wasm-bindgen version from Cargo.lock" >&2; exit 1; }
	rustup target add wasm32-unknown-unknown
	rustup component add rustfmt clippy
	@if command -v wasm-pack >/dev/null; then \
		echo "wasm-pack: $$(wasm-pack --version)"; \
	else \
		echo "installing wasm-pack $(WASM_PACK_VERSION)"; \
		cargo install wasm-pack --version $(WASM_PACK_VERSION); \
	fi
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
		&& command -v wasm-bindgen-test-runner >/dev/null; then \
		echo "wasm-bindgen-cli: $(WASM_BINDGEN_VERSION)"; \
	else \
		echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi

setup-chromium:
	@if [ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ]; then \
		echo "chromium: $$($(CHROMIUM) --version 2>/dev/null)"; \
	else \
		echo "installing chromium and chromium-driver (Debian)"; \
		$(SUDO) apt-get update; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; \
	fi

setup-npm: node_modules/.package-lock.json

# npm writes node_modules/.package-lock.json on every install: it doubles as
# the stamp, so `npm ci` runs only when package.json or the lock changed.
node_modules/.package-lock.json: package.json $(wildcard package-lock.json)
	@command -v npm >/dev/null || { echo "npm (Node.js >= 20) is required" >&2; exit 1; }
	if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
	touch $@

# ---------------------------------------------------------------- build ----

build: setup
	rm -rf $(PKG_DIR)
	RUSTFLAGS="$$(scripts/wasm-rustflags.sh)" wasm-pack build widget --target web --release --out-dir ../$(PKG_DIR) \
		--no-typescript --no-pack --no-gitignore --no-opt
	$(WASM_OPT) $(WASM_OPT_FLAGS) $(WASM) -o $(WASM).opt
	mv $(WASM).opt $(WASM)
	mkdir -p target && cargo run --quiet -p orosguiden-ui --features prerender --example start_html > target/start-page.json
	node scripts/minify.mjs web/orosguiden.css target/orosguiden.min.css
	rm -f www/orosguiden.css
	node scripts/minify.mjs --start-page target/start-page.json --stylesheet target/orosguiden.min.css \
		$(PKG_DIR)/orosguiden_widget.js $(PKG_DIR)/orosguiden_widget.js web/orosguiden.js www/orosguiden.js
	node scripts/short-names.mjs $(WASM) $(PKG_DIR)/orosguiden_widget.js
	rm -f $(PKG_DIR)/.gitignore $(PKG_DIR)/package.json $(PKG_DIR)/README* $(PKG_DIR)/LICENSE*
	cargo run --quiet --bin orosguiden -- flow-pack en > $(PKG_DIR)/orosguiden_flow_en.txt
	rm -rf www/config && mkdir -p www/config && cp config/*.json www/config/
	node scripts/integrity.mjs
	@ls -l $(PKG_DIR)

# ------------------------------------------------------------------ run ----

run: build serve

serve:
	@echo "Ctrl-C stops the server"
	python3 scripts/serve.py --bind $(HOST) --port $(PORT) --dir www

# ----------------------------------------------------------------- test ----

test: build
	$(MAKE) --no-print-directory size-check
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory test-e2e

# Formatting (rustfmt.toml: lines up to 140 characters) and every clippy warning fail the build.
lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --all-features -- -D warnings

# The first visit's brotli size against the guard in BENCHMARKS.md's table "Now".
size-check:
	node scripts/size-check.mjs

test-native:
	cargo test --workspace --exclude orosguiden-widget

# cargo runs the runner from the package directory (ui/), so the webdriver.json
# at the repository root is passed by absolute path. --tests leaves doctests out
# (they would be cross-compiled to wasm32 and cannot run there).
test-wasm:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=$(CHROMEDRIVER) \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/webdriver.json \
	WASM_BINDGEN_TEST_TIMEOUT=120 WASM_BINDGEN_TEST_DRIVER_TIMEOUT=30 \
		cargo test -p orosguiden-ui --features prerender --target wasm32-unknown-unknown --tests

test-e2e:
	PORT=$(PORT) node_modules/.bin/playwright test

clean:
	rm -rf $(PKG_DIR) test-results playwright-report
	cargo clean

# ---------------------------------------------------------------- bench ----

# `make bench`: a release build, then sizes, page loads, journeys, JS heap and the native
# engine, side by side with a minimal Yew app (bench/floor) and SurveyJS's runtime (from the
# npm registry). Writes target/bench/report.json and prints a table; see BENCHMARKS.md.
# A benchmark, not a test: `make test` does not run it. `make bench BENCH_ARGS=--quick` skips
# the opt-level comparison and twiggy; BENCH_PORT (and BENCH_PORT+1) must be free.
BENCH_PORT ?= 8093
BENCH_ARGS ?=

.PHONY: bench
bench: build
	node bench/run.mjs --port $(BENCH_PORT) $(BENCH_ARGS)
