"""Round N (batch 237/02): a resolution's subject in capitals wrapped after a title ("... CỦA
CHỦ TỊCH" / "ỦY BAN NHÂN DÂN TỈNH X"): the title needs the body the next line names, so that
line is the subject's last words, not the body enacting; and a "Nơi nhận" list run on as one
paragraph whose wrap falls inside an entry ("- Cục X" / "- Bộ Y; - Bộ Z; ..."): an entry
without its ";" goes on with the dashed words the next line opens with."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -

Hạnh phúc

Số: 31/2026/NQ-HĐND | Hà Giang, ngày 14 tháng 7 năm 2026

NGHỊ QUYẾT

QUY ĐỊNH MỨC CHI HỖ TRỢ SOẠN THẢO VĂN BẢN CỦA {title}

ỦY BAN NHÂN DÂN TỈNH HÀ GIANG

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Xét Tờ trình số 120/TTr-UBND ngày 01 tháng 7 năm 2026 của Ủy ban nhân dân tỉnh;

QUYẾT NGHỊ:

Điều 1. Mức chi hỗ trợ soạn thảo văn bản là 2.000.000 đồng một văn bản.

Điều 2. Tổ chức thực hiện

Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.

Nơi nhận: - Ủy ban Thường vụ Quốc hội; - Chính phủ; - Vụ Pháp chế

- Bộ Nội vụ; - Bộ Tài chính; - Thường trực Tỉnh ủy; - Các sở,

ban, ngành tỉnh; - Lưu: VT. | CHỦ TỊCH Lò Văn Thanh
"""


def test_a_title_goes_on_with_the_body(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    for title in ("CHỦ TỊCH", "GIÁM ĐỐC"):
        parsed = parse_text(_LETTER.format(title=title), org, calendar)
        assert parsed.subject == (
            f"QUY ĐỊNH MỨC CHI HỖ TRỢ SOẠN THẢO VĂN BẢN CỦA {title} ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"
        )
        assert parsed.issuer == "Hội đồng nhân dân tỉnh Hà Giang"


def test_an_entry_wrapped_before_its_dash(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    parsed = parse_text(_LETTER.format(title="CHỦ TỊCH"), org, calendar)
    assert parsed.distribution == [
        "Ủy ban Thường vụ Quốc hội",
        "Chính phủ",
        "Vụ Pháp chế - Bộ Nội vụ",
        "Bộ Tài chính",
        "Thường trực Tỉnh ủy",
        "Các sở, ban, ngành tỉnh",
        "Lưu: VT",
    ]
