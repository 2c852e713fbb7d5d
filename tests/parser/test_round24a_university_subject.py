"""Round 24a: a Prime Minister's decision that converts a school into a university gives the
university its task by name ("1. Đại học Bách khoa Đà Nẵng thực hiện tổ chức lại ..."): "Đại
học" (like "Học viện") opens a body's name, its lower-case second word included. The parser
read no subject there and dropped the task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """THỦ TƯỚNG CHÍNH PHỦ
Số: 301/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc chuyển Trường Đại học Bách khoa Đà Nẵng thành Đại học Bách khoa Đà Nẵng

QUYẾT ĐỊNH:
Điều 1. Chuyển Trường Đại học Bách khoa Đà Nẵng thành Đại học Bách khoa Đà Nẵng.
Điều 2. Đại học Bách khoa Đà Nẵng là cơ sở giáo dục đại học công lập trực thuộc Bộ Giáo dục
và Đào tạo.
1. Đại học Bách khoa Đà Nẵng thực hiện tổ chức lại cơ cấu tổ chức và hoạt động theo quy định
của Luật Giáo dục đại học.
2. Học viện Kỹ thuật Đà Nẵng thực hiện bàn giao hồ sơ, tài liệu cho Đại học Bách khoa Đà Nẵng.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 4. Bộ trưởng Bộ Giáo dục và Đào tạo và Giám đốc Đại học Bách khoa Đà Nẵng chịu trách
nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

THỦ TƯỚNG
Nguyễn Văn A
"""


def test_a_university_named_first_is_the_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [(a.lead_unit, a.text[:30]) for a in actions] == [
        ("Đại học Bách khoa Đà Nẵng", "Đại học Bách khoa Đà Nẵng thực"),
        ("Học viện Kỹ thuật Đà Nẵng", "Học viện Kỹ thuật Đà Nẵng thực"),
    ]
