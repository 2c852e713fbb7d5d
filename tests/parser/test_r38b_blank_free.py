"""Round 38b: a letter reads the same with its blank lines removed.

A PDF text layer or a copy from a web page gives a letter without the blank lines that set
its paragraphs off. The parser then reads the structure that survives their removal: a
numbered heading that names the body a request goes to, over the paragraph of its task, ...
"""

from __future__ import annotations

from typing import Any

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.blocks import split_blocks
from directives.parser.clean import fold_lines


def _without_blanks(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _tasks(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[dict[str, Any]]:
    record = parse_text(text, org, calendar)
    return [a.model_dump(mode="json", include={"text", "lead_unit"}) for a in record.actions]


def _same_without_blanks(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> None:
    plain = _tasks(text, org, calendar)
    assert plain, "the plain letter has tasks"
    assert _tasks(_without_blanks(text), org, calendar) == plain


_BOLD_HEADINGS = """**ỦY BAN NHÂN DÂN**
**TỈNH HÀ NAM**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 41/KH-UBND

*Hà Nam, ngày 12 tháng 3 năm 2026*

**KẾ HOẠCH**
**Tổ chức phong trào thi đua năm 2026**

**I. MỤC ĐÍCH, YÊU CẦU**

Phát động phong trào thi đua sâu rộng trong các cơ quan, đơn vị, địa phương
trên địa bàn tỉnh nhằm hoàn thành các chỉ tiêu kinh tế - xã hội năm 2026 của
tỉnh.

**II. TỔ CHỨC THỰC HIỆN**

**1. Sở Nội vụ**

Chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, theo dõi, đôn đốc việc tổ
chức phong trào thi đua; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước
ngày 15 tháng 12 năm 2026.

**2. Đề nghị Ủy
ban Mặt trận Tổ quốc Việt Nam tỉnh**

Tăng cường công tác tuyên truyền, vận động đoàn viên, hội viên và các tầng lớp
nhân dân tích cực hưởng ứng phong trào thi đua; phối hợp giám sát việc thực
hiện.

**Nơi nhận:**
- Sở Nội vụ;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Nguyễn Văn A**
"""


def test_a_bold_heading_stands_apart_from_the_paragraph_under_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    _same_without_blanks(_BOLD_HEADINGS, org, calendar)


_PARAGRAPH_AFTER_ITEM = """VĂN PHÒNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 612/TB-VPCP

Hà Nội, ngày 20 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với Ủy ban nhân dân tỉnh Hà Nam

Ngày 15 tháng 3 năm 2026, Phó Thủ tướng Chính phủ đã làm việc với Ủy ban nhân dân tỉnh Hà Nam.

I. ĐÁNH GIÁ CHUNG

Tỉnh đã tổ chức bộ máy chính quyền địa phương hai cấp bảo đảm thông suốt.

II. NHIỆM VỤ THỜI GIAN TỚI

Để chính quyền địa phương hai cấp hoạt động hiệu quả, đề nghị Ủy ban nhân dân tỉnh Hà Nam \
tập trung thực hiện một số nhiệm vụ sau:

1. Xác định việc vận hành chính quyền địa phương hai cấp là nhiệm vụ trọng tâm; rà soát, bố \
trí cán bộ phù hợp với năng lực.

Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành bám sát cơ sở, hướng dẫn kịp thời chính quyền \
cấp xã tháo gỡ khó khăn, vướng mắc.

2. Tăng cường hiệu quả hoạt động của bộ máy chính quyền cấp xã, nâng cao năng lực quản trị \
theo hướng kiến tạo và phát triển.

3. Đẩy mạnh chuyển đổi số, tăng cường thực hiện chuyển đổi số trong đội ngũ cán bộ, công \
chức cấp xã.

Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Ủy ban nhân dân tỉnh Hà Nam;
- Lưu: VT, ĐP.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Trần Văn B
"""


def test_items_after_a_paragraph_under_an_item_stay_in_the_section(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    _same_without_blanks(_PARAGRAPH_AFTER_ITEM, org, calendar)


_SHORT_TITLE = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/KH-UBND

Hà Nam, ngày 02 tháng 4 năm 2026

KẾ HOẠCH
Tổ chức Tháng hành động vì an toàn thực phẩm năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức và trách nhiệm của các cơ quan, đơn vị, địa phương và
người dân về bảo đảm an toàn thực phẩm; huy động sự tham gia của cả hệ thống
chính trị và toàn xã hội trong công tác bảo đảm an toàn thực phẩm trên địa
bàn tỉnh.

II. NỘI DUNG

1. Chủ đề và thông điệp

a) Chủ đề Tháng hành động năm 2026 là nâng cao trách nhiệm của người sản
xuất, kinh doanh thực phẩm đối với sức khỏe cộng đồng.

b) Các hoạt động chính

Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện
các hoạt động sau:

- Tổ chức lễ phát động Tháng hành động với hình thức phù hợp, tiết kiệm, hiệu
quả tại cơ quan, đơn vị, địa phương.

- Tăng cường truyền thông về chủ đề, thông điệp của Tháng hành động trên các
phương tiện thông tin đại chúng và trên không gian mạng.

- Tăng cường kiểm tra việc chấp hành các quy định về an toàn thực phẩm tại các
cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn.

- Gửi kết quả thực hiện về Sở Y tế trước ngày 15 tháng 5 năm 2026 để tổng hợp,
báo cáo Ủy ban nhân dân tỉnh theo quy định.

Nơi nhận:
- Sở Y tế;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn C
"""


def test_a_short_title_stands_apart_from_the_paragraph_under_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    _same_without_blanks(_SHORT_TITLE, org, calendar)


_PLUS_DISTRIBUTION = """ỦY BAN NHÂN DÂN
THÀNH PHỐ BIÊN HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 905/UBND-VX
V/v tổ chức tiêm vắc xin cho học sinh

Biên Hòa, ngày 09 tháng 4 năm 2026

Kính gửi: Phòng Giáo dục và Đào tạo thành phố.

Ủy ban nhân dân thành phố giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Trung tâm Y tế \
thành phố tổ chức tiêm vắc xin cho học sinh, hoàn thành trước ngày 30 tháng 4 năm 2026.

Nơi nhận:
{items}

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Lê Thị D
"""
_ENTRIES = """- Như trên:
- Thường trực Thành ủy (báo cáo);
- Chủ tịch, các PCT.UBND thành phố;
- Phòng VX;- Lưu: VT, VX."""


def test_a_distribution_list_with_plus_marks_reads_as_with_dashes(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    dashed = parse_text(_PLUS_DISTRIBUTION.format(items=_ENTRIES), org, calendar)
    plus = parse_text(_PLUS_DISTRIBUTION.format(items=_ENTRIES.replace("-", "+")), org, calendar)
    assert dashed.distribution == [
        "Như trên:",
        "Thường trực Thành ủy (báo cáo)",
        "Chủ tịch, các PCT.UBND thành phố",
        "Phòng VX",
        "Lưu: VT, VX",
    ]
    assert plus.distribution == dashed.distribution


_NUMBERED_TOPICS = """1. Về đánh giá tình hình hoạt động năm 2025
Trong năm qua, văn phòng cấp ủy các cấp đã bám sát nhiệm vụ chính trị, chủ
động tham mưu, phục vụ hiệu quả sự lãnh đạo, chỉ đạo của cấp ủy; công tác
thông tin, tổng hợp có nhiều chuyển biến tích cực, bảo đảm kịp thời.
2. Về nhiệm vụ trọng tâm năm 2026
Thời gian tới, văn phòng cấp ủy các cấp tập trung thực hiện tốt các nhiệm vụ
trọng tâm sau đây, bảo đảm chất lượng, tiến độ theo yêu cầu của cấp ủy:
(1) Tiếp tục nâng cao chất lượng công tác tham mưu, tổng hợp; thẩm định chặt
chẽ các đề án trình Ban Thường vụ Tỉnh ủy theo đúng quy định.
(2) Đẩy mạnh ứng dụng công nghệ thông tin trong mọi hoạt động của văn phòng,
sử dụng phòng họp không giấy và hệ thống quản lý văn bản điện tử.
(3) Nâng cao chất lượng công tác văn thư, lưu trữ; tăng cường kiểm tra, hướng
dẫn chuyên môn, nghiệp vụ cho văn phòng cấp ủy cấp xã trên địa bàn."""


def test_a_numbered_topic_stands_apart_from_the_paragraph_under_it() -> None:
    """A hard-wrapped body with no blank line: "1. Về ..." is a title of its own, the
    paragraph under it a block of its own (as a blank line between them would make it)."""
    lines = _NUMBERED_TOPICS.split("\n")
    blocks = split_blocks(lines, fold_lines(lines))
    assert [(b.marker, b.text[:22]) for b in blocks[:4]] == [
        ("num1", "Về đánh giá tình hình "),
        (None, "Trong năm qua, văn phò"),
        ("num1", "Về nhiệm vụ trọng tâm "),
        (None, "Thời gian tới, văn phò"),
    ]
