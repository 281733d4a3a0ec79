"""Fills a Word translation kit in LibreOffice, as a translator does: LibreOffice (headless,
through its UNO API) opens the .docx, types each translation into the third cell of the row
whose first cell names the unit, sets italics and links where asked, and saves the document as
Word 2007-365 .docx. Every byte of the result is LibreOffice's.

    /usr/bin/python3 lo_fill.py IN.docx OUT.docx FILL.tsv

FILL.tsv: one line per unit, UNIT_ID<TAB>TEXT, where `*words*` is typed in italics and
`[words](address)` as a link. Run by tests/suite/kits.rs; needs Debian's python3-uno.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.awt.FontSlant import ITALIC
from com.sun.star.beans import PropertyValue

inp, out, tsv = (os.path.abspath(a) for a in sys.argv[1:4])
fill = {}
with open(tsv, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\r\n")
        if line:
            uid, text = line.split("\t", 1)
            fill[uid] = text


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


profile = tempfile.mkdtemp()
pipe = "publish-kit-%d" % os.getpid()
office = subprocess.Popen(
    [
        "soffice",
        "-env:UserInstallation=file://" + profile,
        "--headless",
        "--invisible",
        "--norestore",
        "--accept=pipe,name=%s;urp;" % pipe,
    ],
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(600):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.1)
    else:
        sys.exit("LibreOffice did not start")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(inp), "_blank", 0, (prop("Hidden", True),))
    table = doc.getTextTables().getByIndex(0)
    rows = table.getRows().getCount()
    done = set()
    for r in range(1, rows):
        uid = table.getCellByName("A%d" % (r + 1)).getString().strip()
        if uid not in fill:
            continue
        cell = table.getCellByName("C%d" % (r + 1))
        # The words first, then each italic or linked stretch selected and formatted, as a
        # translator types and then formats.
        pieces, plain = [], ""
        for piece in re.split(r"(\*[^*]+\*|\[[^\]]+\]\([^)]+\))", fill[uid]):
            if not piece:
                continue
            link = re.fullmatch(r"\[([^\]]+)\]\(([^)]+)\)", piece)
            italic = re.fullmatch(r"\*([^*]+)\*", piece)
            text = link.group(1) if link else italic.group(1) if italic else piece
            if link or italic:
                pieces.append((len(plain), len(text), link.group(2) if link else None))
            plain += text
        cell.setString(plain)
        for start, length, url in pieces:
            cursor = cell.createTextCursor()
            cursor.gotoStart(False)
            cursor.goRight(start, False)
            cursor.goRight(length, True)
            if url:
                cursor.HyperLinkURL = url
            else:
                cursor.CharPosture = ITALIC
        done.add(uid)
    doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "MS Word 2007 XML"),))
    doc.close(True)
    missing = set(fill) - done
    if missing:
        sys.exit("no row for %s" % ", ".join(sorted(missing)))
finally:
    try:
        desktop.terminate()
    except Exception:
        pass
    office.wait(timeout=30)
