"""The issuer of a document the letter cites ends where its line ends when the next line
opens a paragraph of its own, blank line between them or not: a ground ("Căn cứ ..."), the
place and the date ("Hà Nội, ngày ..."), a line in capitals under mixed case. That is told
from the letter's cased lines, also where their folded form is joined (folded, every line
opens in lower case)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes

_RESOLUTION = """CHÍNH PHỦ

Số: 71/NQ-CP

NGHỊ QUYẾT
Tạm dừng hiệu lực Nghị định số 12/2026/NĐ-CP ngày 5 tháng 2 năm 2026
của Chính phủ

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;

Theo đề nghị của Bộ trưởng Bộ Y tế;

CHÍNH PHỦ QUYẾT NGHỊ:

Điều 1. Tạm dừng hiệu lực Nghị định số 12/2026/NĐ-CP ngày 5 tháng 2 năm 2026 của
Chính phủ quy định điều kiện kinh doanh dịch vụ xét nghiệm cho đến khi các văn
bản thay thế có hiệu lực thi hành; trong thời gian tạm dừng, các cơ sở đã được
cấp giấy chứng nhận tiếp tục hoạt động theo giấy chứng nhận đã cấp và chịu sự
kiểm tra của cơ quan có thẩm quyền theo quy định của pháp luật hiện hành.

Điều 2. Bộ Y tế chủ trì, phối hợp với các bộ, cơ quan liên quan hướng dẫn các
địa phương triển khai Nghị quyết này, tổng hợp các khó khăn, vướng mắc phát
sinh trong quá trình thực hiện, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng
6 năm 2026; các địa phương kịp thời phản ánh những nội dung chưa phù hợp.

Điều 3. Nghị quyết này có hiệu lực từ ngày ký; các Bộ trưởng, Thủ trưởng cơ
quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Văn Mẫu
"""


def _issuers(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str | None]:
    record = parse_bytes(text.encode("utf-8"), "71-nq-cp.txt", org, calendar)
    return [ref.issuer for ref in record.references]


def test_a_cited_issuer_ends_before_a_ground_without_a_blank_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    plain = _issuers(_RESOLUTION, org, calendar)
    assert plain[:1] == ["Chính phủ"]
    unblanked = "\n".join(line for line in _RESOLUTION.split("\n") if line.strip())
    assert _issuers(unblanked, org, calendar) == plain
