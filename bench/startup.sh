#!/usr/bin/env bash
# How the binary is linked, measured: position-independent (PIE: the dynamic loader relocates
# about 120,000 pointers at every start), with packed relative relocations (RELR: the same
# pointers, a table a hundredth the size; needs glibc 2.36 at run time), not position-independent
# (no-pie, as build.rs links it on Linux: no relocation at all, and the program's own code at a
# fixed address), and a static musl binary when the musl target is installed (`rustup target add
# x86_64-unknown-linux-musl`; the Linux release's candidate). For each: size, relative relocations, the loader's cycles (LD_DEBUG=statistics),
# `--version` and `--lang en` / `--lang en,fr` of the statement in alternation with the PIE
# (bench/paired.py), and peak memory (bench/peak-rss.py, resident and proportional).
# Not part of CI. Usage: bench/startup.sh [PAIRS]   (default 30 pairs)
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each variant relinks only the final binary (the dependencies are the same objects).
PUBLISH_LINK_PIE=1 cargo build --release --quiet
cp target/release/publish "$work/pie"
PUBLISH_LINK_PIE=1 cargo rustc --release --quiet --bin publish -- -C link-arg=-Wl,-z,pack-relative-relocs
cp target/release/publish "$work/relr"
touch src/main.rs && cargo build --release --quiet # the binary as built: no-pie
cp target/release/publish "$work/no-pie"
variants=(pie relr no-pie)
musl=x86_64-unknown-linux-musl
if rustup target list --installed 2>/dev/null | grep -qx "$musl"; then
  cargo build --release --quiet --target "$musl"
  cp "target/$musl/release/publish" "$work/musl"
  variants+=(musl)
else
  echo "(no musl binary: rustup target add $musl, then run this again)"
fi

echo "== $(nproc) cores, $(date -u +%Y-%m-%d), $(git rev-parse --short HEAD)"
printf '%-8s %10s %12s %16s\n' variant "size MB" "relative" "loader cycles"
for v in "${variants[@]}"; do
  size=$(stat -c %s "$work/$v")
  relative=$(readelf -r "$work/$v" 2>/dev/null | grep -c R_X86_64_RELATIVE || true)
  cycles=$(LD_DEBUG=statistics "$work/$v" --version 2>&1 | sed -n 's/.*total startup time in dynamic loader: \([0-9]*\) cycles.*/\1/p' | head -n 1)
  printf '%-8s %10.1f %12s %16s\n' "$v" "$(awk "BEGIN { print $size / 1048576 }")" "$relative" "${cycles:-static}"
done

for v in "${variants[@]}"; do
  [ "$v" = pie ] && continue
  echo "== $v against pie (B/A below 1: $v is faster)"
  python3 bench/paired.py "$pairs" "$work/pie --version" "$work/$v --version"
  python3 bench/paired.py "$pairs" "$work/pie --lang en --out $work/out" "$work/$v --lang en --out $work/out"
  python3 bench/paired.py "$pairs" "$work/pie --lang en,fr --out $work/out" "$work/$v --lang en,fr --out $work/out"
done
echo "== peak memory, --lang en,fr: resident in all processes / proportional (MB)"
for v in "${variants[@]}"; do
  echo "$v: $(python3 bench/peak-rss.py "$work/$v" --lang en,fr --out "$work/out") / $(python3 bench/peak-rss.py --pss "$work/$v" --lang en,fr --out "$work/out")"
done
