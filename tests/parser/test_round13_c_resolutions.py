"""Round 13 (c): a Government resolution's sections. A task that says when the rules it drafts
take effect ("... có hiệu lực từ ngày 01 tháng 7 năm 2026") is a task, not the resolution's
own entry into force; the items under an intro that says what the ministries have reported
("..., các Bộ đã có báo cáo Chính phủ như sau:") are the reports made, no tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text


def resolution_head(subject: str, opening: str) -> str:
    """A Government resolution's head on ``subject`` up to "QUYẾT NGHỊ:" and ``opening``."""
    return (
        "CHÍNH PHỦ\nSố: 61/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 3 năm 2026\n\n"
        f"NGHỊ QUYẾT\n{subject}\n\nCHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ;\n\nQUYẾT NGHỊ:\n" + opening
    )


_HEAD = resolution_head(
    "Phiên họp Chính phủ thường kỳ tháng 2 năm 2026", "I. Về tình hình kinh tế - xã hội\n"
)
TAIL = "\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nTrần Văn Minh\n"


def test_a_task_on_when_the_rules_it_drafts_take_effect_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "1. Bộ Xây dựng khẩn trương xây dựng văn bản quy định chi tiết Luật Xây dựng, "
        "bảo đảm chất lượng, tiến độ, có hiệu lực từ ngày 01 tháng 7 năm 2026.\n"
        "2. Bộ Tư pháp rà soát các văn bản quy định chi tiết luật.\n"
        "II. Hiệu lực thi hành\nNghị quyết này có hiệu lực kể từ ngày ký ban hành." + TAIL,
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Bộ Xây dựng", "Bộ Tư pháp"]


def test_the_reports_the_ministries_have_made_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "1. Bộ Xây dựng khẩn trương hoàn thiện hồ sơ dự án Luật Xây dựng.\n"
        "II. Về việc báo cáo Chính phủ theo quy định tại khoản 4 Điều 3 Quy chế làm việc\n"
        "Thực hiện Quy chế làm việc của Chính phủ, tại Phiên họp Chính phủ, các Bộ đã có "
        "báo cáo Chính phủ như sau:\n"
        "1. Bộ Tài chính báo cáo về tiếp thu, giải trình, chỉnh lý dự thảo Luật Thuế.\n"
        "2. Bộ Y tế báo cáo về thay đổi quy định hiệu lực của Hiệp định hợp tác y tế." + TAIL,
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Bộ Xây dựng"]


def test_a_task_record_named_by_its_title_label_leaves_the_label_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "1. Bộ Xây dựng khẩn trương hoàn thiện hồ sơ dự án Luật Xây dựng.\n"
        "II. Bổ sung nhiệm vụ như sau:\n"
        "1. Tên nhiệm vụ: Xây dựng Đề án phát triển mạng lưới chuyên gia xây dựng.\n"
        "2. Cơ quan chủ trì: Bộ Xây dựng.\n"
        "3. Cơ quan phối hợp: Bộ Tài chính.\n"
        "4. Thời gian hoàn thành: Quý IV/2026." + TAIL,
        org,
        calendar,
    )
    last = record.actions[-1]
    assert (last.text, last.lead_unit, last.coordinating_units) == (
        "Xây dựng Đề án phát triển mạng lưới chuyên gia xây dựng",
        "Bộ Xây dựng",
        ["Bộ Tài chính"],
    )


def test_a_body_given_a_later_clause_of_an_item_leaves_the_items_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ tập trung chỉ "
        "đạo những nội dung sau:\n"
        "a) Hoàn thiện hồ sơ dự án luật trình Chính phủ đúng thời hạn; giao Bộ Tư pháp "
        "thẩm định kịp thời các hồ sơ này.\n"
        "b) Rà soát các văn bản quy định chi tiết còn chậm ban hành." + TAIL,
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["các Bộ, cơ quan ngang bộ"] * 2
