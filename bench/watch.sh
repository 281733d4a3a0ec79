#!/usr/bin/env bash
# publish watch: 200 one-line edits of a .ftl file. Prints, against a cold publish of the same
# language (median of 11 runs): the median time from an edit to the new PDF (with the watcher's
# 20 ms settling delay and this script's polling), the median rebuild (what `publish watch`
# reports: from the change settling to the file written), and the resident memory after 1, 50,
# 100, 150 and 200 edits. Usage: bench/watch.sh PUBLISH_BINARY
set -euo pipefail
publish=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'pkill -f "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$root/publish.toml" "$root/locales" "$work/"
cd "$work"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for i in $(seq 11); do
  start=$(date +%s%N)
  "$publish" --lang fr --out cold >/dev/null 2>&1
  echo $(( ($(date +%s%N) - start) / 1000000 ))
done > cold.txt
cold=$(median < cold.txt)
PUBLISH_WATCH_BUILDS=100000 "$publish" watch --lang fr --out out 2> watch.log &
pid=$!
while ! grep -q '^built in' watch.log 2>/dev/null; do sleep 0.1; done
: > times.txt
for i in $(seq 1 200); do
  start=$(date +%s%N)
  sed -i "s/^statement-kicker = .*/statement-kicker = Déclaration $i/" locales/fr/statement.ftl
  # Wait for this edit's build before the next edit.
  while [ "$(grep -c '^built in' watch.log)" -le "$i" ] && kill -0 $pid 2>/dev/null; do sleep 0.002; done
  echo $(( ($(date +%s%N) - start) / 1000000 )) >> times.txt
  case $i in 1|50|100|150|200) echo "after $i edits: $(awk '/VmRSS/{printf "%.0f MB", $2/1024}' /proc/$pid/status)";; esac
done
kill $pid
edit=$(median < times.txt)
rebuild=$(grep -o '^built in [0-9]*' watch.log | tail -n +2 | awk '{print $3}' | median)
echo "cold publish --lang fr: ${cold} ms median"
echo "edit to new PDF: ${edit} ms median ($(awk "BEGIN{printf \"%.2f\", $edit/$cold}")× cold)"
echo "rebuild, as publish watch reports it: ${rebuild} ms median ($(awk "BEGIN{printf \"%.2f\", $rebuild/$cold}")× cold)"
