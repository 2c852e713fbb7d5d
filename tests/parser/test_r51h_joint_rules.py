"""Round 51h (batch 197): a joint regulation's type "QUY CHẾ PHỐI HỢP" (its number's code
"QCPH") is its own type, not "QUY CHẾ" with "PHỐI HỢP" run into the subject; a number with a
capital after its digits ("2176A/QCPH-TCT-TCTK") is the letter's number; and the record's
identifier a crawled page sets over the letterhead ("VBDI_319032020164658") is no body."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_RULES = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 2176A/QCPH-TCT-TCTK\n\n"
    "Hà Nội, ngày 10 tháng 11 năm 2015\n\nQUY CHẾ PHỐI HỢP\n\n"
    "QUY ĐỊNH VIỆC PHỐI HỢP CÔNG TÁC GIỮA TỔNG CỤC THUẾ VÀ TỔNG CỤC THỐNG KÊ\n\n"
    "Điều 1. Hai đơn vị đầu mối có trách nhiệm đôn đốc việc thực hiện Quy chế."
)


def test_a_joint_regulation(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_RULES + signed("TỔNG CỤC TRƯỞNG"), org, calendar)
    assert record.number == "2176A/QCPH-TCT-TCTK"
    assert record.document_type == "QUY CHẾ PHỐI HỢP"
    assert record.subject is not None and record.subject.startswith("QUY ĐỊNH VIỆC PHỐI HỢP")


def test_a_record_identifier_over_the_letterhead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    runs = "\n".join(
        ["Căn", "cứ Luật Quản lý thuế, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 8
    )
    page = (
        '---\nten: "CHI THI 03.2020.mht"\nloai: "Khác"\n---\n# CHI THI 03.2020.mht\n'
        "VBDI_319032020164658\nB\nỘ\nTÀI CHÍNH\n________\nSố:\n  03/CT-BTC\n"
        "Hà\n  Nội, ngày\n19\ntháng 3 năm 2020\nCHỈ THỊ\nVề việc khoanh nợ\n" + runs + "\n"
    )
    record = parse_text(page, org, calendar)
    assert (record.issuer, record.parent_issuer) == ("Bộ Tài chính", None)
