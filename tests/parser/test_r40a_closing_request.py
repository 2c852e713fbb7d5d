"""A letter's close that sums up ("Trên đây là các nội dung hướng dẫn ...") and then, in a
sentence of its own, asks a body for a piece of work ("Đề nghị Cục Thuế các tỉnh, thành phố
triển khai thực hiện điều chỉnh quyết toán ... theo đúng hướng dẫn tại công văn này."): that
sentence is a task, from its ask to its stop; the summary before it and the difficulties
formula after it ("Trong quá trình thực hiện nếu có vướng mắc, ... để được hướng dẫn./.") are
none of it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.runon import cut_run_on
from tests.parser.signed import signed

_CLOSE = (
    "Trên đây là các nội dung hướng dẫn về cách thức điều chỉnh chứng từ theo năm ngân sách."
    " Đề nghị Cục Thuế các tỉnh, thành phố triển khai thực hiện điều chỉnh quyết toán thu nội"
    " địa năm 2014, 2015 theo đúng hướng dẫn tại công văn này. Trong quá trình thực hiện nếu có"
    " vướng mắc, Cục Thuế báo cáo kịp thời về Tổng cục Thuế để được hướng dẫn./."
)

_LETTER = f"""TỔNG CỤC THUẾ
Số: 3010/TCT-KK
Hà Nội, ngày 12 tháng 08 năm 2016
V/v hướng dẫn điều chỉnh chứng từ theo năm ngân sách

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

Thời gian qua, một số địa phương còn vướng mắc về cách điều chỉnh chứng từ nộp thuế.
{_CLOSE}
"""


def test_the_closes_sentences_are_cut_apart() -> None:
    assert cut_run_on(["Mở đầu.", _CLOSE]) == [
        "Mở đầu.",
        "Trên đây là các nội dung hướng dẫn về cách thức điều chỉnh chứng từ theo năm ngân sách.",
        "Đề nghị Cục Thuế các tỉnh, thành phố triển khai thực hiện điều chỉnh quyết toán thu nội"
        " địa năm 2014, 2015 theo đúng hướng dẫn tại công văn này.",
        "Trong quá trình thực hiện nếu có vướng mắc, Cục Thuế báo cáo kịp thời về Tổng cục Thuế"
        " để được hướng dẫn./.",
    ]
    # (one sentence that sums up and asks stays whole: "Trên đây là ý kiến của X, đề nghị Y ...")
    whole = "Trên đây là ý kiến của Cục Thuế, đề nghị Sở Tài chính nghiên cứu, hướng dẫn./."
    assert cut_run_on([whole]) == [whole]


def test_the_request_in_the_close_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [a.text for a in record.actions] == [
        "Đề nghị Cục Thuế các tỉnh, thành phố triển khai thực hiện điều chỉnh quyết toán thu nội"
        " địa năm 2014, 2015 theo đúng hướng dẫn tại công văn này"
    ]
