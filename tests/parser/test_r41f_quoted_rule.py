"""Round 41f: in the issuer's answer, a law's article it quotes ("“Điều 45. Thứ tự thanh toán
... thì việc thanh toán được thực hiện theo thứ tự sau đây:" and its items) is the law
speaking: neither it nor the answer's paragraphs after it are tasks (162/01); the answer's
request at its end still is, and so is a sentence that tells a body what to base its work on
("Khi xử phạt ..., Cục Thuế căn cứ vào tính chất ... để xử phạt ..."), that body's task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PAGE = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 2000/TCT-PC\n\nHà Nội, ngày 10 tháng 6 năm 2014\n\n"
    "Kính gửi: Cục Thuế tỉnh Gia Lai\n\n"
    "Về vấn đề này, Tổng cục Thuế có ý kiến như sau:\n\n"
    "1. Về thứ tự thanh toán tiền thuế\n\n"
    "Căn cứ quy định tại Điều 45 Luật Quản lý thuế:\n\n"
    "“Điều 45. Thứ tự thanh toán tiền thuế, tiền phạt Trường hợp người nộp thuế vừa có số tiền\n"
    "thuế nợ, tiền phạt thì việc thanh toán được thực hiện theo thứ tự sau đây:\n\n"
    "a) Tiền thuế nợ;\n\nb) Tiền phạt.”\n\n"
    "Căn cứ quy định trên, trường hợp người nộp thuế còn khoản thuế nợ thì được thanh toán\n"
    "theo thứ tự quy định tại Điều 45 Luật Quản lý thuế.\n\n"
    "Khi xử phạt vi phạm hành chính về thuế Cục Thuế căn cứ vào tính chất, mức độ vi phạm\n"
    "để xử phạt vi phạm hành chính về thuế theo quy định.\n\n"
    "Đề nghị Cục Thuế nghiên cứu kỹ văn bản quy phạm pháp luật.\n"
) + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")


def test_quoted_article_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_PAGE, org, calendar).actions
    assert [(a.text[:30], a.lead_unit) for a in actions] == [
        ("Khi xử phạt vi phạm hành chính", "Cục Thuế"),
        ("Đề nghị Cục Thuế nghiên cứu kỹ", "Cục Thuế"),
    ]
