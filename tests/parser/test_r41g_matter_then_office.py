"""Round 41g: a tax letter whose points each open with the matter they deal with ("a) Đối
với các vấn đề mà người nộp thuế ... thì cơ quan thuế có trách nhiệm ...").

The body named after "thì" acts, as written, not the lower office the matter mentions ("cơ
quan thuế cấp dưới") nor the intro's "cơ quan thuế các cấp"; "cơ quan thuế quản lý trực tiếp
đối với người nộp thuế đó" is one body (the office managing that taxpayer). A point ending in
"... xử lý theo một trong các trường hợp sau:" (or "... phải có nội dung như sau:") over "-
Trường hợp ... thì ..." dashes is one task, its cases after their dashes."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 3664/TCT-PC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 10 năm 2031
V/v xử lý đề nghị của người nộp thuế
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.
Tổng cục Thuế yêu cầu cơ quan thuế các cấp triển khai thực hiện một số nội dung sau:
1. Phân loại đề nghị của người nộp thuế, cơ quan thuế cấp dưới để xử lý phù hợp, cụ thể như sau:
a) Đối với các vấn đề mà người nộp thuế, cơ quan thuế cấp dưới nêu chưa rõ thì cơ quan thuế có \
trách nhiệm tổng hợp và đề xuất sửa đổi quy định.
b) Đối với các vấn đề người nộp thuế hỏi thì cơ quan thuế có trách nhiệm trả lời; cuối mỗi văn \
bản trả lời phải có nội dung như sau:
- Đối với văn bản trả lời cho người nộp thuế thì cuối văn bản phải nêu rõ căn cứ đã trích dẫn.
- Đối với văn bản trả lời cho cơ quan thuế cấp dưới thì đoạn cuối văn bản cần nêu rõ yêu cầu.
c) Đối với trường hợp người nộp thuế có văn bản đề nghị thì cơ quan thuế quản lý trực tiếp đối \
với người nộp thuế đó có trách nhiệm hướng dẫn; cơ quan thuế cấp trên xử lý theo một trong các \
trường hợp sau:
- Trường hợp cơ quan thuế quản lý trực tiếp chưa có quyết định xử lý thì cơ quan thuế cấp trên \
căn cứ hồ sơ để trả lời.
- Trường hợp cơ quan thuế quản lý trực tiếp đã có quyết định xử lý thì cơ quan thuế cấp trên \
hướng dẫn thủ tục khiếu nại.
2. Rà soát quy chế làm việc tại cơ quan thuế các cấp:
Cơ quan thuế các cấp có trách nhiệm rà soát quy chế làm việc tại đơn vị mình.
"""


def _actions(org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str | None, str]]:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    return [(a.lead_unit, a.text) for a in record.actions]


def test_the_office_after_the_matter_acts_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [lead for lead, _ in _actions(org, calendar)]
    assert leads == [
        "cơ quan thuế",
        "cơ quan thuế",
        "cơ quan thuế quản lý trực tiếp đối với người nộp thuế đó",
        "Cơ quan thuế các cấp",
    ]


def test_a_point_over_its_cases_is_one_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    texts = [text for _, text in _actions(org, calendar)]
    assert texts[1].endswith(
        "phải có nội dung như sau: - Đối với văn bản trả lời cho người nộp thuế thì cuối văn bản "
        "phải nêu rõ căn cứ đã trích dẫn. - Đối với văn bản trả lời cho cơ quan thuế cấp dưới "
        "thì đoạn cuối văn bản cần nêu rõ yêu cầu"
    )
    assert "theo một trong các trường hợp sau: - Trường hợp cơ quan thuế" in texts[2]
    assert texts[2].endswith("cơ quan thuế cấp trên hướng dẫn thủ tục khiếu nại")
