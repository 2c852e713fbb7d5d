"""Round 51i (batch 197): a sentence that opens with how often and in turn ("Định kỳ 6 tháng,
BHXH tỉnh ...", "Hàng năm, theo hình thức luân phiên, hai cơ quan ...") has its subject after
those clauses, and bodies named before by their number ("Hai đơn vị đầu mối", "hai cơ quan")
are doers as named bodies are."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies
from tests.parser.signed import signed


def test_how_often_and_in_turn_open_the_sentence() -> None:
    said = "Định kỳ 6 tháng, BHXH tỉnh, Cục Thuế tỉnh và cấp huyện tổ chức đánh giá kết quả."
    assert subject_bodies(said)[0] == "BHXH tỉnh"
    said = "Hàng năm, theo hình thức luân phiên, BHXH tỉnh Quảng Ninh và Cục thuế tỉnh tổ chức"
    assert subject_bodies(said + " đánh giá.") == ["BHXH tỉnh Quảng Ninh", "Cục thuế tỉnh"]


def test_bodies_named_by_their_number(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    page = (
        "TỔNG CỤC THUẾ\n\nSố: 2176A/QCPH-TCT-TCTK\n\nHà Nội, ngày 10 tháng 11 năm 2015\n\n"
        "QUY CHẾ PHỐI HỢP\n\nQUY ĐỊNH VIỆC PHỐI HỢP CÔNG TÁC\n\n"
        "Điều 10. Phân công trách nhiệm\n\n"
        "1. Đầu mối liên hệ của Tổng cục Thuế là Vụ Kê khai và Kế toán thuế.\n\n"
        "2. Hai đơn vị đầu mối có trách nhiệm đôn đốc việc thực hiện Quy chế tại cơ quan mình.\n\n"
        "3. Định kỳ hàng năm, theo hình thức luân phiên, hai cơ quan tổ chức đánh giá tình hình"
        " thực hiện Quy chế." + signed("TỔNG CỤC TRƯỞNG")
    )
    actions = parse_text(page, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Hai đơn vị đầu mối", "hai cơ quan"]
