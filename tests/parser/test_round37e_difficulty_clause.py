"""Round 37e: a regulation's execution article gives its body the task in a clause, then, after
a ";", tells others where to send their difficulties ("...; trong quá trình thực hiện nếu có khó
khăn, vướng mắc thì các cơ quan, đơn vị ... kịp thời phản ánh về Sở Xây dựng để tổng hợp, báo
cáo ..."): that clause is no part of the task's text, as the same words in a later sentence are
not."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 31/2025/QĐ-UBND

Yên Bái, ngày 02 tháng 10 năm 2025

QUYẾT ĐỊNH
Ban hành Quy định đơn giá bồi thường cây trồng trên địa bàn tỉnh Yên Bái

ỦY BAN NHÂN DÂN TỈNH YÊN BÁI

Căn cứ Luật Đất đai số 31/2024/QH15;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định đơn giá bồi thường cây trồng.
Điều 2. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường \
hướng dẫn thực hiện Quy định này; trong quá trình thực hiện nếu có khó khăn, vướng mắc thì các \
cơ quan, đơn vị, tổ chức, cá nhân có liên quan kịp thời phản ánh về Sở Nông nghiệp và Môi \
trường để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định.
Điều 3. Quyết định này có hiệu lực kể từ ngày 15 tháng 10 năm 2025.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn D
"""


def test_difficulty_clause_after_a_semicolon_leaves_the_task_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(a.text, a.lead_unit) for a in record.actions] == [
        (
            "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường"
            " hướng dẫn thực hiện Quy định này",
            "Sở Nông nghiệp và Môi trường",
        )
    ]
