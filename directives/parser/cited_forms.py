"""Shapes of a cited document beyond the common "số N/CODE": a national technical regulation
("QCVN 122:2024/BGTVT", a "quy chuẩn" whatever kind its code would name), and a part of a
document named before it ("Mẫu số 05 của Phụ lục IV kèm theo Thông tư số ..."), which is no
body that issued the document, nor is a document's own name ("... của Luật Đất đai số N")."""

from __future__ import annotations

import re

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
