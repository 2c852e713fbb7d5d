"""Round 42e: a provincial tax office's letter carrying out a cooperation rule (138/02). A
"Quy chế số N" is a "quy chế", and one "của A và B" is the two bodies' jointly; "phối hợp với
BHXH huyện, ..." names the social insurance office by its letters; "các Chi cục Thuế tổng hợp
kết quả ..." ends the name before "tổng hợp"; "Định kỳ hàng năm, ... trước ngày 20 tháng 12"
is yearly; and the office the reports go through that consolidates them in a later sentence
("... về Cục Thuế (qua phòng TH-NV-DT) .... Phòng THNVDT tổng hợp ...") stays in the item's
one action."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory, load_org
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.mentions import MentionFinder
from directives.parser.references import find_references
from directives.parser.units import assign_units
from directives.records import DeadlineKind
from tests.parser.signed import signed

_HEAD = """TỔNG CỤC THUẾ
CỤC THUẾ TỈNH THÁI BÌNH
Số: 2207/CT-TTHT
V/v triển khai Quy chế phối hợp
Thái Bình, ngày 14 tháng 4 năm 2016

Kính gửi:
- Các phòng thuộc Cục Thuế;
- Các Chi cục Thuế trực thuộc Cục Thuế.

"""


def test_a_rule_cited_by_its_kind_and_issued_jointly() -> None:
    text = (
        "Thực hiện Quy chế số 4120/QCPH-BHXH-TCT ngày 15/12/2015 của Bảo hiểm xã hội Việt Nam"
        " và Tổng cục Thuế, Quy chế số 03/QCPH-BHXH-CT ngày 20/01/2016 giữa Bảo hiểm xã hội"
        " tỉnh Thái Bình và Cục Thuế tỉnh Thái Bình, Cục Thuế triển khai như sau:"
    )
    refs = find_references(text, fold_keep(text), None, 2016)
    assert [(r.number, r.type, r.issuer) for r in refs] == [
        ("4120/QCPH-BHXH-TCT", "quy chế", "Bảo hiểm xã hội Việt Nam và Tổng cục Thuế"),
        ("03/QCPH-BHXH-CT", "quy chế", None),
    ]


def test_a_partner_named_by_its_letters() -> None:
    text = "Chi cục Thuế phối hợp với BHXH huyện, thành phố xây dựng Quy chế phối hợp"
    find = MentionFinder(load_org(Path("config/org.yaml")))
    units = assign_units(text, find, None, fold_keep(text))
    assert units.coordinating == ["BHXH huyện, thành phố"]


def test_the_office_that_consolidates_the_reports_stays_in_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Cục Thuế tỉnh Thái Bình triển khai như sau:\n"
        "1. Các Chi cục Thuế cung cấp cho cơ quan bảo hiểm danh sách tổ chức trả thu nhập.\n"
        "2. Định kỳ hàng năm, các Chi cục Thuế tổng hợp kết quả phối hợp báo cáo về Cục Thuế"
        " (qua phòng TH-DT) trước ngày 15 tháng 12, trong đó nêu vướng mắc phát sinh. Phòng"
        " THDT tổng hợp kết quả của toàn ngành báo cáo Tổng cục Thuế theo quy định.\n"
    )
    record = parse_text(_HEAD + body + signed("CỤC TRƯỞNG"), org, calendar)
    last = record.actions[-1]
    assert len(record.actions) == 2
    assert last.lead_unit == "các Chi cục Thuế"
    assert last.text.endswith(
        "Phòng THDT tổng hợp kết quả của toàn ngành báo cáo Tổng cục Thuế theo quy định"
    )
    assert (last.deadline, last.deadline_kind) == (date(2016, 12, 14), DeadlineKind.YEARLY)
