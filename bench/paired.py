#!/usr/bin/env python3
"""Times two commands in alternation, A B A B ..., N pairs after 3 warm-up pairs, and prints
each one's median wall time and the median of the per-pair ratios B/A: on a machine whose speed
drifts, commands timed back to back in separate batches (as hyperfine does) can land in
different phases of the drift; pairs run a few milliseconds apart do not.
Usage: bench/paired.py N 'COMMAND A' 'COMMAND B'"""
import shlex
import statistics
import subprocess
import sys
import time


def run(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main():
    n, a, b = int(sys.argv[1]), shlex.split(sys.argv[2]), shlex.split(sys.argv[3])
    for _ in range(3):
        run(a)
        run(b)
    ta, tb = [], []
    for _ in range(n):
        ta.append(run(a))
        tb.append(run(b))
    ratios = [y / x for x, y in zip(ta, tb)]
    print(f"A median {statistics.median(ta) * 1000:.1f} ms, B median {statistics.median(tb) * 1000:.1f} ms, "
          f"B/A median of {n} pairs {statistics.median(ratios):.2f} "
          f"(quartiles {statistics.quantiles(ratios, n=4)[0]:.2f}-{statistics.quantiles(ratios, n=4)[2]:.2f})")


if __name__ == "__main__":
    main()
