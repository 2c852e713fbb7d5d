"""The depth of each list marker in a body: numbered and lettered ones in the order they first
appear, a plan's parts lettered in capitals ("A.", "B.") right under its roman sections,
then the bullets."""

from __future__ import annotations

from directives.parser.blocks import Block

# Bullets sit below every numbered level: "- ..." items in section I do not make the
# "1. Sở Y tế:" headings of section V their children.
_BULLETS = ("dash", "plus", "star")


def marker_ranks(blocks: list[Block]) -> dict[str, int]:
    """The depth of each list marker: numbered and lettered ones in the order they first
    appear, then the bullets in theirs. A part lettered in capitals ("II. NỘI DUNG" / "A. Ban
    hành ..." / "1. ...") sits under the roman section it follows, over everything else,
    whatever the aims' items numbered before it ("I. MỤC ĐÍCH" / "1. ...")."""
    seen = list(
        dict.fromkeys(b.marker for b in blocks if b.marker not in (None, "article", "table"))
    )
    ordered = [m for m in seen if m not in _BULLETS] + [m for m in seen if m in _BULLETS]
    for depth in range(2, 5):
        # "1. Quan điểm" / "a) ..." / "1.1. Hỗ trợ ..." / "a) ...": a decimal level sits right
        # under the one it subdivides, over the letters first seen under that one
        inner, outer = f"num{depth}", f"num{depth - 1}"
        if inner in ordered and outer in ordered[: ordered.index(inner)]:
            ordered.remove(inner)
            ordered.insert(ordered.index(outer) + 1, inner)
    if "capital" in ordered:
        ordered.remove("capital")
        after_roman = "roman" in seen[: seen.index("capital")]
        ordered.insert(ordered.index("roman") + 1 if after_roman else 0, "capital")
    return {m: i + 1 for i, m in enumerate(ordered) if m is not None}
