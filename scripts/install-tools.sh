#!/usr/bin/env bash
# Installs what building and testing need, each only when missing or at the wrong version.
# Versions and reasons: ../shared/TOOLCHAIN.md (cargo-leptos 0.3.11 needs a newer rustc;
# wasm-bindgen-cli must equal the wasm-bindgen crate exactly).
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=0.2.129

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_missing=()
command -v chromium >/dev/null || apt_missing+=(chromium)
command -v wasm-opt >/dev/null || apt_missing+=(binaryen)
command -v psql >/dev/null || apt_missing+=(postgresql-client)
# The durability check reads the SQLite file directly; curl drives its writers.
command -v sqlite3 >/dev/null || apt_missing+=(sqlite3)
command -v curl >/dev/null || apt_missing+=(curl)
if [ ${#apt_missing[@]} -gt 0 ]; then
  echo "==> apt-get install ${apt_missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${apt_missing[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "==> rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  echo "==> cargo install cargo-leptos $CARGO_LEPTOS_VERSION (about 15 minutes, once)"
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  echo "==> cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked
fi

for dir in style end2end; do
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "==> npm ci in $dir"
    # Playwright must not download a browser (it cannot here); it drives Debian's Chromium.
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
done
