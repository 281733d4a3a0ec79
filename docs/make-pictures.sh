#!/usr/bin/env bash
# Makes the README's pictures from the real output, with publish's own previews (--emit png):
# page 1 in English, the first page of signatories in French, page 1 in large print, and a
# crop-marked proof page, the social cards and the web page at two widths. Needs pdftotext
# (poppler-utils) to find the signatories' page, and node with Chromium for the web page.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
publish() { cargo run --release --quiet -- "$@"; }
publish --lang en,fr --emit pdf,png --ppi 60 --out "$tmp"
cp "$tmp/oppose-icc-sanctions.en-GB.p1.png" docs/page1.en-GB.png
# The first page that holds the "Signataires" heading.
page=$(for p in 1 2 3 4; do
  if pdftotext -f $p -l $p "$tmp/oppose-icc-sanctions.fr.pdf" - 2>/dev/null | grep -q '^Signataires'; then echo $p; break; fi
done)
cp "$tmp/oppose-icc-sanctions.fr.p${page:-2}.png" docs/signatories.fr.png
publish --lang en --layout large-print --emit png --ppi 60 --out "$tmp"
cp "$tmp/oppose-icc-sanctions.en-GB.large-print.p1.png" docs/large-print.p1.png
publish --lang fr --bleed 3mm --marks --emit png --ppi 60 --out "$tmp"
cp "$tmp/oppose-icc-sanctions.fr.proof.p1.png" docs/proof.fr.p1.png
# The handout fitted to two pages (--fit-pages 2), French: both pages.
publish --lang fr --fit-pages 2 --emit png --ppi 40 --out "$tmp" 2>/dev/null
cp "$tmp/oppose-icc-sanctions.fr.p1.png" docs/fit2.fr.p1.png
cp "$tmp/oppose-icc-sanctions.fr.p2.png" docs/fit2.fr.p2.png
# The social cards: the statement in French, the example letter in Arabic.
publish --lang fr --emit card --out "$tmp"
cp "$tmp/oppose-icc-sanctions.fr.card.png" docs/card.fr.png
publish --project examples/open-letter --lang ar --emit card --out "$tmp"
cp "$tmp/example-open-letter.ar.card.png" docs/card.ar.png
# The web edition, as headless Chromium shows it at a phone's and a desktop's width, with the
# checks of tests/suite/web.rs (needs node, Chromium and `npm ci` in tests/web, as .ci/run installs).
publish --lang all --emit pdf,html --out "$tmp" 2>/dev/null
publish --project examples/open-letter --lang all --emit pdf,html --out "$tmp" 2>/dev/null
printf '{ "pages": [ { "file": "%s", "expect": [] }, { "file": "%s", "expect": [] } ], "widths": [375, 1280], "screenshots": "%s" }\n' \
  "$tmp/oppose-icc-sanctions.fr.html" "$tmp/example-open-letter.ar.html" "$tmp" > "$tmp/spec.json"
node tests/web/check.mjs "$tmp/spec.json"
cp "$tmp/oppose-icc-sanctions.fr.375.png" docs/web.fr.375.png
cp "$tmp/oppose-icc-sanctions.fr.1280.png" docs/web.fr.1280.png
cp "$tmp/example-open-letter.ar.375.png" docs/web.ar.375.png
echo "wrote docs/page1.en-GB.png, docs/signatories.fr.png, docs/large-print.p1.png, docs/proof.fr.p1.png, docs/fit2.fr.p1.png, docs/fit2.fr.p2.png, docs/card.fr.png, docs/card.ar.png, docs/web.fr.375.png, docs/web.fr.1280.png, docs/web.ar.375.png"
