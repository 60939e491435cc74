#!/usr/bin/env bash
# Installs what building and testing need, each only when missing or at the wrong version.
# Versions and reasons: ../shared/TOOLCHAIN.md (cargo-leptos 0.3.11 needs a newer rustc;
# wasm-bindgen-cli must equal the wasm-bindgen crate exactly).
#
# Usage: install-tools.sh <release|serve>, the profile of the server build that overlaps a
# first install (what the `make` target calling it builds next).
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER_PROFILE=${1:-release}
case "$SERVER_PROFILE" in release | serve) ;; *) echo "usage: $0 <release|serve>" >&2; exit 2 ;; esac

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

for dir in style end2end; do
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "==> npm ci in $dir"
    # Playwright must not download a browser (it cannot here); it drives Debian's Chromium.
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
done

# The two Rust tools build from source, once. They only orchestrate the build (cargo-leptos) and
# rewrite one file (wasm-bindgen), so they are built without optimisation: cargo-leptos's own
# profile (fat LTO, one codegen unit) made it the longest step of a first start. What they do
# at run time that an unoptimised build would slow down is compression (`--precompress`, a
# megabyte of WASM at brotli's best), so the compressors stay optimised. Both build side by
# side, and meanwhile the app's build starts, so the two cores stay busy.
TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/cloth-target}
LOGS="$TARGET_DIR/tool-installs"
mkdir -p "$LOGS"
declare -A installing=()
install_in_background() { # crate version
  echo "==> cargo install $1 $2 (in the background, log: $LOGS/$1.log)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 CARGO_PROFILE_RELEASE_OPT_LEVEL=0 \
    CARGO_PROFILE_RELEASE_DEBUG=false CARGO_TARGET_DIR="$LOGS/$1-target" \
    cargo install "$1" --version "$2" --locked \
    --config 'profile.release.package.brotli.opt-level=3' \
    --config 'profile.release.package.miniz_oxide.opt-level=3' \
    --config 'profile.release.package.flate2.opt-level=3' >"$LOGS/$1.log" 2>&1 &
  installing[$1]=$!
}
if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  install_in_background cargo-leptos "$CARGO_LEPTOS_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  install_in_background wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
fi
if [ ${#installing[@]} -gt 0 ]; then
  # Exactly the builds `cargo leptos build --release` runs next (same packages, profiles,
  # target directories and LEPTOS_OUTPUT_NAME, which leptos reads at compile time), so it
  # finds them done. A failure here is left for cargo-leptos to report.
  echo "==> meanwhile: the app's build (server profile $SERVER_PROFILE)"
  LEPTOS_OUTPUT_NAME=cloth cargo build --package=server --bin=cloth --profile="$SERVER_PROFILE" || true
  LEPTOS_OUTPUT_NAME=cloth cargo build --package=frontend --lib --target-dir="$TARGET_DIR/front" \
    --target=wasm32-unknown-unknown --profile=wasm-release || true
  for crate in "${!installing[@]}"; do
    if wait "${installing[$crate]}"; then
      echo "==> $crate installed"
      rm -rf "$LOGS/$crate-target"
    else
      echo "cargo install $crate failed; the end of $LOGS/$crate.log:" >&2
      tail -n 30 "$LOGS/$crate.log" >&2
      exit 1
    fi
  done
fi
