"""Shapes of a cited document beyond the common "số N/CODE": a national technical regulation
("QCVN 122:2024/BGTVT", a "quy chuẩn" whatever kind its code would name), and a part of a
document named before it ("Mẫu số 05 của Phụ lục IV kèm theo Thông tư số ..."), which is no
body that issued the document, nor is a document's own name ("... của Luật Đất đai số N").
A number a page cut or marked is the same document as its whole form cited elsewhere.
"""

from __future__ import annotations

import re

from directives.records import Reference

# "QCVN 122:2024/BGTVT", "QCVN 06:2022/BXD", "QCVN122:2024/BGTVT" (the space lost)
STANDARD = r"\bQCVN\s*\d{1,3}(?:-\d{1,3})?\s*:\s*\d{4}\s*/\s*[A-ZĐ]{2,10}\b"
DOCUMENT_PART = re.compile(r"(?:Phụ lục|Mẫu|Biểu mẫu|Điều|Khoản|Điểm|Mục|Chương)\b")
# "Luật sửa đổi ... của Luật Đất đai số 31/2024/QH15": a document's name, no body
DOCUMENT_NAME = re.compile(
    r"(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp|Nghị định|Nghị quyết|Thông tư|Chỉ thị)\b"
)


def standard_type(number: str) -> str | None:
    """ "quy chuẩn" for a national technical regulation's number, else None."""
    return "quy chuẩn" if number.startswith("QCVN") else None


# "140/NQ-CP2": a footnote's digit glued to the code of a number the letter cites bare as well
_GLUED_NOTE = re.compile(r"(?<=[A-ZĐ])\d{1,2}$")

Cited = tuple[str, Reference, int, int]  # key, reference, start, end


def whole_numbers(cited: list[Cited]) -> list[Cited]:
    """The numbers without the footnote digit a page glued to one, when the letter cites the
    same number without it elsewhere (a code never ends in a digit its bare form lacks); and
    a number whose code a line's end cut at a hyphen ("105/2025/NĐ-" over a table's column)
    as the one whole number it begins elsewhere ("105/2025/NĐ-CP")."""
    keys = {key for key, *_ in cited}
    out = []
    for key, ref, start, end in cited:
        glued = _GLUED_NOTE.search(key)
        whole = [k for k in keys if k.startswith(f"{key}-")]
        if glued and key[: glued.start()] in keys:
            key, ref = (
                key[: glued.start()],
                ref.model_copy(update={"number": ref.number[: glued.start()]}),
            )
        elif len(whole) == 1:
            full = next(r.number for k, r, *_ in cited if k == whole[0])
            key, ref = whole[0], ref.model_copy(update={"number": full})
        out.append((key, ref, start, end))
    return out
