#!/usr/bin/env bash
# Makes before/after crops of French typography for docs/typography/: one paragraph as a
# translator types it (plain spaces before : and ?, straight apostrophes), set once without
# French rules (tagged `de`, a language with no punctuation spacing) and once as French; and a
# column of signatories from the real French handout. Needs pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/typography
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/publish.toml" <<'TOML'
[statement]
id = "demo"
date = "2025-01-16"
reference = "fr"
locales = ["fr", "de"]

[[blocks]]
paragraph = "para"

[signatories]
order = "collation"
ids = ["sig-a"]
TOML
text="Pourquoi s'opposer aux sanctions ? Parce qu'elles frappent d'abord les victimes : celles et ceux qui attendent « justice » depuis des années ; la Cour n'a pas d'autre mission ! Les États parties doivent agir : maintenant."
for l in fr de; do
  mkdir -p "$tmp/locales/$l"
  cat > "$tmp/locales/$l/all.ftl" <<FTL
statement-kicker = Exemple
statement-title = Espaces et ponctuation
statement-dateline = { DATETIME(\$date) }
statement-author = publish
para = $text
signatories-heading = Signataires
signatories-lead = Liste :
sig-a = Avocats Sans Frontières
meta-subject = Exemple
meta-keywords = exemple
page-label = Page { \$page } sur { \$pages }
running-footer = Exemple
FTL
done
cargo run --release --quiet -- --project "$tmp" --lang fr,de --out "$tmp/out"
# The paragraph lies under the title block: crop it at 150 dpi.
crop() { pdftoppm -png -r 150 -f 1 -l 1 -x 120 -y 250 -W 1000 -H 150 -singlefile "$1" "$2"; }
crop "$tmp/out/demo.de.pdf" "$out/paragraph-before"
crop "$tmp/out/demo.fr.pdf" "$out/paragraph-after"
# A column of signatories of the French handout (page 2, first column).
cargo run --release --quiet -- --lang fr --out "$tmp/out"
pdftoppm -png -r 110 -f 2 -l 2 -x 100 -y 700 -W 300 -H 520 -singlefile "$tmp/out/oppose-icc-sanctions.fr.pdf" "$out/signatories-column.fr"
echo "wrote $out/paragraph-before.png, $out/paragraph-after.png, $out/signatories-column.fr.png"
