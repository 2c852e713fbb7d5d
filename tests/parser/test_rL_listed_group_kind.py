"""Round rL: documents listed after their kind's plural and a colon ("các Tờ trình: số A ngày
..., số B ngày ...", "các Nghị quyết của Quốc hội: số A ...; số B ...") are of that kind, not
the kind their codes would give ("TT" a circular's, "QH" a law's); a document named with its
own kind after the list ("... và Văn bản số C") keeps its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH BẾN TRE
Số: 52/2026/QĐ-UBND
QUYẾT ĐỊNH
Ban hành đơn giá xây dựng công trình
Bến Tre, ngày 05 tháng 5 năm 2026

Căn cứ các Nghị quyết của Quốc hội: số 43/2022/QH15 ngày 11/01/2022 về chính sách tài khóa; \
số 101/2023/QH15 ngày 24/6/2023 về dự toán ngân sách;
Theo đề nghị của Sở Xây dựng tại các Tờ trình: số 1877/TT-SXD ngày 12/3/2026, số 240/TT-SXD \
ngày 20/4/2026 và Văn bản số 3105/SXD-KTXD ngày 25/4/2026.

Điều 1. Ban hành kèm theo Quyết định này đơn giá xây dựng công trình trên địa bàn tỉnh.
Điều 2. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính hướng dẫn thực hiện Quyết định này.
"""


def test_documents_listed_after_their_kind_are_of_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    kinds = {r.number: r.type for r in record.references}
    assert kinds["43/2022/QH15"] == "nghị quyết"
    assert kinds["101/2023/QH15"] == "nghị quyết"
    assert kinds["1877/TT-SXD"] == "tờ trình"
    assert kinds["240/TT-SXD"] == "tờ trình"
    assert kinds["3105/SXD-KTXD"] == "công văn"  # (its own kind after the list)
