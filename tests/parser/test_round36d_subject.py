"""Round 36d: a subject wrapped mid-phrase whose short last line ends with a full stop
("Phê duyệt điều chỉnh quy hoạch chi tiết" / "Cụm công nghiệp X, xã Y, tỉnh Z.") keeps that
line; a body's first sentence after a complete subject is not taken into it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 21/QĐ-UBND\nLào Cai, ngày 3 tháng 3 năm 2026\n\n"
    "QUYẾT ĐỊNH\n"
)
_TAIL = (
    "\nỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nCăn cứ Luật Quy hoạch ngày 10/12/2025;\n\n"
    "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt điều chỉnh quy hoạch.\n\n"
    "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n"
)


def test_a_wrapped_subjects_last_line_with_a_full_stop_is_kept(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (
        _HEAD
        + "Phê duyệt điều chỉnh quy hoạch chi tiết\n"
        + "Cụm công nghiệp Bắc Hà, xã Bắc Hà, tỉnh Lào Cai.\n"
        + _TAIL
    )
    record = parse_text(text, org, calendar)
    assert record.subject == (
        "Phê duyệt điều chỉnh quy hoạch chi tiết Cụm công nghiệp Bắc Hà, xã Bắc Hà, tỉnh Lào Cai"
    )


def test_a_sentence_after_a_subject_closed_by_a_comma_stays_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _HEAD + "Phê duyệt điều chỉnh quy hoạch chi tiết;\nGiao Sở Xây dựng theo dõi.\n" + _TAIL
    record = parse_text(text, org, calendar)
    assert record.subject is not None and "Giao" not in record.subject
