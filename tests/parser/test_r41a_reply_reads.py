"""Round 41a: the tax department's letters (160/01, 161/02). A form's number the letter named
as a form ("mẫu 01/KHBS") and names again bare ("... Điều chỉnh 01/KHBS") is no reference; a
conclusion cited with its words before "số" ("Kết luận thanh tra thuế số 143/CT-KLTTr2") is a
"kết luận", not the "chỉ thị" its code's "CT" reads as; "Do vậy, Tổng cục Thuế đề nghị Cục Thuế
thành phố X xem xét ..." asks that Cục Thuế by its whole name; and a dated closing sentence
("Quyết định thành lập ... gửi về Tổng cục Thuế trước ngày X.") dates the tasks above it, not
those after it (README)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.references import find_references
from tests.parser.signed import signed

_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 2866/TCT-KK
V/v khai bổ sung hồ sơ khai thuế
Hà Nội, ngày 23 tháng 07 năm 2018

Kính gửi: Cục Thuế thành phố Đà Nẵng.

"""
_SIGNED = signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Nguyễn Đại Trí")


def test_a_forms_number_named_again_bare_is_no_reference() -> None:
    text = (
        "Công ty nộp Bản giải trình khai bổ sung, điều chỉnh mẫu 01/KHBS kèm Tờ khai; theo Thông"
        " tư số 156/2013/TT-BTC ngày 06/11/2013 của Bộ Tài chính chỉ chuyển Bản giải trình 01/KHBS"
        " xuống sau Tờ khai."
    )
    refs = find_references(text, fold_keep(text), None, 2018)
    assert [r.number for r in refs] == ["156/2013/TT-BTC"]


def test_a_conclusion_named_before_its_number_is_a_conclusion() -> None:
    text = "Điều chỉnh Kết luận thanh tra thuế số 143/CT-KLTTr2 ngày 11/01/2018 của Cục Thuế."
    refs = find_references(text, fold_keep(text), None, 2018)
    assert [(r.number, r.type) for r in refs] == [("143/CT-KLTTr2", "kết luận")]


def test_after_its_conclusion_the_body_asks_another_by_its_whole_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Tổng cục Thuế nhận được Đơn xin cứu xét của Công ty.\n"
        "Do vậy, Tổng cục Thuế đề nghị Cục Thuế thành phố Đà Nẵng xem xét Điều chỉnh Kết luận"
        " thanh tra thuế số 143/CT-KLTTr2 ngày 11/01/2018 của Cục Thuế theo hướng xử phạt Công"
        " ty.\n"
    )
    actions = parse_text(_HEAD + body + _SIGNED, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Cục Thuế thành phố Đà Nẵng"]


def test_a_dated_closing_sentence_dates_the_tasks_above_it_only(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Tổng cục Thuế đề nghị các Cục Thuế thực hiện một số nội dung như sau:\n"
        "1. Thành lập Ban chỉ đạo\n"
        "- Cục Thuế thành lập Ban chỉ đạo triển khai Cổng thông tin điện tử tại Cục Thuế.\n"
        "Quyết định thành lập Ban chỉ đạo gửi về Tổng cục Thuế trước ngày 09/02/2025.\n"
        "2. Công tác tuyên truyền\n"
        "- Cục Thuế tuyên truyền cho người nộp thuế về lợi ích của Cổng thông tin điện tử.\n"
    )
    head = _HEAD.replace("ngày 23 tháng 07 năm 2018", "ngày 20 tháng 01 năm 2025")
    actions = parse_text(head + body + _SIGNED, org, calendar).actions
    assert [a.text[:20] for a in actions] == ["Cục Thuế thành lập B", "Cục Thuế tuyên truyề"]
    assert [a.deadline_text for a in actions] == ["trước ngày 09/02/2025", None]
