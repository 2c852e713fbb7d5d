"""Round 36a: a decision that sets out a body's position, functions, duties and powers in its
own articles ("Điều 1. Vị trí và chức năng / Điều 2. Nhiệm vụ, quyền hạn / Điều 3. Hiệu lực thi
hành / Điều 4. Trách nhiệm thi hành"), no regulation attached after its signature.

Its "Nhiệm vụ, quyền hạn" article lists the body's standing functions, its mandate: no task
(README: "an article stating a body's scope or mandate ... gives none"). Only the follow-up
article gives tasks, as in a decision that lays down rules itself under "Điều 1. Phạm vi điều
chỉnh". The parser took each function of the mandate as a task.

In that follow-up article, a clause that has one named body propose the changes the rules may
need when they prove unfit ("Trong quá trình thực hiện, nếu có phát sinh vấn đề chưa phù hợp,
Giám đốc Trung tâm X đề xuất ... xem xét, điều chỉnh ...") lays the advising on that body: a
task (README's side duty "advising changes"), not the difficulties sentence that tells unnamed
bodies where to send their difficulties ("..., các cơ quan, đơn vị phản ánh về Sở X ...").
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36_letters import binh_an_decision

_ARTICLES = """**Điều 1. Vị
trí và chức năng**

1. Ban Quản lý chợ tỉnh là tổ chức hành chính thuộc Sở Công Thương, có con dấu và tài khoản
riêng.

2. Ban Quản lý chợ tỉnh có chức năng tham mưu về quản lý các chợ đầu mối trên địa bàn tỉnh.

**Điều 2. Nhiệm
vụ, quyền hạn**

Ban Quản lý chợ tỉnh thực hiện nhiệm vụ, quyền hạn sau:

1. Nhiệm vụ, quyền hạn chung

a) Kiểm tra việc chấp hành nội quy chợ của các hộ kinh doanh; đồng thời, hỗ trợ các hộ
kinh doanh đăng ký kinh doanh;

b) Phối hợp với các cơ quan liên quan bảo đảm an toàn phòng cháy, chữa cháy tại chợ;

c) Thực hiện các nhiệm vụ khác do Giám đốc Sở Công Thương giao.

2. Tổ chức thu phí sử dụng diện tích bán hàng theo quy định.

**Điều 3. Hiệu
lực thi hành**

Quyết định này có hiệu lực thi hành kể từ ngày ký.

**Điều 4.
Trách nhiệm thi hành**

1. Giám đốc Sở Công Thương chỉ đạo Trưởng Ban Quản lý chợ tỉnh triển khai thực hiện Quy
định này, bảo đảm hoạt động của các chợ đầu mối an toàn, thông suốt.

2. {proposal}

3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương, Trưởng Ban Quản lý chợ
tỉnh và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""

_ONE_BODY_PROPOSES = (
    "Trong quá trình thực hiện, nếu có phát sinh vấn đề chưa phù hợp, Trưởng Ban Quản lý chợ\n"
    "tỉnh đề xuất Giám đốc Sở Công Thương trình Ủy ban nhân dân tỉnh xem xét, điều chỉnh, sửa\n"
    "đổi cho phù hợp."
)
_UNNAMED_REPORT = (
    "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về\n"
    "Sở Công Thương để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh."
)


def _letter(proposal: str) -> str:
    title = "Quy định chức năng, nhiệm vụ, quyền hạn của Ban Quản lý chợ tỉnh"
    articles = _ARTICLES.format(proposal=proposal)
    return binh_an_decision(
        "1520/QĐ-UBND", 12, title, articles, last=4, proposer="Giám đốc Sở Công Thương"
    )


def test_mandate_in_the_decisions_own_articles_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_letter(_UNNAMED_REPORT), org, calendar).actions
    assert [(a.lead_unit, a.text[:40]) for a in actions] == [
        ("Sở Công Thương", "Giám đốc Sở Công Thương chỉ đạo Trưởng B"),
    ]


def test_one_named_body_proposing_changes_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_letter(_ONE_BODY_PROPOSES), org, calendar).actions
    assert [(a.lead_unit, a.text[:40]) for a in actions] == [
        ("Sở Công Thương", "Giám đốc Sở Công Thương chỉ đạo Trưởng B"),
        ("Ban Quản lý chợ tỉnh", "Trong quá trình thực hiện, nếu có phát s"),
    ]
    assert actions[1].text.endswith("điều chỉnh, sửa đổi cho phù hợp")
    assert actions[1].coordinating_units == []
