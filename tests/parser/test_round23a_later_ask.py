"""Round 23a: a short letter asking for comments opens with one paragraph of background and,
in its later sentence, the request ("Thực hiện Quyết định số ...; Bộ X đã xây dựng Đề án ....
Để có cơ sở trình ..., Bộ X đề nghị các Bộ: A, B góp ý kiến Đề án này."), then says where and
by when to send the answer ("Đề nghị quý cơ quan gửi văn bản góp ý tới Bộ X ... trước ngày
Y"). The request is the task, from its own sentence; the sending line dates it and is no task
of its own. Round 22 missed the request (the paragraph opens with background) and read the
sending line as the task; and "các Bộ: A, B và các đơn vị có liên quan thuộc Bộ X góp ý" was
no subject ("có" of "có liên quan" taken for its verb, "góp ý" no verb at all)."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind
from tests.parser.round23a_letters import letter

_LETTER = letter(
    """
Thực hiện Quyết định số 512/QĐ-TTg ngày 02/3/2023 của Thủ tướng Chính phủ về việc giao
nhiệm vụ năm 2023; Bộ Công Thương đã xây dựng Đề án phát triển chợ nông thôn giai đoạn
2023 - 2030. Để có cơ sở trình Thủ tướng Chính phủ xem xét, Bộ Công Thương đề nghị các
Bộ: Tài chính, Xây dựng, Nội vụ và các đơn vị có liên quan thuộc Bộ Công Thương góp ý kiến Đề
án này (kèm theo).

Đề nghị quý cơ quan gửi văn bản góp ý tới Bộ Công Thương theo địa chỉ: Vụ Kế hoạch, số 54
Hai Bà Trưng, Hà Nội trước ngày 22/5/2023 để kịp tổng hợp, trình Thủ tướng Chính phủ./.
""",
    issuer="BỘ CÔNG THƯƠNG",
    number="2210/BCT-KH",
    subject="lấy ý kiến về Đề án phát triển chợ nông thôn",
    dated="ngày 08 tháng 5 năm 2023",
    recipient="Các Bộ: Tài chính, Xây dựng, Nội vụ",
    distribution="- Như kính gửi;\n- Lưu: VT, KH.",
    signer="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn C",
)


def test_the_later_request_is_the_task_and_the_sending_line_dates_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [(a.text[:40], a.lead_unit, a.deadline, a.deadline_kind) for a in actions] == [
        (
            "Để có cơ sở trình Thủ tướng Chính phủ xe",
            "Bộ Tài chính",
            date(2023, 5, 19),
            DeadlineKind.BEFORE,
        )
    ]
    # (the units of the issuer named jointly with the ministries lead with them)
    assert actions[0].coordinating_units == [
        "Bộ Xây dựng",
        "Bộ Nội vụ",
        "các đơn vị có liên quan thuộc Bộ Công Thương",
    ]
    assert actions[0].text.endswith("góp ý kiến Đề án này (kèm theo)")
