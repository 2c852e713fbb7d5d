"""Round 26: a decision's paragraph that gives body A work with partner B, then in a later
sentence tells B what to hand A for that work ("Sở A chủ trì, phối hợp Sở B ... . Sở B thực
hiện nộp hồ sơ ..., cung cấp mã số ... để Sở A đồng bộ ..."): B's step serves A's task, one
action of A's. The parser cut it in two."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round26_letters import chairman_decision

_DECISION = chairman_decision(
    81,
    "Về việc công bố Danh mục thủ tục hành chính lĩnh vực chứng thực",
    """\
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực chứng thực.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Sở Tư pháp có trách nhiệm tổ chức niêm yết, công khai các thủ tục hành chính đã được
công bố tại trụ sở làm việc; rà soát, xây dựng quy trình nội bộ giải quyết thủ tục hành chính.
Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm chủ trì, phối hợp Sở Tư pháp cập nhật nội dung
thủ tục hành chính lên Cơ sở dữ liệu quốc gia về thủ tục hành chính.
{task}
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành
Quyết định này./.
""",
    executing=4,
)

_TASK = (
    "Sở Khoa học và Công nghệ có trách nhiệm chủ trì, phối hợp Sở Tư pháp cấu hình quy trình"
    " điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh. Sở Tư pháp thực"
    " hiện nộp hồ sơ trực tuyến, cung cấp mã số hồ sơ kiểm thử để Sở Khoa học và Công nghệ"
    " đồng bộ lên Cổng Dịch vụ công quốc gia."
)


def test_the_partner_step_for_the_lead(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_DECISION.format(task=_TASK), org, calendar).actions
    assert [(a.text, a.lead_unit) for a in actions][2:] == [
        (_TASK.rstrip("."), "Sở Khoa học và Công nghệ")
    ]
