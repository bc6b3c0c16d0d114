#!/usr/bin/env bash
# Clean release build time of each artifact, each in its own fresh target directory (dependencies already
# downloaded). Usage: bash benches/build-times.sh [component|web|envoy|ward]...  (default: all four)
# The component must exist in dist/ before timing `ward` (it is embedded): run `cargo xtask build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
base=target/build-times
artifacts=("$@")
[ ${#artifacts[@]} -gt 0 ] || artifacts=(component web envoy ward)
for a in "${artifacts[@]}"; do
  case "$a" in
    component) args=(--release -p ward-component --target wasm32-unknown-unknown) ;;
    web) args=(--profile web -p ward-web --target wasm32-unknown-unknown) ;;
    envoy) args=(--profile envoy -p ward-envoy --target wasm32-wasip1) ;;
    ward) args=(--release -p ward-host --bin ward) ;;
    *) echo "unknown artifact $a" >&2; exit 2 ;;
  esac
  rm -rf "$base/$a"
  start=$(date +%s.%N)
  CARGO_TARGET_DIR="$base/$a" cargo build --quiet "${args[@]}"
  end=$(date +%s.%N)
  printf '%-10s %6.1f s   (load average %s)\n' "$a" "$(echo "$end - $start" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
  rm -rf "$base/$a"
done
