"""One document printed more than once: a number with a footnote's digit glued on, or its
code cut by a line's end, read as its whole print; a number printed again with a misprint
(a hyphen dropped, O for Q) or without its year, keyed as its first print."""

from __future__ import annotations

import re

from directives.parser.cited_forms import Cited
from directives.parser.law_reprints import law_reprints_merged
from directives.parser.number_breaks import cut_in_code
from directives.parser.page_marks import footnote_base
from directives.records import Reference


def whole_numbers(cited: list[Cited], folded: str = "") -> list[Cited]:
    """The numbers without the footnote digit a page glued to one, when the letter cites the
    same number without it elsewhere (a code never ends in a digit its bare form lacks); and
    a number whose code a line's end cut at a hyphen ("105/2025/NĐ-" over a table's column)
    or inside its last letters ("166/2013/TT-BT" / "C nêu trên") as the one whole number it
    begins elsewhere ("105/2025/NĐ-CP")."""
    keys = {key for key, *_ in cited}
    out = []
    for key, ref, start, end in cited:
        bare = footnote_base(key, (), keys.__contains__)  # "140/NQ-CP2"
        whole = [k for k in keys if k.startswith(f"{key}-") or cut_in_code(key, k, start, folded)]
        if bare is not None:
            number = ref.number[: len(bare)]
            key, ref = bare, ref.model_copy(update={"number": number})
        elif len(whole) == 1:
            full = next(r.number for k, r, *_ in cited if k == whole[0])
            key, ref = whole[0], ref.model_copy(update={"number": full})
        out.append((key, ref, start, end))
    return law_reprints_merged(_misprints_merged(out), folded)


# What a misprint of a number changes: a hyphen dropped, D for Đ, O for Q ("10/2024/TTBTC",
# "270/QD-TTg", "22/2023/OH15")
_MISPRINTED = str.maketrans({"-": None, "Đ": "D", "O": "Q"})


# "178/2025/NĐ-CP": a number's year between its serial and its code
_YEAR = re.compile(r"^(?P<serial>[^/]+)/(?P<year>\d{4})/(?=\D)")
# "24/2020": a serial over its year, no code
_BARE_YEAR = re.compile(r"\d{1,3}/(?:19|20)\d\d")


def _prints(key: str, ref: Reference) -> tuple[list[object], list[object]]:
    """The forms a number's prints share, to look up and to leave for later prints: its
    misprint-free form, and with the date the letter gives it, the number without its year
    ("178/NĐ-CP ngày 01/7/2025" printed once without the "2025/" of "178/2025/NĐ-CP ngày
    01/7/2025", the year its date's), the number with its kind's code but its issuer's code
    misprinted ("26/2020/NĐ-TTg" for the same day's "26/2020/NĐ-CP" of the same body), and
    the number over its year with its code left out ("Thông tư 24/2020 ngày 10/3/2020", then
    "Thông tư số 24/2020/TT-BCA ngày 10/3/2020": two prints of one circular; two coded
    numbers are never one by their serial and year alone)."""
    base = key.translate(_MISPRINTED)
    on = ref.issued_on
    if on is None:
        return [base], [base]
    if _BARE_YEAR.fullmatch(key) and int(key[-4:]) == on.year:
        return [base, ("coded", key, on)], [base, ("bare", key, on)]
    year = _YEAR.match(base)
    if year is None:
        return [base, (base, on)], [base, (base, on)]
    if int(year["year"]) != on.year:
        return [base], [base]
    shared: list[object] = [base, (f"{year['serial']}/{base[year.end() :]}", on)]
    if coded := _YEAR.match(key):
        kind = key[coded.end() :].split("-")[0].translate(_MISPRINTED)
        shared.append(("kind", f"{coded[0]}{kind}", on, ref.issuer))
    dated = f"{year['serial']}/{year['year']}"
    return [*shared, ("bare", dated, on)], [*shared, ("coded", dated, on)]


def _misprints_merged(cited: list[Cited]) -> list[Cited]:
    """A number printed again with a misprint, as the same document: keyed as its first print."""
    first: dict[object, tuple[str, Reference]] = {}
    out = []
    for key, ref, start, end in cited:
        looks, marks = _prints(key, ref)
        seen = next((first[p] for p in looks if p in first), (key, ref))
        for p in marks:
            first.setdefault(p, seen)
        if seen[0] != key:
            key, ref = seen[0], ref.model_copy(update={"number": seen[1].number})
        out.append((key, ref, start, end))
    return out
