"""Round 36b: a regulation's last chapter whose title joins other topics to carrying it out
("Chương II / KHEN THƯỞNG, KỶ LUẬT VÀ TỔ CHỨC THỰC HIỆN") is its follow-up chapter whole for the
topics its title names: the article on them ("Điều 6. Khen thưởng, kỷ luật") gives a task by
each clause that names a body and its work, the whole clause its text (README: the follow-up
chapter gives the tasks; a clause naming its body as its own subject, the whole item its
text), beside the "Tổ chức thực hiện" article; an article on a topic the title does not name
("Điều 7. Kinh phí hoạt động") stays out, and a clause on the discipline of whoever breaks the
rules ("... sẽ bị xử lý kỷ luật") gives none. The parser kept only the "Tổ chức thực hiện"
article. (The clause's rule sentence before its task, which the label keeps in the text, is
not yet: the text starts at the body's sentence.)"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
KHEN THƯỞNG, KỶ LUẬT VÀ TỔ CHỨC THỰC HIỆN

Điều 6. Khen thưởng, kỷ luật

1. Tổ chức, cá nhân có thành tích xuất sắc trong công tác quản lý chợ thì được xét khen
thưởng. Sở Công Thương là cơ quan chủ trì, có trách nhiệm định kỳ tổng hợp kết quả thực hiện,
đề xuất Chủ tịch Ủy ban nhân dân tỉnh tặng bằng khen.

2. Tổ chức, cá nhân có trách nhiệm quản lý chợ mà cố ý làm trái các quy định của Quy chế này
sẽ bị xử lý kỷ luật, phải bồi thường thiệt hại theo quy định của pháp luật.

Điều 7. Kinh phí hoạt động

Kinh phí hoạt động quản lý chợ của các sở, Ủy ban nhân dân cấp xã được cấp từ ngân sách địa
phương; Sở Tài chính hướng dẫn việc quản lý, sử dụng.

Điều 8. Tổ chức thực hiện

Sở Công Thương có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy chế này./.
"""


def test_the_topics_article_gives_its_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Công Thương", "Sở Công Thương"]
    assert "có trách nhiệm định kỳ tổng hợp kết quả thực hiện" in actions[0].text
    assert actions[1].text.startswith("Sở Công Thương có trách nhiệm hướng dẫn")


def test_a_sanction_on_whoever_breaks_the_rules_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("Tổ chức, cá nhân có trách nhiệm ... mà cố ý làm trái ... sẽ bị xử lý kỷ luật": what
    # befalls them, not their work; the parser read the clause as the bodies' duty)
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert not any("xử lý kỷ luật" in a.text for a in actions)
