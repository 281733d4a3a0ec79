#!/usr/bin/env bash
# publish watch: 200 one-line edits of a .ftl file; prints the median rebuild time against a cold
# publish of the same language, and the resident memory after 1, 50, 100, 150 and 200 edits.
# Usage: bench/watch.sh PUBLISH_BINARY
set -euo pipefail
publish=$1
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'pkill -f "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$root/publish.toml" "$root/locales" "$work/"
cd "$work"
/usr/bin/time -f "%e" -o cold.txt "$publish" --lang fr --out cold >/dev/null 2>&1
cold=$(cat cold.txt)
PUBLISH_WATCH_BUILDS=100000 "$publish" watch --lang fr --out out 2> watch.log &
pid=$!
while ! grep -q '^wrote' watch.log 2>/dev/null; do sleep 0.1; done
: > times.txt
for i in $(seq 1 200); do
  start=$(date +%s%N)
  sed -i "s/^statement-kicker = .*/statement-kicker = Déclaration $i/" locales/fr/statement.ftl
  # Wait for this edit's build (the wall time from the edit to the PDF written, including the
  # watcher's 50 ms settling delay) before the next edit.
  while [ "$(grep -c '^wrote' watch.log)" -le "$i" ] && kill -0 $pid 2>/dev/null; do sleep 0.005; done
  echo $(( ($(date +%s%N) - start) / 1000000 )) >> times.txt
  case $i in 1|50|100|150|200) echo "after $i edits: $(awk '/VmRSS/{print $2/1024 " MB"}' /proc/$pid/status)";; esac
done
kill $pid
median=$(sort -n times.txt | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
typeset=$(grep -o '[0-9]* ms)' watch.log | tail -n +2 | awk '{print $1}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "cold publish --lang fr: ${cold} s; after an edit, the new PDF is written in ${median} ms median (edit to file, with the 50 ms settling delay); typesetting itself ${typeset} ms median"
