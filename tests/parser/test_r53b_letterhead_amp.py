"""Round 53b (batch 206/01): a letterhead in capitals writes "&" where the letter's text says
"và" ("TRUNG TÂM QUY HOẠCH & ĐIỀU TRA ..." / "Trung tâm Quy hoạch và Điều tra ..."): the issuer
takes the case the text names it in, often enough, its "&" kept as the letterhead writes it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_NAME = "Viện Khảo sát và Thiết kế công trình thủy"
_LETTER = f"""BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
VIỆN KHẢO SÁT & THIẾT KẾ CÔNG TRÌNH THỦY
Số: 21/QĐ-VKS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 01 năm 2024
QUYẾT ĐỊNH
Về việc giao nhiệm vụ khảo sát năm 2024
VIỆN TRƯỞNG VIỆN KHẢO SÁT VÀ THIẾT KẾ CÔNG TRÌNH THỦY
Căn cứ Quyết định số 15/QĐ-BNNMT ngày 02/01/2023 quy định chức năng, nhiệm vụ của {_NAME};
Theo đề nghị của Trưởng phòng Kế hoạch {_NAME},
QUYẾT ĐỊNH:
Điều 1. Giao Phòng Khảo sát thực hiện nhiệm vụ khảo sát năm 2024 của {_NAME}.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_the_letterheads_amp_in_the_texts_case(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_text(_LETTER + signed("VIỆN TRƯỞNG"), org, calendar)
    assert got.issuer == "Viện Khảo sát & Thiết kế công trình thủy"
