"""Round 36c: a paragraph after a list's last item that opens with a verb of command and names
no body ("21. Các cơ sở đào tạo ... mở thêm ..." / "Phối hợp với các Viện nghiên cứu ...")
goes on with that item's task; a paragraph after it that names its own body is its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.test_plans import plan


def test_a_subjectless_paragraph_after_the_last_item_goes_on_with_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Tư pháp chủ trì rà soát các quy định về dữ liệu.\n\n"
        "2. Sở Y tế chủ trì triển khai hồ sơ sức khỏe điện tử.\n\n"
        "Phối hợp với các bệnh viện phát triển các ứng dụng mới.\n\n"
        "Giao Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        ("Sở Tư pháp", "Sở Tư pháp chủ trì rà soát các quy định về dữ liệu"),
        (
            "Sở Y tế",
            "Sở Y tế chủ trì triển khai hồ sơ sức khỏe điện tử. Phối hợp với các bệnh viện"
            " phát triển các ứng dụng mới",
        ),
        ("Sở Tài chính", "Giao Sở Tài chính bố trí kinh phí thực hiện Kế hoạch"),
    ]
