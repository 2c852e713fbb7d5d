"""Numbers the references read whole or not at all: a serial with a letter ("Nghị quyết số
36a/NQ-CP") and a resolution's serial joined to its year by a hyphen ("Nghị quyết 19-2016/NQ-CP")
are one number each; a code a line's end cut inside its last letters ("166/2013/TT-BT" / "C nêu
trên") is the number cited whole elsewhere, and a law's term cut after its first digit
("21/2012/QH1" / "3") is its two digits; an item's marker written "1/" before its heading ("1/Về
việc thực hiện ...") and a form's sub-number after its code ("mẫu chứng từ C1-02/NS") are no
numbers; "qui định" (the older spelling) ends an issuer's name as "quy định" does; and a stop at
a line's end closes the clause of an amending title ("Luật sửa đổi, bổ sung ... của Chính phủ." /
"- Quy trình hoàn thuế: ... Quyết định số 905/QĐ-TCT ngày ..."), the date after the next number
being its own."""

from __future__ import annotations

import pytest

from directives.parser.clean import fold_keep
from directives.parser.references import find_references

_CASES = [
    (
        "Căn cứ Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử; Nghị"
        " Quyết 19-2016/NQ-CP ngày 28/4/2016 của Chính Phủ về những nhiệm vụ, giải pháp chủ yếu;",
        [("36a/NQ-CP", "Chính phủ", "2015-10-14"), ("19-2016/NQ-CP", "Chính Phủ", "2016-04-28")],
    ),
    (
        "Căn cứ Nghị định số 27/2007/NĐ-CP ngày 23/02/2007 của Chính phủ qui định về giao dịch"
        " điện tử trong hoạt động tài chính;",
        [("27/2007/NĐ-CP", "Chính phủ", "2007-02-23")],
    ),
    (
        "Căn cứ Điều 5 Thông tư số 166/2013/TT-BTC ngày 15/11/2013 của Bộ Tài chính: ... . Căn"
        " cứ quy định trên, ... theo quy định tại Điều 13 Thông tư số 166/2013/TT-BT C nêu trên.",
        [("166/2013/TT-BTC", "Bộ Tài chính", "2013-11-15")],
    ),
    (
        "Luật sửa đổi Luật Quản lý thuế số 21/2012/QH1 3 ngày 20/11/2012 của Quốc hội.",
        [("21/2012/QH13", "Quốc hội", "2012-11-20")],
    ),
    (
        "1/Về việc thực hiện Nghị định số 82/2018/NĐ-CP: ... . 2/ Xác định số thuế được giảm:"
        " ... theo điểm 2 phần hướng dẫn ghi chép mẫu chứng từ C1-02/NS Thông tư số"
        " 119/2014/TT-BTC ngày 25/8/2014.",
        [("82/2018/NĐ-CP", None, None), ("119/2014/TT-BTC", None, "2014-08-25")],
    ),
    (
        "- Thông tư số 156/2013/TT-BTC: Thông tư số 156/2013/TT-BTC ngày 06/11/2013 của Bộ Tài"
        " chính hướng dẫn thi hành một số điều của Luật Quản lý thuế; Luật sửa đổi, bổ sung một"
        " số điều của Luật Quản lý thuế và Nghị định số 83/2013/NĐ-CP ngày 22/7/2013 của Chính"
        " phủ.\n- Quy trình hoàn thuế: Quy trình ban hành kèm theo Quyết định số 905/QĐ-TCT ngày"
        " 01/7/2011 của Tổng cục trưởng Tổng cục Thuế về việc ban hành Quy trình hoàn thuế.",
        [
            ("156/2013/TT-BTC", "Bộ Tài chính", "2013-11-06"),
            ("83/2013/NĐ-CP", "Chính phủ", "2013-07-22"),
            ("905/QĐ-TCT", "Tổng cục trưởng Tổng cục Thuế", "2011-07-01"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_numbers_read_whole_or_not_at_all(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    found = find_references(text, fold_keep(text), None, 2016)
    assert [
        (r.number, r.issuer, r.issued_on.isoformat() if r.issued_on else None) for r in found
    ] == expected
