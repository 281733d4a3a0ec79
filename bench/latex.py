#!/usr/bin/env python3
"""Writes the statement as a LaTeX document, for the benchmark's xelatex side:
bench/latex.py MODEL_JSON OUT_TEX. MODEL_JSON is the model `publish eject` writes; the document
is set as ../shared/look describes the baseline (xelatex, fontspec with the same Noto fonts,
babel, multicol, 10.5 pt on A4, the signatories in three columns, the AJC note as a footnote),
so that both sides typeset the same text with the same fonts. The fonts are read from the
`fonts/` folder next to OUT_TEX (where `publish eject` puts them)."""
import json
import sys

SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "#": r"\#", "$": r"\$", "%": r"\%",
    "&": r"\&", "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}",
}


def tex(s):
    """Text as LaTeX prints it literally (no markup survives)."""
    return "".join(SPECIAL.get(c, c) for c in s)


def main():
    model = json.load(open(sys.argv[1], encoding="utf-8"))
    babel = {"en": "british", "fr": "french"}.get(model["lang"], "english")
    out = [
        r"\documentclass[10pt]{article}",
        r"\usepackage[a4paper,top=20mm,bottom=24mm,hmargin=23mm]{geometry}",
        r"\usepackage{fontspec}",
        r"\setmainfont{NotoSerif}[Path=./fonts/, Extension=.ttf, UprightFont=*-Regular,"
        r" BoldFont=*-Bold, ItalicFont=*-Italic, BoldItalicFont=*-BoldItalic]",
        r"\setsansfont{NotoSans}[Path=./fonts/, Extension=.ttf, UprightFont=*-Regular,"
        r" BoldFont=*-Bold, ItalicFont=*-Italic]",
        r"\usepackage[" + babel + r"]{babel}",
        r"\usepackage{multicol}",
        r"\renewcommand{\thefootnote}{\fnsymbol{footnote}}",
        r"\pagestyle{plain}",
        r"\begin{document}",
        r"\fontsize{10.5}{13}\selectfont",
        r"{\sffamily\bfseries\small " + tex(model["kicker"].upper()) + r"\par}",
        r"{\Large\bfseries " + tex(model["title"]) + r"\par}",
        r"\medskip\hrule\smallskip",
        r"{\sffamily\small " + tex(model["dateline"]) + r" \textperiodcentered{} "
        + tex(model["author"]) + r"\par}\bigskip",
    ]
    # Schema 2: blocks with their plain text (rich text's `text`), signatories in groups, a
    # note on an entry by its mark.
    for block in model["blocks"]:
        if block["kind"] == "heading":
            out.append(r"\subsection*{\sffamily " + tex(block["text"]) + "}")
        elif block["kind"] == "paragraph":
            out.append(tex(block["text"]) + "\n")
        elif block["kind"] == "list":
            if block.get("lead"):
                out.append(tex(block["lead"]["text"]))
            out.append(r"\begin{itemize}")
            out.extend(r"\item " + tex(item["text"]) for item in block["items"])
            out.append(r"\end{itemize}")
    sig = model["signatories"]
    notes = {n["mark"]: n["text"] for n in sig.get("notes", [])}
    out.append(r"\section*{\sffamily " + tex(sig["heading"]) + "}")
    out.append(r"\emph{" + tex(sig["lead"]) + r"}\par\smallskip")
    out.append(r"\begin{multicols}{3}\raggedright\small")
    for group in sig["groups"]:
        if group.get("heading"):
            out.append(r"\subsection*{\sffamily " + tex(group["heading"]) + "}")
        for e in group["entries"]:
            name = e["name"] + (" (" + e["country"] + ")" if e.get("country") else "")
            note = r"\footnote{" + tex(notes[e["note"]]) + "}" if e.get("note") else ""
            out.append(r"\hangindent=1em\hangafter=1 " + tex(name) + note + r"\par")
    out.append(r"\end{multicols}")
    out.append(r"\end{document}")
    open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
