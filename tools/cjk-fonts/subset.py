#!/usr/bin/env python3
"""Makes the CJK font subsets the app bundles, so that exports in Chinese and Korean carry their glyphs on a
machine without CJK fonts (issue 18). Run from the repository root; needs fontTools (pip install fonttools),
Debian's fonts-droid-fallback and fonts-nanum, and JDK 25 (for the JDK's country names):

    python3 tools/cjk-fonts/subset.py

Chinese: Droid Sans Fallback (Apache 2.0), TrueType outlines, cut to GB 2312 (the 6,763 hanzi of everyday
simplified Chinese) plus every character of the Chinese texts and the JDK's Chinese country names.
Korean: Nanum Gothic (SIL OFL 1.1), cut to the 2,350 Hangul syllables of KS X 1001 plus every character of the
Korean texts and country names. The OFL reserves the name "Nanum" for the original, so the subset is renamed.
Characters outside the subsets still come from installed fonts, as before.
"""
import glob, os, subprocess, sys
from fontTools import subset
from fontTools.ttLib import TTFont

OUT = "src/main/resources/org/asylumtrends/fonts"
JAVA = os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64") + "/bin/java"


def texts(language):
    chars = set()
    for f in glob.glob(f"src/main/resources/**/*_{language}.properties", recursive=True):
        chars |= set(open(f, encoding="utf-8").read())
    for f in ("assets/claims.csv", "assets/eras.csv"):
        chars |= set(open(f, encoding="utf-8").read())
    return chars


def encodable(codec, ranges):
    out = set()
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            try:
                chr(cp).encode(codec)
                out.add(chr(cp))
            except UnicodeEncodeError:
                pass
    return out


def main():
    names = subprocess.run([JAVA, "tools/cjk-fonts/CountryNameText.java"], capture_output=True, text=True,
                           check=True).stdout
    punctuation = {chr(c) for c in list(range(0x3000, 0x3040)) + list(range(0xFF01, 0xFF5F))} | set("\u00b7\u2014\u2013\u2026\u201c\u201d\u2018\u2019")
    zh = encodable("gb2312", [(0x4E00, 0x9FFF)]) | texts("zh") | set(names) | punctuation
    ko = encodable("euc_kr", [(0xAC00, 0xD7A3)]) | {chr(c) for c in range(0x3131, 0x318F)} | texts("ko") | set(names) | punctuation
    ko = {c for c in ko if not 0x4E00 <= ord(c) <= 0x9FFF}  # hanzi come from the Chinese font
    os.makedirs(OUT, exist_ok=True)
    cut("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", zh, f"{OUT}/cjk-zh.ttf", None)
    cut("/usr/share/fonts/truetype/nanum/NanumGothic.ttf", ko, f"{OUT}/cjk-ko.ttf", "Asylum Trends Hangul")


def cut(source, chars, target, rename):
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False  # screens and PDF viewers draw these sizes well unhinted; a third of the size
    options.notdef_outline = True
    font = TTFont(source)
    have = set(font.getBestCmap())
    # Every symbol and letter below the CJK blocks too (−, ≈, →, ×, …): a figure's Latin font may lack one.
    wanted = {ord(c) for c in chars} | {u for u in have if u < 0x3000}
    s = subset.Subsetter(options)
    s.populate(unicodes=[u for u in wanted if u in have])
    s.subset(font)
    if rename:
        name = font["name"]
        for record in list(name.names):
            if record.nameID in (1, 4, 16, 18, 21):
                record.string = rename
            elif record.nameID == 6:
                record.string = rename.replace(" ", "")
            elif record.nameID == 3:
                record.string = rename + " (subset of Nanum Gothic)"
    font.save(target)
    print(target, os.path.getsize(target), "bytes,", len(font.getBestCmap()), "characters")


if __name__ == "__main__":
    sys.exit(main())
