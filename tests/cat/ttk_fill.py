"""Fills an XLIFF 2 translation kit the way a CAT tool's file engine does: the Translate
Toolkit (translate.storage.xliff2, the engine Weblate reads XLIFF 2 with) reads the kit, sets
each named unit's target and state through its unit API, and writes the file with its own
serializer. Nothing here writes XML of its own.

    python ttk_fill.py IN.xlf OUT.xlf FILL.tsv [translated|reviewed|keep]

FILL.tsv: one line per unit, UNIT_ID<TAB>TARGET, TARGET an XML fragment in XLIFF 2's inline
notation (`<ph id="1" dataRef="d1"/>`, `<pc …>…</pc>`); `\\t`, `\\n`, `\\\\` escaped. The tests in
tests/suite/kits.rs run it; .ci/run installs the toolkit (translate-toolkit on PyPI).
"""
import re
import sys

from lxml import etree
from translate.storage import xliff2
from translate.storage.placeables import lisa as placeables

inp, out, tsv = sys.argv[1:4]
state = sys.argv[4] if len(sys.argv) > 4 else "translated"

store = xliff2.Xliff2File.parsefile(open(inp, "rb"))
NS = store.namespace


def fragment(text):
    e = etree.fromstring('<target xmlns="%s">%s</target>' % (NS, text))
    return [placeables.xml_to_strelem(e)]


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "\\": "\\"}.get(m.group(1), m.group(0)), s)


units = {u.getid(): u for u in store.units if u.istranslatable()}
missing = []
with open(tsv, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\r\n")
        if not line or line.startswith("#"):
            continue
        uid, target = line.split("\t", 1)
        unit = units.get(uid)
        if unit is None:
            missing.append(uid)
            continue
        unit.rich_target = fragment(unescape(target))
        if state == "translated":
            unit.marktranslated()
        elif state == "reviewed":
            unit.markapproved(True)
        elif state != "keep":
            sys.exit("state must be translated, reviewed or keep")

with open(out, "wb") as f:
    f.write(bytes(store))
if missing:
    sys.exit("no unit %s in %s" % (", ".join(missing), inp))
