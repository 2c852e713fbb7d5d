"""Round 54 (batch 230): a web page rendered to PDF runs the closing table's cells on as
paragraphs: the "Nơi nhận" list is one paragraph of "- A; - B; ..." wrapped at the page's width
(a dash may end a line, its entry on the next), then "| TM. BODY TITLE Name" with the name
wrapped; and a resolution repeats its letterhead's body in capitals under its subject."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = """HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 41/NQ-HĐND
Nam Sơn, ngày 12 tháng 11 năm 2025

NGHỊ QUYẾT
QUY ĐỊNH MỨC HỖ TRỢ CÁN BỘ Y TẾ THÔN BẢN NĂM 2026
HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT NGHỊ:

Điều 1. Quy định mức hỗ trợ hằng tháng cho nhân viên y tế thôn, bản.

Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

"""

_CLOSING = """Nơi nhận: - Ủy ban Thường vụ Quốc hội; - Văn phòng: Quốc hội, Chính phủ; - Các Bộ: Y

tế, Tài chính; - Thường trực Tỉnh ủy; - Đoàn đại biểu Quốc hội tỉnh; - Thường trực HĐND tỉnh; -

Các sở, ban, ngành tỉnh; - Văn phòng: Tỉnh ủy, Đoàn ĐBQH và HĐND, UBND tỉnh; - Trung tâm Thông

tin điện tử tỉnh; - Lưu: VT, HC. | TM. HỘI ĐỒNG NHÂN DÂN CHỦ TỊCH Hoàng

Minh Khải
"""


def test_a_run_on_list_wrapped_over_lines_is_one_entry_a_dash(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parsed = parse_text(_HEAD + _CLOSING, org, calendar)
    assert parsed.distribution == [
        "Ủy ban Thường vụ Quốc hội",
        "Văn phòng: Quốc hội, Chính phủ",
        "Các Bộ: Y tế, Tài chính",
        "Thường trực Tỉnh ủy",
        "Đoàn đại biểu Quốc hội tỉnh",
        "Thường trực HĐND tỉnh",
        "Các sở, ban, ngành tỉnh",
        "Văn phòng: Tỉnh ủy, Đoàn ĐBQH và HĐND, UBND tỉnh",
        "Trung tâm Thông tin điện tử tỉnh",
        "Lưu: VT, HC",
    ]


def test_a_signers_name_wrapped_after_the_title_is_read_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parsed = parse_text(_HEAD + _CLOSING, org, calendar)
    assert parsed.signer is not None
    assert (parsed.signer.capacity, parsed.signer.title, parsed.signer.name) == (
        "TM.",
        "CHỦ TỊCH",
        "Hoàng Minh Khải",
    )


# a body no authority word opens (not "HỘI ĐỒNG ...", "ỦY BAN NHÂN DÂN ...", "CHỦ TỊCH ...")
_STANDING = "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM SƠN"


def test_the_body_repeated_under_the_subject_is_not_the_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    head = _HEAD.replace("HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN", _STANDING)
    parsed = parse_text(head + _CLOSING, org, calendar)
    assert parsed.subject == "QUY ĐỊNH MỨC HỖ TRỢ CÁN BỘ Y TẾ THÔN BẢN NĂM 2026"


def test_a_subject_ending_in_the_body_it_concerns_keeps_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("... CỦA" / "HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN": the subject's object, wrapped)
    head = _HEAD.replace("HỘI ĐỒNG NHÂN DÂN TỈNH NAM SƠN", _STANDING)
    parsed = parse_text(head.replace("NĂM 2026\n", "NĂM 2026 CỦA\n") + _CLOSING, org, calendar)
    assert parsed.subject == f"QUY ĐỊNH MỨC HỖ TRỢ CÁN BỘ Y TẾ THÔN BẢN NĂM 2026 CỦA {_STANDING}"
