#!/usr/bin/env python3
"""Writes a statement with N generated signatories (EN and FR), for the scale benchmarks:
bench/synthetic.py N DIR. The body is the example statement's; the names are made of words
from a fixed list, deterministically, so every run measures the same document."""
import os
import shutil
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WORDS = ["Human", "Rights", "Centre", "Justice", "Coalition", "Network", "International",
         "Foundation", "Lawyers", "Women", "Peace", "Victims", "Truth", "Alliance", "Forum"]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    shutil.rmtree(out, ignore_errors=True)
    ids = [f"sig-{i:06d}" for i in range(n)]
    toml = open(os.path.join(ROOT, "publish.toml"), encoding="utf-8").read()
    toml = toml[: toml.index("ids = [")] + "ids = [\n" + "".join(f'    "{i}",\n' for i in ids) + "]\n"
    os.makedirs(out)
    open(os.path.join(out, "publish.toml"), "w", encoding="utf-8").write(toml)
    for locale, prefix in (("en-GB", "No."), ("fr", "N°")):
        d = os.path.join(out, "locales", locale)
        os.makedirs(d)
        shutil.copy(os.path.join(ROOT, "locales", locale, "statement.ftl"), d)
        with open(os.path.join(d, "signatories.ftl"), "w", encoding="utf-8") as f:
            for k, i in enumerate(ids):
                name = " ".join(WORDS[(k * 7 + j * 3) % len(WORDS)] for j in range(2 + k % 5))
                f.write(f"# same-in-all-locales\n{i} = {name} {prefix} {k}\n")


if __name__ == "__main__":
    main()
