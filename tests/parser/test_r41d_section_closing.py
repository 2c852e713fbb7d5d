"""Round 41d: a text-run page's "(1)" item and a sentence that closes one section.

On an ebook's page of text runs (see test_r39d_text_runs) an item numbered in brackets opens a
paragraph of its own, as "1." does: "2.2. Tại Cục Thuế, Chi cục Thuế" / "(1) Thành lập ..." are
two lines, not one heading. A dated sentence with no marker between two sibling items ("(1)
Thành lập ..." / "- ..." / "Quyết định thành lập ... gửi về ... trước ngày X." / "(2) ...")
closes the first item: it dates that item's tasks, not the tasks of the sections above it; a
dated sentence after the list's last item still dates every task above it.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed
from tests.parser.signed import signed

_FILL = "\n".join(
    ["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 8
)


def test_a_bracketed_number_opens_its_own_paragraph_on_a_page_of_runs() -> None:
    runs = ["2.2. Tại Cục", "Thuế, Chi cục Thuế", "(1) Thành lập", "Ban chỉ đạo tại Cục Thuế"]
    lines = reflowed("\n".join(runs) + "\n" + _FILL).splitlines()
    assert lines[0] == "2.2. Tại Cục Thuế, Chi cục Thuế"
    assert lines[1] == "(1) Thành lập Ban chỉ đạo tại Cục Thuế"


_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/TCT-KK

V/v triển khai ứng dụng hóa đơn điện tử

Hà Nội, ngày 10 tháng 3 năm 2026

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Tổng cục Thuế đề nghị các đơn vị thực hiện một số nội dung như sau:
1. Tại Tổng cục Thuế
- Vụ Kê khai chủ trì xây dựng tài liệu hướng dẫn sử dụng ứng dụng.
- Cục CNTT nâng cấp ứng dụng hóa đơn điện tử.
2. Tại Cục Thuế
(1) Thành lập Tổ triển khai
- Tổ triển khai tiếp nhận nội dung triển khai và đôn đốc các đơn vị thực hiện.
"""


def test_a_sentence_between_two_sibling_items_dates_the_first_ones_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (
        _HEAD
        + "Quyết định thành lập Tổ triển khai gửi về Tổng cục Thuế trước ngày 20/3/2026.\n"
        + "(2) Công tác tuyên truyền\n"
        + "- Tuyên truyền cho người nộp thuế về các chức năng của ứng dụng.\n"
        + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    )
    record = parse_text(text, org, calendar)
    dated = [a.deadline_text for a in record.actions]
    assert dated == [None, None, "trước ngày 20/3/2026", None]


def test_a_sentence_after_the_last_item_dates_every_task_above(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (
        _HEAD
        + "Báo cáo kết quả gửi về Tổng cục Thuế trước ngày 20/3/2026.\n"
        + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    )
    record = parse_text(text, org, calendar)
    assert [a.deadline_text for a in record.actions] == ["trước ngày 20/3/2026"] * 3


def test_what_the_cited_directive_asks_in_the_opening_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    opening = (
        "Tổng cục Thuế đề nghị các đơn vị thực hiện một số nội dung như sau:\n",
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 18/CT-TTg ngày 30/05/2023 về "
        "quản lý hoạt động kinh doanh thương mại điện tử, trong đó giao Bộ Tài chính nghiên cứu, "
        "rà soát cắt giảm thủ tục hành chính.\n"
        "Tổng cục Thuế đề nghị các đơn vị thực hiện một số nội dung như sau:\n",
    )
    text = _HEAD.replace(*opening) + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    record = parse_text(text, org, calendar)
    assert record.actions[0].lead_unit == "Vụ Kê khai"
    assert "Bộ Tài chính" not in [a.lead_unit for a in record.actions]
    assert len(record.actions) == 3


def test_where_to_send_the_report_goes_on_with_the_report_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (
        _HEAD
        + "(2) Công tác tuyên truyền\n"
        + "- Tuyên truyền cho người nộp thuế về các chức năng của ứng dụng.\n"
        + "3. Báo cáo kết quả triển khai\n"
        + "Cục Thuế báo cáo tình hình, tiến độ triển khai định kỳ hàng tháng.\n"
        + "Báo cáo gửi về Tổng cục Thuế (Vụ Kê khai) trước ngày mùng 10 tháng tiếp theo.\n"
        + "Bản mềm gửi vào địa chỉ email:\n"
        + "baocao01@gdt.gov.vn.\n"
        + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    )
    record = parse_text(text, org, calendar)
    last = record.actions[-1]
    assert last.text.startswith("Cục Thuế báo cáo tình hình")
    assert last.text.endswith("Bản mềm gửi vào địa chỉ email: baocao01@gdt.gov.vn")
    assert len(record.actions) == 5


def test_a_paragraph_restating_its_items_title_is_no_more_of_the_title(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    runs = [
        "(3) Thực hiện",
        "phân công, tiếp nhận, xử lý hồ",
        "sơ trên",
        "Cổng TMĐT HKD",
        "Thực hiện",
        "phân công, tiếp nhận, xử lý hồ",
        "sơ trên Cổng TMĐT HKD theo hướng dẫn tại Sổ tay nghiệp vụ.",
    ]
    lines = reflowed("\n".join(runs) + "\n" + _FILL).splitlines()
    assert lines[0] == "(3) Thực hiện phân công, tiếp nhận, xử lý hồ sơ trên Cổng TMĐT HKD"
    text = (
        _HEAD
        + "(2) Thực hiện phân công, tiếp nhận, xử lý hồ sơ trên Cổng thông tin điện tử\n"
        + "Thực hiện phân công, tiếp nhận, xử lý hồ sơ trên Cổng thông tin điện tử theo hướng "
        + "dẫn tại Sổ tay nghiệp vụ.\n"
        + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    )
    last = parse_text(text, org, calendar).actions[-1]
    assert last.text == (
        "Thực hiện phân công, tiếp nhận, xử lý hồ sơ trên Cổng thông tin điện tử theo hướng dẫn"
        " tại Sổ tay nghiệp vụ"
    )


def test_a_board_to_set_up_with_its_labelled_parts_is_one_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (
        _HEAD.replace(
            "- Tổ triển khai tiếp nhận nội dung triển khai và đôn đốc các đơn vị thực hiện.\n",
            "- Ban chỉ đạo :\n"
            "+ Thành phần gồm: 01 Lãnh đạo Cục Thuế là trưởng ban, lãnh đạo các phòng.\n"
            "+ Nhiệm vụ:\n"
            "Tiếp nhận nội dung triển khai từ Tổng cục Thuế; Xử lý các vướng mắc;\n"
            "Báo cáo kết quả triển khai.\n"
            "- Tổ triển khai:\n"
            "+ Thành phần gồm: 01 lãnh đạo phòng và 01 chuyên viên các phòng.\n"
            "+ Nhiệm vụ: Thực hiện các nhiệm vụ do Ban chỉ đạo phân công.\n",
        )
        + "Quyết định thành lập gửi về Tổng cục Thuế trước ngày 20/3/2026.\n"
        + "(2) Công tác tuyên truyền\n"
        + "- Tuyên truyền cho người nộp thuế về các chức năng của ứng dụng.\n"
        + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    )
    texts = [a.text for a in parse_text(text, org, calendar).actions]
    assert texts[2] == (
        "Ban chỉ đạo : + Thành phần gồm: 01 Lãnh đạo Cục Thuế là trưởng ban, lãnh đạo các phòng."
        " + Nhiệm vụ: Tiếp nhận nội dung triển khai từ Tổng cục Thuế; Xử lý các vướng mắc;"
        " Báo cáo kết quả triển khai"
    )
    assert texts[3] == (
        "Tổ triển khai: + Thành phần gồm: 01 lãnh đạo phòng và 01 chuyên viên các phòng."
        " + Nhiệm vụ: Thực hiện các nhiệm vụ do Ban chỉ đạo phân công"
    )
    assert len(texts) == 5


def test_the_bodies_a_section_is_done_at_lead_and_coordinate_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _HEAD.replace("2. Tại Cục Thuế\n", "2. Tại Cục Thuế, Chi cục Thuế\n") + signed(
        "KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"
    )
    last = parse_text(text, org, calendar).actions[-1]
    assert (last.lead_unit, last.coordinating_units) == ("Cục Thuế", ["Chi cục Thuế"])
