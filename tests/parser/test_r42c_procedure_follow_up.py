"""Round 42c: in a procedure's part on carrying it out, the head of an office's section given
its work ("Lãnh đạo bộ phận tiếp nhận hồ sơ có trách nhiệm ...") leads as the section, and so
does the head of the offices after a clause of as things stand ("Tùy theo điều kiện cụ thể,
Thủ trưởng cơ quan thuế phân công ..."), while a head's power ("... có quyền quyết định ...")
is no task; a form's number cited as the form of a notice ("mẫu Thông báo số 03/TB-HĐ") is no
reference; on a page of text runs a number's year cut after "/20" and a code cut after its
first letter ("V" / "P Cục") are whole again; a lettered item in brackets ("(a) ...") is an
item like "a) ..."."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.references import find_references
from directives.parser.shreds import reflowed

_DECISION = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 880/QĐ-TCT
Hà Nội, ngày 12 tháng 5 năm 2016
QUYẾT ĐỊNH
Về việc ban hành Quy trình tiếp nhận hồ sơ hoàn thuế
TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ
Căn cứ Luật Quản lý thuế ngày 29/11/2006;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy trình tiếp nhận hồ sơ hoàn thuế.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Lê Thị Hoa
QUY TRÌNH
TIẾP NHẬN HỒ SƠ HOÀN THUẾ
Phần I
QUY ĐỊNH CHUNG
1. Bộ phận một cửa nhận hồ sơ hoàn thuế của người nộp thuế (mẫu Thông báo số 03/TB-HĐ).
Phần II
TỔ CHỨC THỰC HIỆN
1. Lãnh đạo bộ phận tiếp nhận hồ sơ có trách nhiệm kiểm tra việc lưu trữ hồ sơ của bộ phận.
2. Tùy theo điều kiện cụ thể, Thủ trưởng cơ quan thuế phân công các bộ phận thực hiện quy trình.
3. Tuỳ theo quy mô, Thủ trưởng cơ quan thuế có quyền quyết định ghép các bộ phận; điều chỉnh \
trách nhiệm của các bộ phận cho phù hợp.
"""


def test_heads_of_sections_and_offices_lead_as_the_bodies(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [(a.lead_unit, a.text.split()[0]) for a in record.actions] == [
        ("bộ phận tiếp nhận hồ sơ", "Lãnh"),
        ("cơ quan thuế", "Tùy"),
    ]
    assert record.references == []


def test_a_forms_number_named_as_a_notice_is_no_reference() -> None:
    text = (
        "Cơ quan thuế gửi mẫu Thông báo số 01/TB-TĐT cho người nộp thuế theo Thông tư số"
        " 80/2021/TT-BTC."
    )
    found = find_references(text, fold_keep(text), None, 2021)
    assert [r.number for r in found] == ["80/2021/TT-BTC"]


_FILL = "\n".join(["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "y;"] * 8)


def test_a_years_cut_and_a_code_cut_after_its_first_letter_are_whole_again() -> None:
    runs = "\n".join(
        [
            "Căn cứ Thông tư số 1",
            "1",
            "0/20",
            "1",
            "5/TT-BTC ngày 28/7/2015;",
            "- Đại diện",
            "V",
            "P Cục Thuế tại Đà Nẵng;",
        ]
    )
    lines = reflowed(runs + "\n" + _FILL).splitlines()
    assert "Căn cứ Thông tư số 110/2015/TT-BTC ngày 28/7/2015;" in lines
    assert "- Đại diện VP Cục Thuế tại Đà Nẵng;" in lines


def test_a_lettered_item_in_brackets_is_an_item(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = """BỘ TÀI CHÍNH
KHO BẠC NHÀ NƯỚC
Số: 412/KBNN-KT
Hà Nội, ngày 10 tháng 3 năm 2016
V/v đối chiếu số liệu thu ngân sách
Kính gửi: KBNN các tỉnh, thành phố trực thuộc trung ương.
Để thống nhất thực hiện, Kho bạc Nhà nước đề nghị KBNN các tỉnh, thành phố thực hiện như sau:
(a) Đối chiếu số liệu thu ngân sách với cơ quan thuế trước ngày 15 hằng tháng.
(b) Báo cáo kết quả đối chiếu về Kho bạc Nhà nước trước ngày 20 hằng tháng.
Nơi nhận:
- Như trên;
- Lưu: VT, KT.
KT. TỔNG GIÁM ĐỐC
PHÓ TỔNG GIÁM ĐỐC
Trần Văn Minh
"""
    actions = parse_text(text, org, calendar).actions
    assert [a.text.split()[0] for a in actions] == ["Đối", "Báo"]
    assert {a.lead_unit for a in actions} == {"KBNN các tỉnh, thành phố"}


def test_offices_listed_by_their_kinds_lead_and_coordinate(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Cơ quan tiếp nhận hồ sơ, cơ quan thuế, kho bạc nhà nước có trách nhiệm ...": the
    offices a procedure's follow-up article lists by their kinds in lower case, the first
    leading and the others with it."""
    text = _DECISION.replace(
        "2. Tùy theo điều kiện cụ thể,",
        "4. Bộ phận một cửa, cơ quan thuế, kho bạc nhà nước có trách nhiệm giải quyết hồ sơ"
        " hoàn thuế trong thời hạn quy định.\n2. Tùy theo điều kiện cụ thể,",
    )
    actions = parse_text(text, org, calendar).actions
    listed = next(a for a in actions if a.text.startswith("Bộ phận một cửa"))
    assert listed.lead_unit == "Bộ phận một cửa"
    assert listed.coordinating_units == ["cơ quan thuế", "kho bạc nhà nước"]
