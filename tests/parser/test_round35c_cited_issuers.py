"""Round 35c: references of a council resolution that amends two earlier ones.

- "Căn cứ Quyết định số\\n35/2025/QĐ-TTgcủa Thủ tướng Chính phủ ...": the page glued a
  lower-case word onto the number's code; the word is not part of the number, and the "của"
  it is still gives the issuer (the parser read "35/2025/QĐ-TTgcủa" and no issuer).
- "... của Quy định kèm theo Nghị quyết số 11/2022/NQ-HĐND ...": a "của X" before the number
  where X is the document the number issues ("Quy định kèm theo") is no issuer (the parser gave
  "Quy định kèm").
- The title in capitals lists both resolutions under one "CỦA HĐND TỈNH X": that first mention
  gives each its issuer, written in sentence case as the letter abbreviates it ("HĐND tỉnh
  X"), over the later mention in the body ("Hội đồng nhân dân tỉnh X").
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import Reference

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH NAM ĐỊNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 41/2025/NQ-HĐND

Nam Định, ngày 10 tháng 11 năm 2025

NGHỊ QUYẾT

{title}

HỘI ĐỒNG NHÂN DÂN TỈNH NAM ĐỊNH

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Căn cứ Quyết định số
{glued} Thủ tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định số
39/2021/QĐ-TTg ngày 30 tháng 12 năm 2021 của Thủ tướng Chính phủ;

Xét Tờ trình số 1234/TTr-UBND ngày 01 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về việc đề
nghị ban hành Nghị quyết sửa đổi, bổ sung một số điều của Quy định kèm theo Nghị quyết số
15/2022/NQ-HĐND ngày 14 tháng 7 năm 2022 và Nghị quyết số 27/2023/NQ-HĐND ngày 20 tháng 10 năm
2023 của Hội đồng nhân dân tỉnh Nam Định; ý kiến thảo luận của đại biểu tại kỳ họp.

QUYẾT NGHỊ:

Điều 1. Sửa đổi, bổ sung một số điều của Quy định kèm theo Nghị quyết số 15/2022/NQ-HĐND

Khoản 2 Điều 3 được sửa đổi như sau: "2. Mức hỗ trợ tối đa 50 triệu đồng."

Điều 2. Tổ chức thực hiện

1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.

2. Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.

Nghị quyết này có hiệu lực từ ngày 20 tháng 11 năm 2025./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH
Nguyễn Văn A
"""

_TITLE = (
    "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT\n"
    "SỐ 15/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 VÀ NGHỊ QUYẾT SỐ 27/2023/NQ-HĐND\n"
    "NGÀY 20 THÁNG 10 NĂM 2023 CỦA HĐND TỈNH NAM ĐỊNH"
)


def _references(
    org: OrgDirectory, calendar: WorkingCalendar, title: str = _TITLE, glued: str = ""
) -> dict[str, Reference]:
    text = _RESOLUTION.format(title=title, glued=glued or "35/2025/QĐ-TTg của")
    return {r.number: r for r in parse_text(text, org, calendar).references}


@pytest.mark.parametrize(
    ("glued", "issuer"),
    [
        ("35/2025/QĐ-TTgcủa", "Thủ tướng Chính phủ"),
        ("35/2025/QĐ-UBNDcủa", "Thủ tướng Chính phủ"),
        ("35/2025/QĐ-TTgngày 01/7/2025 của", "Thủ tướng Chính phủ"),
        ("35/2025/QĐ-TTgvề việc quy định mức hỗ trợ; ý kiến của", None),
    ],
)
def test_lower_case_word_glued_to_the_code(
    glued: str, issuer: str | None, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = _references(org, calendar, glued=glued)
    number = glued.split("của")[0].split("ngày")[0].split("về")[0]
    assert number in refs
    assert refs[number].issuer == issuer


def test_document_attached_to_the_number_is_no_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    title = "Sửa đổi, bổ sung một số mức hỗ trợ"  # (the title names neither resolution)
    refs = _references(org, calendar, title=title)
    assert refs["15/2022/NQ-HĐND"].issuer == "Hội đồng nhân dân tỉnh Nam Định"
    assert refs["27/2023/NQ-HĐND"].issuer == "Hội đồng nhân dân tỉnh Nam Định"


def test_title_in_capitals_gives_the_issuer_first(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = _references(org, calendar)
    numbers = list(refs)
    assert numbers[:2] == ["15/2022/NQ-HĐND", "27/2023/NQ-HĐND"]
    assert refs["15/2022/NQ-HĐND"].issuer == "HĐND tỉnh Nam Định"
    assert refs["27/2023/NQ-HĐND"].issuer == "HĐND tỉnh Nam Định"
