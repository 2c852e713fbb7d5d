"""A regulation's follow-up article headed "Trách nhiệm của tổ chức, cá nhân ..." whose title
goes on with the work and the place that bind them ("... tham gia cung cấp, khai thác thông tin
trên Trang tin điện tử tỉnh") names the parties, organisations among them: its clauses are their
tasks, the lead the title as written; a clause that only says what they will be given ("... sẽ
được hưởng chế độ nhuận bút ...") is no task, as a sanction is none."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.bodies import heading_bodies
from tests.parser.rI_letters import regulation

_PARTIES = (
    "tổ chức, cá nhân tham gia đăng tải, khai thác thông tin trên Trang tin điện tử tỉnh và"
    " các chuyên trang thành viên"
)
_ARTICLES = """Điều 7. Trách nhiệm của Sở Văn hóa và Thể thao

1. Hướng dẫn các sở, ngành vận
hành chuyên trang theo Quy định này.

Điều 8. Trách nhiệm của tổ chức, cá nhân tham gia đăng tải, khai thác thông tin trên Trang
tin điện tử tỉnh và các chuyên trang thành viên

1. Khi trích dẫn tin, ảnh của
Trang tin phải ghi rõ nguồn “Trang tin điện tử tỉnh Bình Phú”.

2. Các tổ chức, cá nhân gửi bài
viết phù hợp với chủ đề của Trang tin, được Ban biên tập duyệt đăng sẽ được hưởng
thù lao theo quy định hiện hành.

3. Không sử dụng thông tin trên
Trang tin vào mục đích trái pháp luật.
"""


def test_the_parties_a_long_title_names_lead_their_clauses(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = regulation(_ARTICLES, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Sở Văn hóa và Thể thao",
            "Hướng dẫn các sở, ngành vận hành chuyên trang theo Quy định này",
        ),
        (
            _PARTIES,
            "Khi trích dẫn tin, ảnh của Trang tin phải ghi rõ nguồn “Trang tin điện tử tỉnh"
            " Bình Phú”",
        ),
        (_PARTIES, "Không sử dụng thông tin trên Trang tin vào mục đích trái pháp luật"),
    ]


def test_the_title_names_the_parties_as_written() -> None:
    assert heading_bodies("Trách nhiệm của " + _PARTIES) == [_PARTIES]
