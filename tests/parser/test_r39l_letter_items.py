"""A regulation on a page of text runs (an ebook's export, one run a line) whose follow-up
chapter gives each body's duties as lettered items with a stop ("a.", "b."), under a clause
"X có trách nhiệm:". Each item opens a paragraph of its own, even when the export cut its
letter from its stop ("a" / "." / "Tiếp nhận ..."), so each is a task led by X."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed

_FRONT = (
    '---\nso_hieu: "QD 215.2022 QUY CHE"\nten: "QD 215.2022 QUY CHE"\nsource: "EBOOK"\n---\n\n'
    "# QD 215.2022 QUY CHE\n\n"
)

_PAGE = """BỘ TÀI CHÍNH
-------
CỘNG HÒA
  XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 215/QĐ-BTC
Hà Nội,
  ngày 14 tháng 2 năm 2022
QUYẾT
ĐỊNH
BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ
CÁC ĐỀ XUẤT CỦA NGƯỜI NỘP THUẾ
BỘ TRƯỞNG BỘ TÀI CHÍNH
Căn
cứ Luật Quản lý thuế ngày 13
tháng
6 năm 2019;
Căn
cứ Nghị định số 87/2017/NĐ-CP ngày 26
tháng 7 năm 2017
của Chính phủ;
Theo đề nghị của Chánh Văn phòng
Bộ,
QUYẾT
ĐỊNH:
Điều 1.
Ban hành kèm theo Quyết định này
Quy chế tiếp nhận, xử lý các đề xuất của
người nộp thuế.
Điều 2.
Quyết định này có hiệu lực
thi hành kể từ ngày ký.
QUY CHẾ
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định
việc tiếp nhận,
xử lý các đề xuất
của người nộp
thuế gửi tới
Bộ Tài chính
và các đơn vị
thuộc Bộ.
Chương II
TỔ CHỨC THỰC HIỆN
Điều 2. Trách nhiệm của các đơn vị
1. Văn phòng Bộ có trách nhiệm:
a. Chủ trì theo dõi, đôn đốc
việc xử lý đề xuất
của các đơn vị thuộc Bộ.
b. Ch
ủ
trì tiếp nhận các đề xuất gửi qua
đường bưu điện và chuyển
Cục Tin học xử lý.
2. Cục Tin học và Thống kê tài chính có trách nhiệm:
a
.
Cập nhật, phân loại các đề xuất trên
hệ thống thông tin.
b. Bảo đảm an toàn tài khoản
đăng nhập hệ thống thông tin.
Điều 3. Kinh phí
Kinh phí thực hiện
được bảo đảm
trong dự toán
chi thường xuyên.
"""


def _page() -> str:
    return _FRONT + _PAGE


def test_each_lettered_item_opens_its_own_paragraph() -> None:
    lines = reflowed(_page()).splitlines()
    assert "1. Văn phòng Bộ có trách nhiệm:" in lines
    assert "a. Chủ trì theo dõi, đôn đốc việc xử lý đề xuất của các đơn vị thuộc Bộ." in lines
    assert lines[lines.index("1. Văn phòng Bộ có trách nhiệm:") + 2].startswith("b. Chủ trì tiếp")


def test_a_letter_cut_from_its_stop_still_opens_the_item() -> None:
    lines = reflowed(_page()).splitlines()
    assert "2. Cục Tin học và Thống kê tài chính có trách nhiệm:" in lines
    assert "a. Cập nhật, phân loại các đề xuất trên hệ thống thông tin." in lines


def test_a_piece_of_a_word_before_a_stop_is_still_glued() -> None:
    page = _page().replace("trong dự toán\nchi thường xuyên.", "trong dự toán củ\na.")
    assert "Kinh phí thực hiện được bảo đảm trong dự toán của." in reflowed(page).splitlines()


def test_each_item_is_a_task_of_the_clause_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_page(), org, calendar)
    got = [(a.lead_unit, a.text) for a in record.actions]
    assert got == [
        ("Văn phòng Bộ", "Chủ trì theo dõi, đôn đốc việc xử lý đề xuất của các đơn vị thuộc Bộ"),
        (
            "Văn phòng Bộ",
            "Chủ trì tiếp nhận các đề xuất gửi qua đường bưu điện và chuyển Cục Tin học xử lý",
        ),
        (
            "Cục Tin học và Thống kê tài chính",
            "Cập nhật, phân loại các đề xuất trên hệ thống thông tin",
        ),
        (
            "Cục Tin học và Thống kê tài chính",
            "Bảo đảm an toàn tài khoản đăng nhập hệ thống thông tin",
        ),
    ]


def _with_follow_up_part() -> str:
    """The page with a procedure's parts, their titles in capitals wrapped over runs."""
    return _page().replace(
        "Chương II\nTỔ CHỨC THỰC HIỆN\n",
        "III. CHẾ ĐỘ BÁO CÁO CÔNG\nTÁC TIẾP NHẬN\nHàng quý, các đơn vị\nbáo cáo\n"
        "kết quả\ntiếp nhận\nđề xuất\nvề Văn phòng\nBộ.\n"
        "Phần III\nTỔ CHỨC\nTHỰC HIỆN\n",
    )


def test_a_parts_title_wrapped_in_capitals_is_one_line() -> None:
    lines = reflowed(_with_follow_up_part()).splitlines()
    assert "TỔ CHỨC THỰC HIỆN" in lines
    assert lines[lines.index("TỔ CHỨC THỰC HIỆN") - 1] == "Phần III"


def test_a_letterheads_bodies_in_capitals_stay_apart() -> None:
    lines = reflowed(_with_follow_up_part()).splitlines()
    assert "BỘ TÀI CHÍNH" in lines
    assert "QUY CHẾ" in lines


def _procedure() -> str:
    """The page as a procedure's: its follow-up part under a title wrapped over runs, a head of
    the bodies of a kind given their work, then where difficulties go."""
    cut = _page().index("Chương II\n")
    return _page()[:cut] + (
        "Phần III\nTỔ CHỨC\nTHỰC HIỆN\nLãnh đạo cơ quan\nthuế các cấp có trách nhiệm\n"
        "tổ chức, bố trí\ncán bộ thực hiện\nđúng quy chế này.\nTrong quá trình\n"
        "tổ chức thực hiện quy chế, nếu có\nvướng mắc, Cục Thuế các tỉnh\nbáo cáo kịp thời\n"
        "về Tổng cục Thuế\nđể giải quyết./.\n"
    )


def test_the_head_of_a_kind_of_body_is_dropped_from_the_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_procedure(), org, calendar)
    got = [(a.lead_unit, a.text) for a in record.actions]
    assert got == [
        (
            "cơ quan thuế các cấp",
            "Lãnh đạo cơ quan thuế các cấp có trách nhiệm tổ chức, bố trí cán bộ thực hiện "
            "đúng quy chế này",
        )
    ]  # where difficulties go, the text carried out named ("thực hiện quy chế"), is no task
