#!/usr/bin/env bash
# Same inputs, same bytes, across a change of the code: builds a base commit (default: HEAD~1)
# in a git worktree, then runs its publish and this checkout's publish over the same matrix of
# outputs (both languages and the pseudo-locales, every layout, both papers, both themes, bleed,
# crop marks, fitting, PNG and SVG previews, cards, web pages, manifests, the example letter in
# every layout, eject's model) and compares every file's sha256, and what each run said.
# Prints each file that differs and exits 1 if any does; exits 0 when every file is the same.
# Usage: bench/same-outputs.sh [BASE]        (not part of CI: it builds publish twice)
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD~1}
here=$PWD
work=$(mktemp -d)
trap 'git -C "$here" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --detach "$work/base" "$base" >/dev/null
# The base is built in a target folder of its own, kept between runs (target/same-outputs-base:
# the first run compiles the dependencies again). One folder for both would mix their build
# scripts' outputs (the built-in files of one checkout in the other's binary).
(cd "$work/base" && CARGO_TARGET_DIR="$here/target/same-outputs-base" cargo build --release --quiet)
cp "$here/target/same-outputs-base/release/publish" "$work/publish-base"
cargo build --release --quiet
cp "$here/target/release/publish" "$work/publish-new"

variants=(
  "--lang all"
  "--lang pseudo"
  "--lang pseudo-rtl"
  "--lang all --layout large-print"
  "--lang all --layout open-letter"
  "--lang all --paper us-letter"
  "--lang all --layout large-print --paper us-letter"
  "--lang all --theme contrast"
  "--lang all --layout large-print --theme contrast"
  "--lang all --bleed 3mm"
  "--lang all --marks --bleed 3mm"
  "--lang all --fit-pages 2"
  "--lang all --emit pdf,png,svg,card,html --ppi 48"
  "--lang fr --layout large-print --emit png,svg --ppi 36"
  "--lang all --pdf-standard none"
  # The example letter (five languages, Arabic among them, groups, a logo) in every layout.
  "--project $here/examples/open-letter --lang all"
  "--project $here/examples/open-letter --lang all --layout handout"
  "--project $here/examples/open-letter --lang all --layout large-print"
  "--project $here/examples/open-letter --lang pseudo-rtl"
  "--project $here/examples/open-letter --lang all --emit html,card"
)
# Each binary publishes its own built-in example (run from an empty folder: the checkout is a
# project too, whose layouts/ folder would replace the built-in layouts of both).
mkdir "$work/empty"
for who in base new; do
  i=0
  for v in "${variants[@]}"; do
    # shellcheck disable=SC2086
    (cd "$work/empty" && "$work/publish-$who" $v --out "$work/out-$who/$i" --manifest "$work/out-$who/$i/manifest.json" 2>"$work/said-$who-$i" || true)
    # What it said, the times and its folder left out.
    sed -e 's/[0-9]* ms)/ms)/' -e "s#$work/out-$who#OUT#g" "$work/said-$who-$i" >>"$work/said-$who"
    i=$((i + 1))
  done
  # Eject: the model it writes (its layout files are the layout's, which a change may move).
  (cd "$work/empty" && "$work/publish-$who" eject "$work/out-$who/eject" --lang fr >/dev/null 2>&1)
  find "$work/out-$who/eject" -type f ! -name model.json -delete
  (cd "$work/out-$who" && find . -type f | sort | xargs sha256sum) >"$work/sums-$who"
done

count=$(wc -l <"$work/sums-new")
if ! diff "$work/said-base" "$work/said-new" >"$work/said-diff"; then
  echo "what the runs said differs from $base's:"
  cat "$work/said-diff"
fi
if diff "$work/sums-base" "$work/sums-new" >"$work/diff"; then
  echo "same: all $count files are byte-identical to $base's ($(git rev-parse --short "$base"))"
else
  echo "DIFFERENT from $base ($(git rev-parse --short "$base")):"
  cat "$work/diff"
  exit 1
fi
