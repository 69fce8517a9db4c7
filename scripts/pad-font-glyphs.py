#!/usr/bin/env python3
"""Pads every glyph of a TrueType font to 4 bytes (assets/fonts, issue 15).

fontkit 1.1.1 (@pdf-lib/fontkit), which subsets the fonts embedded in the PDF export, copies
each glyph's bytes as the source font's loca table delimits them and writes the subset with
short loca offsets (stored halved) whenever it is small. A glyph of odd length then shifts every
glyph after it by one byte, and PDF readers draw those glyphs blank. Fonts whose glyphs are all
padded to an even length subset correctly; this script writes such a copy (same outlines,
metrics and names; only padding bytes added).

Usage: python3 scripts/pad-font-glyphs.py IN.ttf OUT.ttf   (needs fontTools: apt install python3-fonttools)
"""
import sys

from fontTools.ttLib import TTFont


def main(source: str, target: str) -> None:
    font = TTFont(source)
    font["glyf"].padding = 4
    for name in font.getGlyphOrder():
        font["glyf"][name]  # expand, so that every glyph is compiled (and padded) again
    font.save(target)
    check = TTFont(target)
    if not all(offset % 4 == 0 for offset in check["loca"].locations):
        raise SystemExit(f"{target}: glyphs are not padded")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
