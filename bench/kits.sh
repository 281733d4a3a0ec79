#!/usr/bin/env bash
# How fast translation kits are made and read back: the shipped statement (129 signatories,
# 161 units) and a generated one of N signatories (bench/synthetic.py, EN and FR), its French
# kit exported as XLIFF and as .docx, then each imported unchanged (every unit compared, no file
# written). Best and median of five runs, and the peak memory (bench/peak-rss.py). No target was
# set for kits; the numbers are for BENCHMARKS.md. Not part of CI: it builds the release binary.
# Usage: bench/kits.sh [N]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
cargo build --release --quiet
root="$PWD"
bin="$root/target/release/publish"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/shipped"
cp -r publish.toml locales "$work/shipped/"
python3 bench/synthetic.py "$n" "$work/synthetic" >/dev/null
best_median() {
  local label="$1"; shift
  local times=()
  for _ in 1 2 3 4 5; do
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s.%N)
    times+=("$(echo "$e - $s" | bc)")
  done
  local mem
  mem=$(python3 "$root/bench/peak-rss.py" "$@" 2>/dev/null)
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" -v m="$mem" '{a[NR]=$1} END {printf "%-44s best %.3f s, median %.3f s, peak %s MB\n", l, a[1], a[3], m}'
}
for p in shipped synthetic; do
  cd "$work/$p"
  for f in xliff docx; do
    best_median "$p: export --lang fr --format $f" "$bin" export --lang fr --format "$f" --out "$work/kits-$p"
  done
  units=$(grep -c '<unit id=' "$work"/kits-"$p"/*.fr.xlf)
  echo "$p: $units units, xlf $(stat -c %s "$work"/kits-"$p"/*.fr.xlf) bytes, docx $(stat -c %s "$work"/kits-"$p"/*.fr.docx) bytes"
  for k in "$work"/kits-"$p"/*.fr.xlf "$work"/kits-"$p"/*.fr.docx; do
    best_median "$p: import $(basename "$k") (unchanged)" "$bin" import "$k"
  done
  cd - >/dev/null
done
