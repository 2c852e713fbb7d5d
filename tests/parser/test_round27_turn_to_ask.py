"""Round 27: a short letter's sentence that recalls what the issuer did before and turns to
its request with ", nay ..." ("Ngày ..., Bộ X đã có công văn số ... thông báo ..., nay căn cứ
tình hình thực tế, Bộ X đề nghị Sở Y ...") is the task of the body asked; and a body named
with the other name it goes by in some places in brackets ("Sở Thương mại (hoặc Sở Thương
mại và Du lịch)") keeps the bracket: the alternative belongs to the name. The parser read no
task in the sentence and cut the name at its bracket."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ CÔNG NGHIỆP
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 0412/CN-KH
V/v gia hạn thời gian nhận hồ sơ

Hà Nội, ngày 08 tháng 4 năm 2005

Kính gửi: Các Sở Công nghiệp các tỉnh, thành phố trực thuộc Trung ương

{recall}

1. Thời hạn nhận hồ sơ đến hết ngày 20.5.2005.

2. {item}

Rất mong sự hợp tác của các Sở.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn B
"""

_RECALL = (
    "Ngày 15 tháng 01 năm 2005, Bộ Công nghiệp đã có công văn số 0102/CN-KH hướng dẫn việc"
    " đăng ký hồ sơ khen thưởng năm 2004, nay căn cứ vào tình hình thực tế, Bộ Công nghiệp đề"
    " nghị Sở Công nghiệp thông báo cho các doanh nghiệp trên địa bàn gửi hồ sơ về Bộ Công"
    " nghiệp."
)
_ITEM = (
    "Các Sở Công nghiệp (hoặc Sở Công thương) kiểm tra, xác nhận hồ sơ của các doanh nghiệp"
    " trên địa bàn kịp thời."
)


def test_a_request_after_what_was_done_before(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER.format(recall=_RECALL, item=_ITEM), org, calendar).actions
    assert [(a.text, a.lead_unit, str(a.deadline)) for a in actions][:1] == [
        (_RECALL.rstrip("."), "Sở Công nghiệp", "2005-05-20")
    ]


def test_the_other_name_in_brackets_is_of_the_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER.format(recall=_RECALL, item=_ITEM), org, calendar).actions
    assert [(a.text, a.lead_unit) for a in actions][-1:] == [
        (_ITEM.rstrip("."), "Các Sở Công nghiệp (hoặc Sở Công thương)")
    ]
