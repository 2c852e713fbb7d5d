"""Round rB: an item whose first sentence is what the writer itself will do ("b) Đối với ...:
Tổng cục X sẽ nâng cấp ...") and whose next sentence charges the addressee's head while it
waits ("Trong khi chờ ..., Cục trưởng Cục Y chịu trách nhiệm phân công ... và chịu trách
nhiệm về ..."): only the later sentence is a task, led by the body the sentence names after
its opening clause (so after a case it singles out: "Riêng ...: Cục Y có văn bản gửi ...").
Made-up letter, no corpus text."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "TỔNG CỤC HẢI QUAN\nSố: 915/TCHQ-CNTT\nHà Nội, ngày 05 tháng 5 năm 2025\n\n"
    "V/v triển khai hệ thống thông quan mới\n\n"
    "Kính gửi: Cục Hải quan các tỉnh, thành phố.\n\n"
    "Để triển khai hệ thống thông quan mới, Tổng cục Hải quan thông báo kế hoạch như sau:\n"
    "1. Kế hoạch nâng cấp hệ thống\n"
    "a) Riêng chức năng quản lý kho ngoại quan: Cục Hải quan có văn bản gửi Tổng cục Hải "
    "quan trước ngày 20/5/2025 về việc phân công cán bộ quản trị.\n"
    "b) Đối với chức năng cảnh báo tự động: Tổng cục Hải quan sẽ nâng cấp hệ thống từ ngày "
    "01/6/2025 và có thông báo cho Cục Hải quan để thực hiện. Trong khi chờ Tổng cục Hải quan "
    "nâng cấp hệ thống, Cục trưởng Cục Hải quan chịu trách nhiệm phân công theo dõi các tờ "
    "khai và chịu trách nhiệm về việc thông quan theo đúng quy định.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\n"
    "Trần Văn Bình\n"
)


def test_only_the_sentence_for_the_addressee_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert [a.text[:24] for a in record.actions] == [
        "Riêng chức năng quản lý ",
        "Trong khi chờ Tổng cục H",
    ]
    assert [a.lead_unit for a in record.actions] == ["Cục Hải quan", "Cục Hải quan"]
