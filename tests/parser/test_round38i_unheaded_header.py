"""Round 38i: header fields of a page that lost the letter's own letterhead (README: a header
field is then taken only from the letter's own text, else null).

A decision page that opens at its title ("QUYẾT ĐỊNH / BAN HÀNH QUY CHẾ ...") may carry an annex
of forms whose templates print a blank letterhead ("TÊN CƠ QUAN, ĐƠN VỊ" over the motto, "……,
ngày ... tháng ... năm 20..."): that is a form to fill in, not the letter, and its placeholders
never replace the page's own title, preamble and signature. The head who enacts a decision in its
preamble ("BỘ TRƯỞNG BỘ TÀI CHÍNH") names the issuing body (the ministry). A form's column heads
with their notes' marks glued on ("Số tờ2/Số trang3") cite no document.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """**QUYẾT ĐỊNH**

BAN HÀNH QUY CHẾ CÔNG TÁC VĂN THƯ CỦA BỘ XÂY DỰNG

**BỘ TRƯỞNG BỘ XÂY DỰNG**

*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*

*Theo đề nghị của Chánh Văn phòng Bộ.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế công tác văn thư của Bộ Xây dựng.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

**Điều 3.** Chánh Văn phòng Bộ, Thủ trưởng các cơ quan, đơn vị thuộc Bộ chịu trách nhiệm thi
hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.

**KT. BỘ TRƯỞNG**
THỨ TRƯỞNG
Trần Văn Minh

**QUY CHẾ**

CÔNG TÁC VĂN THƯ CỦA BỘ XÂY DỰNG

*(Kèm theo Quyết định số 812/QĐ-BXD ngày 14 tháng 10 năm 2025 của Bộ Xây dựng)*

**Điều 1. Phạm vi điều chỉnh**

Quy chế này quy định công tác văn thư của Bộ Xây dựng.

**PHỤ LỤC**

**Mẫu số 01. Sổ đăng ký văn bản đến**

| Số TT | Ngày đến | Số tờ2/Số trang3 | Ghi chú |

**Mẫu số 02. Biên bản bàn giao**

TÊN CƠ QUAN, ĐƠN VỊ
CHỦ QUẢN
TÊN CƠ QUAN, ĐƠN VỊ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

……, ngày .... tháng ... năm 20...

BIÊN BẢN

Giao nhận hồ sơ, tài liệu

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;

Chúng tôi gồm: ...

Nơi nhận:
- ……;
- Lưu: VT.

NGƯỜI LẬP
(Ký, ghi rõ họ tên)
"""


def test_a_blank_forms_letterhead_never_replaces_the_pages_own_header(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert record.document_type == "QUYẾT ĐỊNH"
    assert record.subject == "BAN HÀNH QUY CHẾ CÔNG TÁC VĂN THƯ CỦA BỘ XÂY DỰNG"
    assert record.parent_issuer is None
    # the number and date the rules' own "Kèm theo Quyết định số ..." heading gives
    assert record.number == "812/QĐ-BXD"
    assert str(record.issued_on) == "2025-10-14"
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.name) == ("KT.", "Trần Văn Minh")
    assert record.distribution == ["Như Điều 3", "Lưu: VT, VP"]


def test_the_head_enacting_a_decision_names_its_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_DECISION, org, calendar).issuer == "Bộ Xây dựng"


def test_a_form_column_heads_notes_marks_cite_nothing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    forms = _DECISION.split("**Mẫu số 02")[0]  # (the forms annex without a blank letterhead)
    numbers = [r.number for r in parse_text(forms, org, calendar).references]
    assert numbers == ["30/2020/NĐ-CP"]


def test_a_form_heading_over_the_motto_is_no_letterhead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (a form whose letterhead lost its body lines: its heading "Mẫu số 03" stands over the motto)
    text = _DECISION.replace("TÊN CƠ QUAN, ĐƠN VỊ\nCHỦ QUẢN\nTÊN CƠ QUAN, ĐƠN VỊ\n-------\n", "")
    text = text.replace("……, ngày .... tháng ... năm 20...\n", "")
    record = parse_text(text, org, calendar)
    assert record.document_type == "QUYẾT ĐỊNH"
    assert record.number == "812/QĐ-BXD"
