#!/usr/bin/env bash
# The sign-on campaign at scale: importing 10,000 new rows (XLSX and CSV, made by
# `cargo run --example make-sheets`) into the 129-name statement, duplicate detection included,
# against `publish --lang en` of the resulting 10,129-name statement, in one hyperfine run
# (ratios of medians), and the peak memory of each (bench/peak-rss.py). Each import starts from
# a fresh copy of the statement (hyperfine's --prepare), so that every run imports all rows.
# Installs hyperfine when missing. Not part of CI. Usage: bench/signatories.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}

command -v hyperfine >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null; }
cargo build --release --quiet
cargo build --release --quiet --example make-sheets
publish=$PWD/target/release/publish
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(date -u +%Y-%m-%d)"

target/release/examples/make-sheets "$work/sheets" "$rows"
mkdir -p "$work/base"
cp -r publish.toml locales "$work/base/"
# The statement after the import: what publishing then typesets.
cp -r "$work/base" "$work/imported"
"$publish" signatories import "$work/sheets/campaign-$rows.xlsx" --project "$work/imported" 2>&1 | grep '^import:'
fresh="rm -rf $work/p && cp -r $work/base $work/p"

hyperfine --warmup 1 --runs 5 --export-json "$work/import.json" --prepare "$fresh" \
  -n "import $rows rows (XLSX)" "$publish signatories import $work/sheets/campaign-$rows.xlsx --project $work/p" \
  -n "import $rows rows (CSV)" "$publish signatories import $work/sheets/campaign-$rows.csv --project $work/p" \
  -n "publish --lang en ($((rows + 129)) names)" "$publish --project $work/imported --lang en --out $work/out"

eval "$fresh"
mem_xlsx=$(python3 bench/peak-rss.py "$publish" signatories import "$work/sheets/campaign-$rows.xlsx" --project "$work/p")
eval "$fresh"
mem_csv=$(python3 bench/peak-rss.py "$publish" signatories import "$work/sheets/campaign-$rows.csv" --project "$work/p")
mem_publish=$(python3 bench/peak-rss.py "$publish" --project "$work/imported" --lang en --out "$work/out")

python3 - "$work/import.json" "$mem_xlsx" "$mem_csv" "$mem_publish" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
mem = [int(m) for m in sys.argv[2:5]]
base = results[2]["median"]
for r, m in zip(results, mem):
    print(f"{r['command']:<40} median {r['median']:.2f} s  ({r['median'] / base:.2f} x publish)  peak {m} MB")
PY
