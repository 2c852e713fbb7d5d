"""Round 42e: a department's decision issuing a data regulation (140/02). A title a narrow cell
broke ("TỔNG CỤC" / "TRƯỞNG") signs the decision, and the regulation attached after it ends at
its own signature (no task from the signer's name); "Các Vụ A và b, C, Thanh tra thuế, D" names
each department ("Vụ Thanh tra thuế" too); "Vụ quản lý Doanh nghiệp lớn" is a department named
in the older lower case; an ordinance's number ("30/2000/PL-UBTVQH10") is a "pháp lệnh"; and a
law "số N được Quốc hội ... thông qua ngày D" is the Assembly's, of that date."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.bodies import heading_bodies
from directives.parser.clean import fold_keep
from directives.parser.references import find_references

_DECISION = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 412/QĐ-TCT
Hà Nội, ngày 5 tháng 3 năm 2012

QUYẾT ĐỊNH
Về việc ban hành Quy chế khai thác dữ liệu hóa đơn

TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ
Căn cứ Quyết định số 115/2009/QĐ-TTg ngày 28/9/2009 của Thủ tướng Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế khai thác dữ liệu hóa đơn.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Thủ trưởng các đơn vị thuộc Tổng \
cục Thuế chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
TỔNG CỤC
TRƯỞNG
- Như Điều 2;
- Lưu: VT, CNTT.
(đã ký)
Phạm Văn Hòa
QUY CHẾ
KHAI THÁC DỮ LIỆU HÓA ĐƠN
(Ban hành kèm theo Quyết định số 412/QĐ-TCT ngày 5/3/2012 của Tổng cục trưởng Tổng cục Thuế)
Điều 1. Phạm vi áp dụng
Quy chế này áp dụng đối với cơ quan thuế các cấp.
Điều 2. Trách nhiệm thực hiện
1. Các Vụ Kê khai và kế toán thuế, Quản lý nợ, Thanh tra thuế, Pháp chế có trách nhiệm đôn \
đốc các Cục Thuế cập nhật dữ liệu hóa đơn.
2. Vụ quản lý Doanh nghiệp lớn có trách nhiệm tiếp nhận các yêu cầu khai thác dữ liệu.
Điều 3. Tổ chức thực hiện
Thủ trưởng đơn vị sử dụng dữ liệu hóa đơn có trách nhiệm phổ biến Quy chế này đến người sử \
dụng./.
TỔNG CỤC
TRƯỞNG
(đã ký)
Phạm Văn
Hòa
"""


def test_a_broken_title_signs_and_the_regulation_ends_at_its_signature(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION.replace("\\\n", ""), org, calendar)
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title, record.signer.name) == (
        None,
        "TỔNG CỤC TRƯỞNG",
        "Phạm Văn Hòa",
    )
    assert record.distribution == ["Như Điều 2", "Lưu: VT, CNTT"]
    leads = [(a.lead_unit, a.coordinating_units) for a in record.actions]
    assert leads == [
        (
            "Vụ Kê khai và kế toán thuế",
            ["Vụ Quản lý nợ", "Vụ Thanh tra thuế", "Vụ Pháp chế"],
        ),
        ("Vụ quản lý Doanh nghiệp lớn", []),
        ("đơn vị sử dụng dữ liệu hóa đơn", []),
    ]


def test_departments_listed_under_one_word_are_each_named() -> None:
    assert list(heading_bodies("Các Vụ Kê khai và kế toán thuế, Thanh tra thuế, Quản lý nợ")) == [
        "Vụ Kê khai và kế toán thuế",
        "Vụ Thanh tra thuế",
        "Vụ Quản lý nợ",
    ]
    # (a body of its own kind closing the list keeps its own name)
    assert list(heading_bodies("Các Bộ: Y tế, Tài chính và Ủy ban nhân dân tỉnh, thành phố")) == [
        "Bộ Y tế",
        "Bộ Tài chính",
        "Ủy ban nhân dân tỉnh, thành phố",
    ]


def test_an_ordinance_and_a_law_passed_by_the_assembly() -> None:
    text = (
        "Căn cứ Luật Kế toán số 03/2003/QH11 được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt"
        " Nam khóa XI thông qua ngày 17/6/2003;\n"
        "Căn cứ Pháp lệnh Thuế thu nhập số 35/2001/PL-UBTVQH10 ngày 19/5/2001;"
    )
    refs = find_references(text, fold_keep(text), None, 2012)
    assert [(r.number, r.type, r.issuer, r.issued_on) for r in refs] == [
        (
            "03/2003/QH11",
            "luật",
            "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI",
            date(2003, 6, 17),
        ),
        ("35/2001/PL-UBTVQH10", "pháp lệnh", None, date(2001, 5, 19)),
    ]
