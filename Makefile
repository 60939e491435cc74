# The two commands of the README: `make run` and `make test`. Each installs what is
# missing first (a second run installs nothing) and keeps the cargo target directory
# outside the clone, so a fresh clone reuses earlier builds.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export CARGO_TARGET_DIR ?= $(HOME)/.cache/cloth-target
# Incremental caches grew to 28 GB across a few days of test runs here and filled the disk;
# the two commands build whole crates (`cargo leptos watch` for editing keeps its own setting).
export CARGO_INCREMENTAL ?= 0
# cargo-leptos looks its tools up on PATH by exact name and downloads them otherwise,
# which fails offline (TOOLCHAIN.md): ours come first.
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/style/node_modules/.bin:$(PATH)

PG_URL ?= postgres://postgres@127.0.0.1:5432
CLOTH_BIN := $(CARGO_TARGET_DIR)/release/cloth
# `make run` serves a build whose server is compiled without optimisation (Cargo.toml's
# `serve` profile), which takes a newcomer's first start from about 31 to under 20 minutes;
# the tests and benchmarks run the release build.
SERVE_BIN := $(CARGO_TARGET_DIR)/serve/cloth

.PHONY: help tools tools-serve run build build-serve test fmt-check clippy test-unit test-postgres e2e bench-serve clean-db durability

help:
	@echo "make run    build and serve the app on http://127.0.0.1:3000 with demo data"
	@echo "make test   formatting, clippy, unit + integration tests (SQLite and Postgres), Playwright"

# The argument names the server profile whose build overlaps the tools' first install.
tools:
	@scripts/install-tools.sh release

tools-serve:
	@scripts/install-tools.sh serve

# --precompress: brotli and gzip copies of every asset, served as they are (no compression
# per request). Both builds make the same site (the WASM is always the size-optimised one).
build: tools
	cargo leptos build --release --precompress --project cloth

build-serve: tools-serve
	cargo leptos build --release --precompress --project cloth-serve

run: build-serve
	@echo "Serving on http://127.0.0.1:3000 (demo accounts: see README). Ctrl-C stops."
	$(SERVE_BIN)

test: tools fmt-check clippy test-unit test-postgres e2e durability
	@echo "All checks passed."

fmt-check:
	cargo fmt --all --check

clippy:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

# Every crate's unit tests, the service integration tests and the HTTP tests on SQLite.
test-unit:
	cargo test --workspace

# The same service integration tests on Postgres, in a database made for this run.
test-postgres:
	@scripts/ensure-postgres.sh
	@db=cloth_test_$$$$; \
	psql "$(PG_URL)/postgres" -qc "CREATE DATABASE $$db" >/dev/null; \
	trap 'psql "$(PG_URL)/postgres" -qc "DROP DATABASE IF EXISTS $$db WITH (FORCE)" >/dev/null' EXIT; \
	TEST_DATABASE_URL="$(PG_URL)/$$db" cargo test -p service --test it; \
	TEST_DATABASE_URL="$(PG_URL)/$$db" cargo test -p server --test http postgres::

# Playwright in Debian's Chromium against the release build, hydrated and without JavaScript.
e2e: build
	cd end2end && CLOTH_BIN="$(CLOTH_BIN)" npx playwright test

# kill -9 the release server under concurrent sign-ups, restart it, check that every
# acknowledged write is there; the short version, on SQLite and Postgres (docs/durability.md).
durability: build
	@scripts/ensure-postgres.sh
	DURABILITY_SHORT=1 CLOTH_BIN="$(CLOTH_BIN)" PG_URL="$(PG_URL)" scripts/durability.sh --db both

clean-db:
	rm -rf data/
