"""Round 51a (batch 188/02): a Roman-numbered section whose title the page glued to its intro
ending in the issuer's own guidance formula ("II. Các Chi cục ... Đối với ..., Tổng cục Hải
quan hướng dẫn bổ sung như sau:"): its items state how the rule applies, no tasks, whatever
offices they name; a section whose formula is spoken by a body the letter addresses ("III.
Cục Hải quan X hướng dẫn Chi cục Y thực hiện nội dung sau:") still gives tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import tchq_700
from tests.parser.signed import signed

_LETTER = (
    tchq_700()
    + """\
I. Các Chi cục Hải quan trên toàn quốc
1. Chi cục Hải quan nơi đăng ký tờ khai:
- Hướng dẫn người khai khai báo thông tin tờ khai vận chuyển lên Hệ thống V5.
{section_ii}
1. Đối với tờ khai xuất khẩu có yêu cầu thay đổi cửa khẩu xuất
{stated}
- Chi cục Hải quan nơi đăng ký tờ khai thực hiện xem xét, phê duyệt khai sửa đổi, bổ sung.
2. Hàng lẻ đóng trong container đưa vào kho CFS
- Chi cục Hải quan nơi quản lý kho CFS kiểm tra, đối chiếu với chứng từ nhập kho.
3. Trường hợp doanh nghiệp vận chuyển có yêu cầu thay đổi cảng xếp hàng
{grounds}
- Hướng dẫn doanh nghiệp cảng thực hiện gửi thông tin get-out container;
Lưu ý: chỉ sau khi doanh nghiệp cảng gửi thông tin get-out thì công chức hải quan mới phê duyệt.
4. Trường hợp container tạm nhập được tái xuất tại cùng một cửa khẩu
Trường hợp Hệ thống V5 xác định tờ khai không phải niêm phong thì thực hiện như sau:
+ Đề xuất niêm phong thông qua chức năng IX.8.1.2 cho tờ khai;
{section_iii}
1. Rà soát danh sách container tồn đọng tại cảng Tân cảng Cát Lái.
Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện.
"""
)
# (the page glues a section's title to its intro, one line each)
_SECTION_II = (
    "II. Các Chi cục Hải quan đã kết nối với doanh nghiệp cảng Đối với các Chi cục Hải quan"
    " đã kết nối với cảng biển, ngoài việc thực hiện theo Quyết định 1500/QĐ-TCHQ ngày"
    " 24/5/2016, Tổng cục Hải quan hướng dẫn bổ sung như sau:"
)
_STATED = (
    "- Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn người khai hải quan liên hệ với Chi"
    " cục Hải quan nơi đăng ký tờ khai để khai sửa đổi;"
)
# (a case's grounds, "văn bản đề nghị" a document, then the office that settles it)
_GROUNDS = (
    "Căn cứ văn bản đề nghị thay đổi cảng xếp hàng của doanh nghiệp vận chuyển, Chi cục Hải"
    " quan cửa khẩu xuất cũ nếu chấp nhận thì thực hiện như sau:"
)
_SECTION_III = (
    "III. Cục Hải quan TP. Hồ Chí Minh hướng dẫn Chi cục Hải quan cửa khẩu cảng Sài Gòn khu"
    " vực 1 thực hiện nội dung sau:"
)


def test_the_issuers_guidance_section_gives_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(
        _LETTER.format(
            section_ii=_SECTION_II, stated=_STATED, grounds=_GROUNDS, section_iii=_SECTION_III
        )
        + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh"),
        org,
        calendar,
    ).actions
    got = [(a.text.split()[0], a.lead_unit) for a in actions]
    assert got == [
        ("Hướng", "Chi cục Hải quan nơi đăng ký tờ khai"),
        ("Rà", "Cục Hải quan TP. Hồ Chí Minh"),
    ]
