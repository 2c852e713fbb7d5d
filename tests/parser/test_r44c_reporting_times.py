"""Round 44c: a regulation's reporting article whose clauses say how often each body reports,
between its name and its duty ("1. Cục X định kỳ ngày 25 hàng tháng hoặc đột xuất có trách nhiệm
tổng hợp ...") or before its name with no comma ("2. Định kỳ hàng quý hoặc đột xuất các đơn vị
thuộc Bộ có trách nhiệm gửi báo cáo ..."): each clause is that body's task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TÀI CHÍNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 1200/QĐ-BTC
Hà Nội, ngày 10 tháng 6 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị

BỘ TRƯỞNG BỘ TÀI CHÍNH

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh, kiến nghị.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

QUY CHẾ
Tiếp nhận, xử lý phản ánh, kiến nghị

Điều 12. Chế độ thông tin báo cáo

1. Cục Tin học và Thống kê tài chính định kỳ ngày 25 hàng tháng hoặc đột xuất có trách nhiệm \
tổng hợp tình hình xử lý phản ánh, kiến nghị gửi Văn phòng Bộ.

2. Định kỳ hàng quý hoặc đột xuất các đơn vị thuộc Bộ có trách nhiệm gửi báo cáo về Văn phòng \
Bộ tình hình phản ánh, kiến nghị của người dân, doanh nghiệp.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
"""


def test_each_reporting_clause_is_its_bodys_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [a.lead_unit for a in parse_text(_LETTER, org, calendar).actions]
    assert "Cục Tin học và Thống kê tài chính" in leads
    assert "các đơn vị thuộc Bộ" in leads
