"""Round C (batch 221): a department named for the fields it covers, the later ones in lower
case after a comma ("Phòng Tổ chức, cán bộ và đào tạo", "Các phòng Tuyên truyền, hỗ trợ người nộp
thuế"): the whole name up to the predicate is the item's lead, and the item is a task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.field_departments import fields_run_on
from directives.parser.subjects import subject_bodies

_LETTER = """THUẾ TỈNH NINH BÌNH
Số: 75/QĐ-NBI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 14 tháng 8 năm 2025
QUYẾT ĐỊNH
Về việc phân công nhiệm vụ cho các phòng
TRƯỞNG THUẾ TỈNH NINH BÌNH
Căn cứ Quyết định số 1376/QĐ-CT ngày 30/6/2025 của Cục trưởng Cục Thuế;
QUYẾT ĐỊNH:
Điều 1. Phân công một số nhiệm vụ như sau:
- Phòng Tổ chức, cán bộ và đào tạo thực hiện rà soát vị trí việc làm của các phòng.
- Phòng Tổ chức, cán bộ và đào tạo định kỳ chủ động tổng hợp nhu cầu bồi dưỡng công chức.
- Các phòng Tuyên truyền, hỗ trợ người nộp thuế thực hiện đối thoại với người nộp thuế.
Điều 2. Quyết định này có hiệu lực thi hành từ ngày ký.
Nơi nhận:
- Như Điều 1;
- Lưu: VT.
TRƯỞNG THUẾ TỈNH
Trần Văn Bình
"""


def test_the_fields_after_the_comma_are_the_names() -> None:
    said = "Phòng Tổ chức, cán bộ và đào tạo thực hiện rà soát vị trí việc làm."
    assert subject_bodies(said) == ["Phòng Tổ chức, cán bộ và đào tạo"]
    said = "Các phòng Tuyên truyền, hỗ trợ người nộp thuế thực hiện đối thoại."
    assert subject_bodies(said) == ["Các phòng Tuyên truyền, hỗ trợ người nộp thuế"]


def test_a_kind_of_body_after_the_comma_is_no_field() -> None:
    head = ["Phòng", "Tài", "chính,", "các", "xã"]
    assert fields_run_on(head, head[:3]) == 0
    head = ["Phòng", "Tài", "chính,", "trạm", "y", "tế"]
    assert fields_run_on(head, head[:3]) == 0
    head = ["Phòng", "Tổ", "chức,", "cán", "bộ", "định", "kỳ"]
    assert fields_run_on(head, head[:3]) == 2


def test_each_item_is_the_departments_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    parsed = parse_text(_LETTER, org, calendar)
    assert [a.lead_unit for a in parsed.actions] == [
        "Phòng Tổ chức, cán bộ và đào tạo",
        "Phòng Tổ chức, cán bộ và đào tạo",
        "Các phòng Tuyên truyền, hỗ trợ người nộp thuế",
    ]
