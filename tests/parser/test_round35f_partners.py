"""Round 35f: a procedure decision's article that gives one body its tasks ("Điều 3. Giao
Giám đốc Sở X thực hiện các nhiệm vụ sau:").

- "b) Chủ trì, phối hợp với Giám đốc Sở Y" as a line over "-" items: each item is a task of
  the article's body, with "Sở Y" (its head's title dropped) as coordinating unit; the
  parser did not read a body after a title after "phối hợp với" as a partner.
- "c) Phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã,
  phường tổ chức niêm yết ...": the ";" parts the list of partners, each with its head's
  title, not two tasks; the parser cut the item there and took the second body as a lead.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

DECISION = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 3120/QĐ-UBND

An Giang, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính mới ban hành trong lĩnh vực hộ tịch

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ
tục hành chính;

Theo đề nghị của Giám đốc Sở Tư pháp.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính mới ban hành trong
lĩnh vực hộ tịch (Phụ lục kèm theo).

Điều 2. Giao Giám đốc Sở Tư pháp thực hiện các nhiệm vụ sau:

a) Cập nhật công khai đầy đủ danh mục thủ tục hành chính được công bố trên Cơ sở dữ liệu
quốc gia về thủ tục hành chính.

b) Chủ trì, phối hợp với Giám đốc Sở Tài chính

- Đồng bộ đầy đủ danh mục thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành
chính tỉnh.

- Cấu hình quy trình điện tử tiếp nhận, giải quyết thủ tục hành chính trên Hệ thống,
{period} kể từ ngày Quyết định có hiệu lực thi hành.

c) Phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã,
phường tổ chức niêm yết công khai danh mục tại Trung tâm Phục vụ hành chính công tỉnh.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tư pháp; Chủ tịch Ủy ban nhân dân
các xã, phường chịu trách nhiệm thi hành Quyết định này.

Quyết định này có hiệu lực thi hành kể từ ngày ký./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH
Trần Văn Bình
"""

PLAIN = "trong thời hạn 03 ngày"


def test_partner_after_title_in_a_role_line(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(DECISION.format(period=PLAIN), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Tư pháp"] * 4
    assert [a.coordinating_units for a in actions[1:3]] == [["Sở Tài chính"], ["Sở Tài chính"]]
    assert actions[1].text.startswith("Đồng bộ đầy đủ danh mục")
    assert actions[2].text.startswith("Cấu hình quy trình điện tử")


def test_partners_parted_by_semicolons_with_titles(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(DECISION.format(period=PLAIN), org, calendar).actions
    last = actions[-1]
    assert last.text.startswith("Phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch")
    assert last.text.endswith("tại Trung tâm Phục vụ hành chính công tỉnh")
    assert last.coordinating_units == [
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Ủy ban nhân dân các xã, phường",
    ]
