#!/usr/bin/env python3
"""Runs a command and prints the peak of the resident memory of it and all its descendants
together, in MB (sampled every 2 ms from /proc): GNU time reports one process's peak, which
undercounts a run that starts worker processes. With --pss, the peak of their proportional set
size instead (Linux's Pss: a page shared by several processes, such as the binary's own code and
built-in fonts, counted once in all): the memory the machine spends, which the sum of resident
sizes overcounts. Usage: bench/peak-rss.py [--pss] COMMAND [ARGS...]"""
import os
import subprocess
import sys
import time


def children():
    """Parent pid -> child pids, for every process."""
    out = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        out.setdefault(ppid, []).append(int(pid))
    return out


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    args = sys.argv[1:]
    measure = rss_kb
    if args and args[0] == "--pss":
        measure, args = pss_kb, args[1:]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        tree, todo = [], [proc.pid]
        kids = children()
        while todo:
            p = todo.pop()
            tree.append(p)
            todo.extend(kids.get(p, []))
        peak = max(peak, sum(measure(p) for p in tree))
        time.sleep(0.002)
    if proc.returncode != 0:
        sys.exit(f"the command failed with exit code {proc.returncode}")
    print(f"{peak / 1024:.0f}")


if __name__ == "__main__":
    main()
