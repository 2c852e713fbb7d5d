"""Round 21d: a resolution's articles name a body each. An article that only says what the body
answers for ("Điều 3. Bộ X chịu trách nhiệm toàn diện về nội dung ...") is no task, as the same
sentence without the article's label is not (round 20 read the label as the sentence's first
words, so the article did not look like one that only answers); one whose body "hoàn tất" its
work ("Điều 4. Bộ Y hoàn tất các thủ tục ...") is a task like "hoàn thành"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """CHÍNH PHỦ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 412/NQ-CP

Hà Nội, ngày 20 tháng 11 năm 2025

NGHỊ QUYẾT
Về việc ký Bản ghi nhớ hợp tác về đường sắt giữa Việt Nam và Hàn Quốc

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT NGHỊ:

Điều 1. Thông qua nội dung Bản ghi nhớ hợp tác về đường sắt giữa Việt Nam và Hàn Quốc.

Điều 2. Ủy quyền cho Lãnh đạo Bộ Xây dựng ký Bản ghi nhớ.

Điều 3. {answers}

Điều 4. Bộ Ngoại giao hoàn tất các thủ tục đối ngoại cần thiết theo quy định.

Điều 5. Bộ trưởng các Bộ: Xây dựng, Ngoại giao và Thủ trưởng các cơ quan liên quan chịu trách
nhiệm thi hành Nghị quyết này./.

Nơi nhận:
- Các Bộ: XD, NG;
- Lưu: VT.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Hồng Hà
"""


def test_an_article_that_only_says_what_a_body_answers_for_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    for answers in (
        "Bộ Xây dựng chịu trách nhiệm toàn diện về nội dung Bản ghi nhớ.",
        "Bộ Xây dựng chịu trách nhiệm về nội dung và tính chính xác của Bản ghi nhớ.",
    ):
        actions = parse_text(_RESOLUTION.format(answers=answers), org, calendar).actions
        assert [(a.lead_unit, a.text) for a in actions] == [
            (
                "Bộ Ngoại giao",
                "Bộ Ngoại giao hoàn tất các thủ tục đối ngoại cần thiết theo quy định",
            )
        ]
