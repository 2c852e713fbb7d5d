"""Round 50b: a gazette's task table in a PDF text layer, its cells broken over lines. A lead
cell that opens with a kind of facility ("Cơ sở khám / bệnh, / chữa / bệnh") is a bodies'
cell, not more of the task; in a "phối hợp" cell such a kind names no body; "X trình cấp
có thẩm quyền" / "X trình" in a lead cell names X, to whom it submits left out; a time cell
that only says when the work starts ("Từ quý I/2027") gives no deadline, while a span
("Từ quý III/2026 đến quý III/2030") is due at its end, its "Từ" in the phrase, a quarter's
number set on a line of its own ("Từ" / "quý" / "III/2026") staying in the time cell; in a
"phối hợp" cell a committee after a kind's plural with the comma lost ("Các Bộ, ngành Ủy ban
nhân dân cấp tỉnh") is an entry of its own; a short line of bodies over a word a line (a
narrow, justified cell) opens the bodies' cell even after a task's line cut at a comma, and
"đối với địa phương" after a lead says what it answers for; a lead's short name the text
layer set at the end of the task's last line ("... phù hợp Bộ Y tế" / "Bộ Tài chính, các")
is the lead's cell; after a page break, a line in lower case after the task's full stop ends
the bodies' cell the break cut ("Bộ Tài chính, các bộ, ngành, cơ" / "quan, tổ chức ...")."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.pdf_tables import rebuild_pdf_tables
from directives.parser.table_units import coordinating_cell, lead_cell
from directives.parser.tables import cell_deadline

_HEADER = ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp"]
_HEADER += ["Kết quả", "Thời gian hoàn", "thành"]


def test_a_facility_opens_the_lead_cell() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *["12.", "Nghiên cứu cơ chế để cho người bệnh ra", "viện vào ngày nghỉ."],
            *["Cơ sở khám", "bệnh,", "chữa", "bệnh", "Bộ Y tế, Sở Y tế", "Đề án triển khai"],
            "Quý I/2027",
        ]
    )
    assert got[1] == (
        "| 12 | Nghiên cứu cơ chế để cho người bệnh ra viện vào ngày nghỉ. "
        "| Cơ sở khám bệnh, chữa bệnh | Bộ Y tế, Sở Y tế | Đề án triển khai | Quý I/2027 |"
    )


def test_to_whom_the_lead_submits_is_no_body(org: OrgDirectory) -> None:
    find = MentionFinder(org)
    assert [n for n, _ in lead_cell("Cơ sở khám bệnh trình cấp có thẩm quyền", find)] == [
        "Cơ sở khám bệnh"
    ]
    assert [n for n, _ in lead_cell("Ủy ban nhân dân cấp tỉnh trình", find)] == [
        "Ủy ban nhân dân cấp tỉnh"
    ]
    # (a programme's board keeps its name)
    assert [n for n, _ in lead_cell("Ban Quản lý chương trình", find)] == [
        "Ban Quản lý chương trình"
    ]
    assert [n for n, _ in coordinating_cell("Cơ sở khám bệnh, chữa bệnh, Sở Y tế", find)] == [
        "Sở Y tế"
    ]


def test_a_start_alone_is_no_deadline(calendar: WorkingCalendar) -> None:
    assert cell_deadline("Từ quý I/2027", date(2026, 5, 20), calendar) is None
    span = cell_deadline("Từ quý III/2026 đến quý III/2030", date(2026, 5, 20), calendar)
    assert span is not None
    assert (str(span.deadline), span.text) == ("2030-09-30", "Từ quý III/2026 đến quý III/2030")


def test_a_quarter_number_on_its_own_line_stays_in_the_time_cell() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *["23.", "Từng bước tăng mức thanh toán bảo hiểm", "y tế đối với một số thuốc."],
            *["Bộ Y tế", "Bộ Tài chính", "Các văn bản", "được sửa đổi"],
            *["Từ", "quý", "III/2026", "đến", "quý III/2030"],
        ]
    )
    assert got[1].endswith("| Từ quý III/2026 đến quý III/2030 |")


def test_a_lost_comma_before_a_committee(org: OrgDirectory) -> None:
    cell = "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh, Sở Y tế cơ quan, đơn vị liên quan"
    assert [n for n, _ in coordinating_cell(cell, MentionFinder(org))] == [
        "Ủy ban nhân dân cấp tỉnh",
        "Sở Y tế",
    ]


def test_a_narrow_cell_of_bodies_after_a_task_cut_at_a_comma() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *[
                "11.",
                "Từng bước triển khai phân luồng người bệnh",
                "giữa các cấp để giảm điều trị các bệnh lý nhẹ,",
            ],
            *[
                "Bộ Y tế, Sở Y tế",
                "đối",
                "với",
                "địa",
                "phương",
                "Bộ Tài chính",
                "Đề án triển khai",
            ],
            "Quý II/2027",
        ]
    )
    assert "| Bộ Y tế, Sở Y tế đối với địa phương | Bộ Tài chính |" in got[1]


def test_what_a_lead_answers_for_is_no_body(org: OrgDirectory) -> None:
    cell = "Bộ Y tế, Sở Y tế đối với địa phương"
    assert [n for n, _ in lead_cell(cell, MentionFinder(org))] == ["Bộ Y tế", "Sở Y tế"]


def test_a_lead_set_on_the_tasks_last_line() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *[
                "8.",
                "Xây dựng Nghị định về tăng mức đóng bảo",
                "hiểm y tế theo lộ trình phù hợp Bộ Y tế",
            ],
            *["Bộ Tài chính, các", "bộ,", "ngành", "Nghị định của", "Chính phủ", "Tháng 3/2027"],
        ]
    )
    assert got[1].startswith(
        "| 8 | Xây dựng Nghị định về tăng mức đóng bảo hiểm y tế theo lộ trình phù hợp | Bộ Y tế "
        "| Bộ Tài chính, các bộ, ngành |"
    )
    # (a body the task's words name stays: "... phối hợp với Bộ Y tế")
    kept = rebuild_pdf_tables(
        [*_HEADER, "9.", "Rà soát quy định, phối hợp với Bộ Y tế", "Bộ Tài chính", "Quý I/2027"]
    )
    assert "phối hợp với Bộ Y tế | Bộ Tài chính |" in kept[1]


def test_a_partners_cell_the_break_cut_ends_after_the_tasks_stop() -> None:
    page = ["", "CÔNG BÁO/Số 286/Ngày 27-05-2026", "97", " ", " ", *_HEADER]
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *["8.", "Xây dựng Nghị định về tăng mức đóng bảo hiểm", "y tế theo lộ trình"],
            *["Bộ Y tế", "Bộ Tài chính, các", "bộ, ngành, cơ", "Nghị định", "Tháng 3/2027", *page],
            *["phù hợp với việc mở rộng quyền lợi.", "quan, tổ chức có", "liên quan"],
        ]
    )
    assert got[1] == (
        "| 8 | Xây dựng Nghị định về tăng mức đóng bảo hiểm y tế theo lộ trình phù hợp với việc"
        " mở rộng quyền lợi. | Bộ Y tế | Bộ Tài chính, các bộ, ngành, cơ quan, tổ chức có liên"
        " quan | Nghị định | Tháng 3/2027 |"
    )
