#!/usr/bin/python3
"""Makes the certificate's serif from Debian's Noto Serif: the same outlines, metrics, layout
tables and character coverage, without TrueType hinting, under its own family name.

Why: Qt's PDF writer re-reads every glyph it embeds at the font's full em size with hinting on,
so FreeType runs the hinting bytecode (and the font's control program) once per glyph, for
nothing: a PDF keeps outlines, never hinted pixels. That was a fifth of the time to render one
certificate. The own family name keeps the bundled faces apart from the installed Noto Serif.

    resources/fonts/unhint.py /usr/share/fonts/truetype/noto resources/fonts

Needs fontTools (Debian package fonttools) and the fonts-noto-core package.
"""
import sys
from pathlib import Path

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

FAMILY = "CertTrack Serif"
STYLES = ("Regular", "Bold", "Italic")


def unhinted(source: Path, target: Path, style: str) -> None:
    font = TTFont(source)
    options = Options()
    options.hinting = False  # drops fpgm, prep, cvt and every glyph's instructions
    options.glyph_names = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.legacy_kern = True
    options.drop_tables = ["DSIG"]  # a signature of the original file no longer applies
    subsetter = Subsetter(options)
    subsetter.populate(glyphs=font.getGlyphOrder())  # every glyph: the coverage stays whole
    subsetter.subset(font)

    postscript = FAMILY.replace(" ", "") + "-" + style
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    names = font["name"]
    for record in names.names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 3:
            record.string = record.toUnicode().split(";")[0] + ";" + postscript
        elif record.nameID == 4:
            record.string = full
        elif record.nameID == 6:
            record.string = postscript
    names.setName(
        f"Noto Serif {style} (fonts-noto-core 20201225) without TrueType hinting", 10, 3, 1, 0x409)
    font.save(target)


def main() -> None:
    source_dir, target_dir = Path(sys.argv[1]), Path(sys.argv[2])
    for style in STYLES:
        unhinted(source_dir / f"NotoSerif-{style}.ttf",
                 target_dir / f"{FAMILY.replace(' ', '')}-{style}.ttf", style)


if __name__ == "__main__":
    main()
