#!/usr/bin/env bash
# Whether `signatories import` stays linear in the rows it reads: imports (dry run) 100,000 and
# 200,000 made-up names of three words into a copy of the example letter, times each (best of
# three) and prints the ratio, which a linear import keeps near 2 (at most 2.2). With 1000000 as
# its argument it also times a million rows. Not part of CI: it builds the release binary.
# Usage: bench/import-scale.sh [EXTRA_ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" "${1:-0}" <<'PY'
import random, sys
work, extra = sys.argv[1], int(sys.argv[2])
random.seed(1)
syl = ["ka","lo","mi","ne","ru","sa","ti","vo","zu","be","da","fe","gi","ho","ja","ku","le","mo",
       "ni","po","qu","ri","se","to","ul","va","we","xi","ya","zo","ar","en"]
kinds = ["Network","Centre","Collective","Union","Foundation","Alliance","Association","Forum",
         "Initiative","Society","Project","Coalition"]
want = max(200000, extra)
seen, rows = set(), []
while len(rows) < want:
    n = " ".join("".join(random.choice(syl) for _ in range(3)).capitalize() for _ in range(2))
    n += " " + random.choice(kinds)
    if n not in seen:
        seen.add(n)
        rows.append(n)
for k in sorted({100000, 200000, extra} - {0}):
    with open(f"{work}/r{k}.csv", "w") as f:
        f.write("Organisation name,Country\n")
        f.writelines(f"{n},KE\n" for n in rows[:k])
PY
cp -r examples/open-letter "$work/project"
best() {
  local b=999999
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N)
    (cd "$work/project" && "$OLDPWD/target/release/publish" signatories import "$work/r$1.csv" --dry-run --group Africa >/dev/null 2>&1) || true
    e=$(date +%s.%N)
    b=$(python3 -c "print(min($b, $e - $s))")
  done
  echo "$b"
}
t1=$(best 100000)
t2=$(best 200000)
echo "100000 rows: ${t1} s; 200000 rows: ${t2} s; ratio $(python3 -c "print(round($t2 / $t1, 2))")"
if [ "${1:-0}" -gt 200000 ]; then
  echo "$1 rows: $(best "$1") s"
fi
