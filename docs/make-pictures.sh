#!/usr/bin/env bash
# Makes the README's pictures from the real output: page 1 in English and the first page of
# signatories in French. Needs pdftoppm (Debian: poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --release --quiet -- --lang en,fr --out "$tmp"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$tmp/oppose-icc-sanctions.en-GB.pdf" docs/page1.en-GB
# The first page that holds the "Signataires" heading.
page=$(for p in 1 2 3 4; do
  if pdftotext -f $p -l $p "$tmp/oppose-icc-sanctions.fr.pdf" - 2>/dev/null | grep -q '^Signataires'; then echo $p; break; fi
done)
pdftoppm -png -r 60 -f "${page:-2}" -l "${page:-2}" -singlefile "$tmp/oppose-icc-sanctions.fr.pdf" docs/signatories.fr
echo "wrote docs/page1.en-GB.png and docs/signatories.fr.png"
