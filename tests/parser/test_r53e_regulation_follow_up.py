"""Round 53e: the follow-up chapter of rules a provincial decision issues (blind 224/01): the
heads of several kinds of body named jointly, the last after "và thủ trưởng các ..."; a clause
opening with how often ("Định kỳ 06 (sáu) tháng hoặc đột xuất, ..."); and a joint resolution
cited by its long code."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 12/2025/QĐ-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Tĩnh, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\n"
    "Ban hành Quy chế tiếp công dân trên địa bàn tỉnh\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương;\n{grounds}QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân trên địa bàn tỉnh.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2025.\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở chịu trách nhiệm thi hành "
    "Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
    "QUY CHẾ\nTiếp công dân trên địa bàn tỉnh\n"
    "(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh)\n"
    "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
    "Quy chế này quy định việc tiếp công dân.\nChương II\nTỔ CHỨC THỰC HIỆN\n"
    "Điều 2. Triển khai thực hiện Quy chế\n{items}"
)


def _parsed(
    items: str, org: OrgDirectory, calendar: WorkingCalendar, grounds: str = ""
) -> list[tuple[str, str | None, list[str]]]:
    record = parse_text(_DECISION.format(items=items, grounds=grounds), org, calendar)
    return [(a.text, a.lead_unit, a.coordinating_units) for a in record.actions]


def test_the_heads_of_kinds_of_body_named_jointly_give_the_bodies_their_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    said = (
        "Chánh Thanh tra tỉnh, Thủ trưởng các sở, ban, ngành cấp tỉnh, Chủ tịch UBND cấp xã "
        "và thủ trưởng các cơ quan, đơn vị có liên quan triển khai thực hiện Quy chế này"
    )
    # the last head's title in small letters after "và": the plural of those concerned acts too
    assert _parsed(f"1. {said}.\n", org, calendar) == [
        (
            said,
            "Thanh tra tỉnh",
            ["các sở, ban, ngành cấp tỉnh", "UBND cấp xã", "các cơ quan, đơn vị có liên quan"],
        )
    ]


def test_a_clause_opening_with_its_period_in_words_is_the_bodys_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    said = (
        "Định kỳ 06 (sáu) tháng hoặc đột xuất, Thanh tra tỉnh báo cáo UBND tỉnh tình hình "
        "tiếp công dân của các sở, ngành"
    )
    items = f"1. {said}.\n2. Thanh tra tỉnh theo dõi, kiểm tra việc thực hiện Quy chế./.\n"
    assert [(text, lead) for text, lead, _ in _parsed(items, org, calendar)] == [
        (said, "Thanh tra tỉnh"),
        ("Thanh tra tỉnh theo dõi, kiểm tra việc thực hiện Quy chế", "Thanh tra tỉnh"),
    ]


def test_a_joint_resolution_keeps_its_long_code_and_all_its_issuers(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    grounds = (
        "Căn cứ Nghị quyết liên tịch số 15/2024/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 12 "
        "tháng 3 năm 2024 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban "
        "Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn việc tiếp công dân;\n"
    )
    items = "1. Thanh tra tỉnh theo dõi việc thực hiện Quy chế./.\n"
    record = parse_text(_DECISION.format(items=items, grounds=grounds), org, calendar)
    cited = record.references[0]
    assert (cited.number, cited.type, cited.issuer, cited.issued_on) == (
        "15/2024/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN",
        "nghị quyết liên tịch",
        "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ "
        "quốc Việt Nam",
        date(2024, 3, 12),
    )


def test_the_governments_name_ends_where_a_capitalised_summary_starts(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    grounds = (
        "Căn cứ Nghị định số 45/2020/NĐ-CP của Chính phủ Ứng dụng chữ ký số trong giao dịch "
        "điện tử của cơ quan nhà nước;\n"
    )
    items = "1. Thanh tra tỉnh theo dõi việc thực hiện Quy chế./.\n"
    record = parse_text(_DECISION.format(items=items, grounds=grounds), org, calendar)
    assert record.references[0].issuer == "Chính phủ"
