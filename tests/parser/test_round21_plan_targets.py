"""Round 21 (c): a plan's annex of targets, "TT | Chỉ tiêu | Chủ trì", a page flattened one
cell a run of lines: each target is a task of the body its "Chủ trì" cell names, that cell
written as a clause ("Sở X theo dõi, báo cáo chỉ tiêu", "Sở A chủ trì ...; Các sở, ngành
thực hiện ...") naming its bodies before the verb; a table of figures ("Chỉ tiêu | ĐVT |
Năm 2026") hands no one anything. On synthetic snippets."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import ParsedDirective
from tests.parser.test_plans import PLAN_HEAD, TAIL

BODY = (
    "Thực hiện Quyết định số 12/QĐ-UBND, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n"
    "I. MỤC ĐÍCH\n\nNâng cao hiệu quả thương mại số.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Sở Công Thương\n\n"
    "Triển khai các nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch.\n"
)


def _cells(*cells: str) -> str:
    return "".join(f"|\n{c}\n" for c in cells) + "|\n"


def _annex(header: tuple[str, ...], *rows: tuple[str, ...]) -> str:
    return (
        "\nPHỤ LỤC\n\nPHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU ĐẾN NĂM 2030\n\n"
        "*(Ban hành kèm theo Kế hoạch số 45/KH-UBND ngày 3 tháng 3 năm 2025)*\n\n"
        + "".join(_cells(*row) for row in [header, *rows])
    )


def _plan(annex: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_text(PLAN_HEAD + BODY + TAIL + annex, org, calendar)


def test_each_target_of_the_annex_is_a_task_of_its_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    annex = _annex(
        ("**TT**", "**Chỉ tiêu**", "**Chủ trì**"),
        ("", "**I. Thương mại số**", ""),
        ("1", "Tỷ lệ cửa hàng bán lẻ chấp nhận thanh toán\nđiện tử đạt 70%.", "Sở Công Thương"),
        (
            "2",
            "Phấn đấu đến năm 2030 tỷ lệ hợp tác xã có gian hàng trên sàn thương mại điện tử "
            "đạt 50%",
            "Sở Nông nghiệp và Môi trường theo dõi, thúc đẩy, báo cáo chỉ tiêu",
        ),
        ("", "**II. Dịch vụ số**", ""),
        (
            "1",
            "Xây dựng ít nhất 10 cơ sở dữ liệu chuyên ngành. Đến năm 2030, toàn bộ được kết "
            "nối với Trung tâm dữ liệu tỉnh.",
            "Sở Tư pháp chủ trì hướng dẫn; Các sở, ngành, UBND cấp xã thực hiện cập nhật dữ "
            "liệu theo lĩnh vực quản lý.",
        ),
        (
            "2",
            "Tỷ lệ trường học dùng học bạ số đạt 100%.",
            "Sở Giáo dục và Đào tạo; Sở Nội vụ thúc đẩy, theo dõi",
        ),
        ("3", "Tỷ lệ hồ sơ số hóa đạt 90%.", "Các đơn vị được giao thực hiện TTHC"),
    )
    actions = _plan(annex, org, calendar).actions
    rows = actions[1:]
    assert [a.text for a in rows] == [
        "Tỷ lệ cửa hàng bán lẻ chấp nhận thanh toán điện tử đạt 70%",
        "Phấn đấu đến năm 2030 tỷ lệ hợp tác xã có gian hàng trên sàn thương mại điện tử đạt 50%",
        "Xây dựng ít nhất 10 cơ sở dữ liệu chuyên ngành. Đến năm 2030, toàn bộ được kết nối "
        "với Trung tâm dữ liệu tỉnh",
        "Tỷ lệ trường học dùng học bạ số đạt 100%",
        "Tỷ lệ hồ sơ số hóa đạt 90%",
    ]
    assert [(a.lead_unit, a.coordinating_units) for a in rows] == [
        ("Sở Công Thương", []),
        ("Sở Nông nghiệp và Môi trường", []),
        ("Sở Tư pháp", ["Các sở, ngành", "UBND cấp xã"]),
        ("Sở Giáo dục và Đào tạo", ["Sở Nội vụ"]),
        ("Các đơn vị được giao thực hiện TTHC", []),  # a name, no clause
    ]
    # the sentence "Đến năm 2030, ..." is due by that year's end; a target's horizon inside its
    # sentence ("Phấn đấu đến năm 2030 ...") dates nothing
    assert [a.deadline for a in rows] == [None, None, date(2030, 12, 31), None, None]
    assert rows[2].deadline_text == "Đến năm 2030"


def test_a_table_of_figures_hands_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    annex = _annex(
        ("**TT**", "**Chỉ tiêu**", "**ĐVT**", "**Ước thực hiện 2025**", "**Năm 2026**"),
        ("1", "Kim ngạch xuất khẩu", "Triệu USD", "120", "150"),
        ("2", "Số hợp tác xã bán hàng trực tuyến", "HTX", "40", "60"),
    )
    actions = _plan(annex, org, calendar).actions
    assert [a.text for a in actions] == [
        "Triển khai các nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch"
    ]


def test_only_a_later_sentence_opening_with_the_year_is_dated(calendar: WorkingCalendar) -> None:
    later = "Công bố các tập dữ liệu mở. Đến năm 2030, tỉnh có ít nhất 20 tập dữ liệu"
    found = find_deadline(later, fold_keep(later), date(2025, 3, 3), calendar)
    assert found is not None and (found.deadline, found.text) == (
        date(2030, 12, 31),
        "Đến năm 2030",
    )
    # a paragraph's opening goal, and a horizon inside a sentence, date nothing
    for text in (
        "Đến hết năm 2030, 100% người dân được tiếp cận thông tin về rủi ro thiên tai",
        "Đến năm 2030, 100% người dân được tiếp cận thông tin về rủi ro thiên tai",
        "Phấn đấu đến năm 2030, tỷ lệ hộ dân có điện đạt 100%",
    ):
        assert find_deadline(text, fold_keep(text), date(2025, 3, 3), calendar) is None
