"""A decision a page flattened onto one line is read as the letter it was; a decision's
grounds written as dash items under the enacting body's name are no tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.one_line import relined

FLAT = (
    "BAN CHẤP HÀNH TỈNH***Số: 12 - QĐ/TĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 3 tháng 4 năm 2019 "
    "QUYẾT ĐỊNHVề việc ban hành Quy chế làm việc của cơ quan--------- BAN THƯỜNG VỤ TỈNH "
    "ĐOÀN QUẢNG NAM- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ Quy chế hoạt động của Ban Chấp "
    "hành Tỉnh đoàn khoá XV, nhiệm kỳ 2017 - 2022; - Để thống nhất trong công tác của cơ quan "
    "Tỉnh đoàn, QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy chế làm việc của cơ "
    "quan. Điều 2. Giao Văn phòng Tỉnh đoàn hướng dẫn, kiểm tra việc thực hiện Quyết định "
    "này. Điều 3. Quyết định này có hiệu lực từ ngày ký./. Nơi nhận: - Như điều 3; - Lưu VP. "
    "TM. BAN THƯỜNG VỤ TỈNH ĐOÀNBÍ THƯ (đã ký) Nguyễn Văn An"
)


def test_a_flattened_decision_gets_its_lines_back(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    lines = relined(FLAT).split("\n")
    assert lines[:5] == [
        "BAN CHẤP HÀNH TỈNH",
        "Số: 12 - QĐ/TĐTN-VP",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "Hà Nội, ngày 3 tháng 4 năm 2019",
        "QUYẾT ĐỊNH",
    ]
    assert "QUYẾT ĐỊNH" in lines[5:] and "Nơi nhận:" in lines and "(đã ký)" in lines
    got = parse_text(FLAT, org, calendar)
    assert got.number == "12-QĐ/TĐTN-VP"
    assert str(got.issued_on) == "2019-04-03"
    assert got.subject == "ban hành Quy chế làm việc của cơ quan"
    assert [a.lead_unit for a in got.actions] == ["Văn phòng Tỉnh đoàn"]
    assert got.signer is not None and got.signer.name == "Nguyễn Văn An"
    assert got.distribution == ["Như điều 3", "Lưu VP"]


def test_a_letter_with_its_lines_is_left_as_it_is() -> None:
    head = "ỦY BAN NHÂN DÂN\nTỈNH X\nSố: 12/UBND\nHà Nội, ngày 3 tháng 4 năm 2019\nQUYẾT ĐỊNH\n"
    text = head + "Điều 1. Giao Sở X làm. " * 40 + "\nNơi nhận:\n- Lưu: VT."
    assert relined(text) == text


GROUNDED = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 15/QĐ-UBND
Quảng Nam, ngày 3 tháng 4 năm 2019
QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc
ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
- Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
- Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 10/TTr-SNV ngày 01/4/2019,
QUYẾT ĐỊNH
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
Điều 2. Giao Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện Quyết định này.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def test_dashed_grounds_under_the_enacting_body_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_text(GROUNDED, org, calendar)
    assert [a.text[:8] for a in got.actions] == ["Giao Sở "]


def test_a_decision_flattened_onto_a_few_lines_gets_its_lines_back() -> None:
    head, rest = FLAT.split(" QUYẾT ĐỊNHVề", 1)
    lines = relined(f"{head}\nQUYẾT ĐỊNHVề{rest}").split("\n")
    assert lines[:2] == ["BAN CHẤP HÀNH TỈNH", "Số: 12 - QĐ/TĐTN-VP"]
    assert "Về việc ban hành Quy chế làm việc của cơ quan" in lines and "(đã ký)" in lines
