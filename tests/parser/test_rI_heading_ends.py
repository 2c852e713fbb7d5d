"""Round rI: a numbered bold heading with no stop ends where its bold ends.

Without the blank lines between paragraphs (a web page's copy, a text export), a numbered
heading in bold that names a task or a body and ends on a word ("**3. Xây dựng các văn bản
hướng dẫn**") sits right over the paragraph under it. Its closing bold mark still ends it:
the paragraph must not run on into the heading, and the letter reads the same as with its
blank lines.
"""

from __future__ import annotations

from typing import Any

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.bold_heads import bold_heads


def _tasks(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[dict[str, Any]]:
    record = parse_text(text, org, calendar)
    return [a.model_dump(mode="json", include={"text", "lead_unit"}) for a in record.actions]


_PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH KON TUM**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 77/KH-UBND

*Kon Tum, ngày 9 tháng 4 năm 2026*

**KẾ HOẠCH**
**Triển khai Luật Thư viện trên địa bàn tỉnh**

**I. NỘI DUNG**

**1. Tổ chức hội nghị
quán triệt các quy định mới của Luật Thư viện cho cán bộ làm công tác thư viện**

Sở Văn hóa, Thể thao và
Du lịch chủ trì tổ chức hội nghị quán triệt các quy định mới của Luật Thư viện
cho cán bộ làm công tác thư viện ở các cấp trong quý II năm 2026.

**2. Rà soát các văn bản quy
phạm pháp luật của tỉnh về thư viện để sửa đổi, bổ sung cho phù hợp**

Sở, ban, ngành thuộc Ủy ban
nhân dân tỉnh có trách nhiệm rà soát các văn bản quy phạm pháp luật của tỉnh về
thư viện theo lĩnh vực phụ trách, đề xuất sửa đổi, bổ sung cho phù hợp.

**Nơi nhận:**
- Như trên;
- Lưu: VT.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Trần Văn B**
"""


def test_a_heading_closed_at_its_line_end_stands_apart() -> None:
    got = bold_heads("**2. Rà soát các văn bản\nhướng dẫn thi hành**\nSở Tư pháp chủ trì ...")
    assert got == "**2. Rà soát các văn bản\nhướng dẫn thi hành**\n\nSở Tư pháp chủ trì ..."


def test_a_topic_heading_and_a_heading_over_a_list_are_left() -> None:
    topic = "**2. Về thủ tục\nhành chính**\nTiếp tục rà soát ..."
    listed = "**3. Sở Tư pháp**\n- Rà soát ..."
    assert bold_heads(topic) == topic
    assert bold_heads(listed) == listed


def test_the_plan_reads_the_same_without_blank_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    plain = _tasks(_PLAN, org, calendar)
    assert "Sở, ban, ngành thuộc Ủy ban nhân dân tỉnh" in [t["lead_unit"] for t in plain]
    gapless = "\n".join(line for line in _PLAN.split("\n") if line.strip())
    assert _tasks(gapless, org, calendar) == plain
