"""A general department's letter to its offices at large that answers their proposals in its
own words ("..., Tổng cục Thuế có ý kiến như sau:"): what the sections state of how the rule
runs ("Cơ quan Thuế có trách nhiệm theo dõi ...", "Bộ phận kiểm tra Cục Thuế thực hiện các nội
dung như sau:" over its items) is the issuer's guidance, no task, while a numbered case that
ends by asking a body ("2.2. Trường hợp ..., đề nghị Cơ quan thuế các cấp thực hiện như sau:")
hands that body the items under it, an item naming its own body ("... thì Cơ quan Thuế thực
hiện kiểm tra ...") led by it (README, session 18's guidance line)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 3120/TCT-KK
V/v đối chiếu chứng từ điện tử
Hà Nội, ngày 14 tháng 9 năm 2016

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

Căn cứ Thông tư số 110/2015/TT-BTC ngày 28/7/2015 của Bộ Tài chính và trên cơ sở đề xuất của \
Cục Thuế các tỉnh, thành phố về việc đối chiếu chứng từ điện tử, Tổng cục Thuế có ý kiến như sau:
1. Về việc đối chiếu chứng từ:
1.1. Về thời hạn người nộp thuế giải trình.
Cơ quan Thuế có trách nhiệm theo dõi, đôn đốc người nộp thuế giải trình đúng thời hạn tại \
Luật quản lý thuế.
1.2. Về báo cáo kết quả đối chiếu:
Bộ phận kiểm tra Cục Thuế thực hiện các nội dung như sau:
- Tổng hợp kết quả đối chiếu theo mẫu ban hành kèm theo công văn này.
- Lưu trữ tài liệu về đối chiếu chứng từ theo quy định.
2. Về thời điểm đối chiếu:
2.1. Trường hợp hồ sơ của người nộp thuế không có tại cơ quan Thuế quản lý trực tiếp, đề nghị \
Cơ quan thuế các cấp thực hiện như sau:
- Lập văn bản gửi tổ chức đề nghị đối chiếu, nêu rõ lý do chưa có kết quả.
- Trường hợp người nộp thuế không giải trình thì Cơ quan Thuế thực hiện kiểm tra tại trụ sở \
người nộp thuế theo quy định.
Tổng cục Thuế thông báo để Cục Thuế các tỉnh, thành phố được biết và thực hiện./.
"""


def test_only_the_case_that_asks_a_body_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Cơ quan thuế các cấp",
            "Lập văn bản gửi tổ chức đề nghị đối chiếu, nêu rõ lý do chưa có kết quả",
        ),
        (
            "Cơ quan Thuế",
            "Trường hợp người nộp thuế không giải trình thì Cơ quan Thuế thực hiện kiểm tra tại"
            " trụ sở người nộp thuế theo quy định",
        ),
    ]
