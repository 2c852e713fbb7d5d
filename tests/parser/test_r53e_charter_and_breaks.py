"""Round 53e: a fund's charter a decision issues ("ĐIỀU LỆ ...") read as rules, its follow-up
chapter giving the tasks (blind 220/02); a sentence a blank line cuts where a page broke, with
no page number (220/05); and "Các cơ quan X phải có trách nhiệm ...", the must outside the
name (220/05)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 12/2025/QĐ-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Tĩnh, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\n"
    "Ban hành {kind_lower} tổ chức và hoạt động của Quỹ Phát triển đất tỉnh\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này {kind_lower} tổ chức và hoạt động của Quỹ Phát "
    "triển đất tỉnh.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2025.\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở chịu trách nhiệm thi hành "
    "Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
    "{kind}\nTổ chức và hoạt động của Quỹ Phát triển đất tỉnh\n"
    "(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh)\n"
    "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
    "Văn bản này quy định tổ chức và hoạt động của Quỹ.\n\n"
    "Điều 2. Chế độ báo cáo\nQuỹ có trách nhiệm lập và gửi các báo cáo định kỳ.\n\n"
    "Chương II\nTỔ CHỨC THỰC HIỆN\nĐiều 3. Điều khoản thi hành\n{items}"
)


def _leads_and_texts(
    items: str, org: OrgDirectory, calendar: WorkingCalendar, kind: str = "ĐIỀU LỆ"
) -> list[tuple[str | None, str]]:
    letter = _DECISION.format(kind=kind, kind_lower=kind.capitalize(), items=items)
    return [(a.lead_unit, a.text) for a in parse_text(letter, org, calendar).actions]


def test_a_charters_follow_up_chapter_gives_tasks_and_its_rules_none(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = "1. Sở Tài chính có trách nhiệm hướng dẫn chế độ tài chính đối với Quỹ./.\n"
    # the charter's rule article ("Quỹ có trách nhiệm lập ... báo cáo") is no task
    assert _leads_and_texts(items, org, calendar) == [
        ("Sở Tài chính", "Sở Tài chính có trách nhiệm hướng dẫn chế độ tài chính đối với Quỹ")
    ]


def test_a_sentence_a_blank_line_cuts_mid_word_goes_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = (
        "1. Sở Tài chính theo dõi, đôn đốc các đơn vị kịp thời giải ngân; cung cấp dữ liệu về "
        "tình hình giải\n\nngân cho thủ trưởng các cơ quan để chỉ đạo.\n"
        "2. Sở Nội vụ theo dõi việc thực hiện Điều lệ./.\n"
    )
    assert _leads_and_texts(items, org, calendar, "QUY CHẾ") == [
        (
            "Sở Tài chính",
            "Sở Tài chính theo dõi, đôn đốc các đơn vị kịp thời giải ngân; cung cấp dữ liệu về "
            "tình hình giải ngân cho thủ trưởng các cơ quan để chỉ đạo",
        ),
        ("Sở Nội vụ", "Sở Nội vụ theo dõi việc thực hiện Điều lệ"),
    ]


def test_a_kind_of_body_that_must_answer_keeps_the_must_out_of_its_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    said = "Các cơ quan tiếp nhận hồ sơ phải có trách nhiệm cử một công chức làm đầu mối"
    assert _leads_and_texts(f"1. {said}./.\n", org, calendar, "QUY CHẾ") == [
        ("Các cơ quan tiếp nhận hồ sơ", said)
    ]
