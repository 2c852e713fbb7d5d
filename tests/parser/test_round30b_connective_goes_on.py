"""Round 30b: a paragraph of running prose with no marker and no subject of its own, opened
by a connective ("Ngoài ra, cần lưu ý ...", "Đồng thời, ...", "Bên cạnh đó, ...", "Trong đó,
...") right after a task's paragraph, goes on with that task and stays in its text, as
examples/blind/README.md says of a sentence with no subject of its own that follows a task.
The parser joined such a paragraph only under a marked item or an article and dropped it in
prose. One that names its own body or asks again ("Đồng thời, đề nghị Sở X ...") is a task
of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TÀI CHÍNH
CỤC THUẾ
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1234/CT-CS
V/v hướng dẫn hoàn thuế

Hà Nội, ngày 20 tháng 11 năm 2025

Kính gửi: Thuế tỉnh Bình Định.

Cục Thuế nhận được công văn số 11/BDI-KTr2 ngày 02/7/2025 của Thuế tỉnh Bình Định về \
việc hướng dẫn hoàn thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:
Về hồ sơ hoàn thuế của Công ty, đề nghị Thuế tỉnh Bình Định rà soát hồ sơ,
đối chiếu với quy định của pháp luật để xử lý theo thẩm quyền.
{then}
Cục Thuế có ý kiến để Thuế tỉnh Bình Định biết./.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Nguyễn Văn A
"""
_TASK = (
    "Về hồ sơ hoàn thuế của Công ty, đề nghị Thuế tỉnh Bình Định rà soát hồ sơ, đối chiếu với"
    " quy định của pháp luật để xử lý theo thẩm quyền"
)


def test_a_connective_paragraph_goes_on(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    then = (
        "Ngoài ra, cần lưu ý pháp luật thuế giá trị gia tăng theo từng thời kỳ để xác định\n"
        "đối tượng được hoàn thuế."
    )
    actions = parse_text(_LETTER.format(then=then), org, calendar).actions
    assert [(a.text, a.lead_unit) for a in actions] == [
        (
            f"{_TASK}. Ngoài ra, cần lưu ý pháp luật thuế giá trị gia tăng theo từng thời kỳ"
            " để xác định đối tượng được hoàn thuế",
            "Thuế tỉnh Bình Định",
        )
    ]


def test_bodies_and_requests_stay_apart(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    then = "Đồng thời, đề nghị Thuế thành phố Hà Nội phối hợp cung cấp hồ sơ của Công ty."
    actions = parse_text(_LETTER.format(then=then), org, calendar).actions
    assert [a.text for a in actions] == [_TASK, then.rstrip(".")]
    then = "Bên cạnh đó, Cục Thuế sẽ tổ chức kiểm tra việc hoàn thuế trong năm 2026."
    actions = parse_text(_LETTER.format(then=then), org, calendar).actions
    assert [a.text for a in actions] == [_TASK]
