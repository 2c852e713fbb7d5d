"""The difficulties sentence of a decision's follow-up article whose "on the way" lists its
verbs with a comma ("Trong quá trình tổ chức, triển khai thực hiện nếu có vướng mắc, ...
phản ánh về ..."): it tells whoever meets a difficulty where to send it, no task (README's
difficulties line)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

TEXT = (
    "TỔNG CỤC THUẾ\nSố: 731/QĐ-TCT\nHà Nội, ngày 12 tháng 6 năm 2024\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Quy trình đối chiếu hóa đơn điện tử\n"
    "TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ\nCăn cứ Luật Quản lý thuế;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy trình đối chiếu hóa đơn điện tử.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Điều 3. Tổ chức thực hiện\n"
    "Cục Công nghệ thông tin chịu trách nhiệm nâng cấp ứng dụng đối chiếu hóa đơn.\n"
    "Trong quá trình tổ chức, triển khai thực hiện nếu có vướng mắc, các Vụ thuộc Tổng cục "
    "Thuế, Cục Thuế các tỉnh, thành phố phản ánh kịp thời về Tổng cục Thuế (qua Cục Công "
    "nghệ thông tin) để xem xét giải quyết.\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n"
    "Lê Văn Bình\n"
)


def test_the_difficulties_sentence_with_listed_verbs_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (only,) = parse_text(TEXT, org, calendar).actions
    assert only.lead_unit == "Cục Công nghệ thông tin"
    assert only.text.endswith("nâng cấp ứng dụng đối chiếu hóa đơn")
