#!/usr/bin/env bash
# Native redaction time, commit A against commit B, on this machine: the unit for scanner work now that
# instruction counts no longer predict time (benches/RESULTS-redact.md, session 4: -21 % instructions, +3 % time).
#
#   bash benches/ab-redact.sh OLD_REV [NEW_REV] [ROUNDS]     # NEW_REV defaults to HEAD, ROUNDS to 7
#
# Builds core/benches/redact.rs at both revisions (git worktrees in a temporary directory, one shared target
# directory: ${CARGO_TARGET_DIR:-target/ab-redact}), then runs the two binaries alternately ROUNDS times each
# (alternating, so drift in the machine's load hits both alike) and prints every run's "MB per CPU-second" on 1 MB of
# mixed chat and 4.5 KB p50, then the medians and the ratio. CPU time of the benchmark thread, so other tenants of a
# shared VM matter less than for wall time; still, run it on a quiet machine.
set -euo pipefail
old="${1:?usage: ab-redact.sh OLD_REV [NEW_REV] [ROUNDS]}"
new="${2:-HEAD}"
rounds="${3:-7}"
root="$(git rev-parse --show-toplevel)"
target="${CARGO_TARGET_DIR:-$root/target/ab-redact}"
work="$(mktemp -d)"
cleanup() {
  git -C "$root" worktree remove --force "$work/old" 2>/dev/null || true
  git -C "$root" worktree remove --force "$work/new" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

build() { # rev dir -> prints the bench binary's path
  git -C "$root" worktree add --quiet --detach "$2" "$1"
  (cd "$2" && CARGO_TARGET_DIR="$target" cargo bench --quiet -p ward-core --bench redact --no-run \
    --message-format=json 2>/dev/null) |
    python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "redact" and m.get("executable"):
        print(m["executable"])' | tail -1
}

echo "== building $old and $new (target: $target)" >&2
old_bin="$work/old.bin"
new_bin="$work/new.bin"
cp "$(build "$old" "$work/old")" "$old_bin" # copied: the second build overwrites the same path
cp "$(build "$new" "$work/new")" "$new_bin"

run() { # binary -> "MB/s p50"
  "$1" --bench zzz-no-criterion-group 2>&1 | python3 -c 'import re,sys
t = sys.stdin.read()
mb = re.search(r"([0-9.]+) MB/s per CPU-second", t)
p50 = re.search(r"p50 ([0-9.]+) us", t)
print(mb.group(1) if mb else "nan", p50.group(1) if p50 else "nan")'
}

old_runs=()
new_runs=()
for i in $(seq "$rounds"); do
  o="$(run "$old_bin")"
  n="$(run "$new_bin")"
  old_runs+=("$o")
  new_runs+=("$n")
  echo "round $i: $old ${o% *} MB/s (p50 ${o#* } us)   $new ${n% *} MB/s (p50 ${n#* } us)"
done

printf '%s\n' "${old_runs[@]}" > "$work/old.txt"
printf '%s\n' "${new_runs[@]}" > "$work/new.txt"
python3 - "$work/old.txt" "$work/new.txt" "$old" "$new" <<'EOF'
import statistics, sys
def load(path):
    rows = [line.split() for line in open(path) if line.strip()]
    return [float(r[0]) for r in rows], [float(r[1]) for r in rows]
(om, op), (nm, np_) = load(sys.argv[1]), load(sys.argv[2])
mo, mn = statistics.median(om), statistics.median(nm)
print(f"median MB per CPU-second: {sys.argv[3]} {mo:.1f}, {sys.argv[4]} {mn:.1f} ({mn / mo:.3f}x)")
print(f"median 4.5 KB p50 (us):   {sys.argv[3]} {statistics.median(op):.1f}, {sys.argv[4]} {statistics.median(np_):.1f}")
EOF
