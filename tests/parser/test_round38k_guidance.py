"""Round 38k: a party body's guidance (HƯỚNG DẪN) on a page that lost its letterhead.

Its number and date are read from its annex ("Kèm theo Hướng dẫn số 12-HD/BTCTW, ngày
03/10/2025 của ..."), a comma before the date as party documents write it; its issuer is the
body whose formula after the grounds introduces the guidance ("Ban Tổ chức Trung ương hướng
dẫn ... như sau:"). Its Roman-numbered sections before the one on carrying it out ("I.
NGUYÊN TẮC CHUNG", "II. QUY ĐỊNH ...") lay down what it guides, no one's task: its tasks come
from "III. TỔ CHỨC THỰC HIỆN" alone.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_GUIDANCE = """**HƯỚNG DẪN**

**CÔNG TÁC CỘNG TÁC VIÊN DƯ LUẬN XÃ HỘI**

- Căn cứ Quy định số 100-QĐ/TW, ngày 02/3/2025 của Ban Bí thư về chức năng, nhiệm vụ;

- Căn cứ Quyết định số 200-QĐ/TW, ngày 04/5/2025 của Bộ Chính trị,

Ban Tổ chức Trung ương hướng dẫn việc xây dựng đội ngũ cộng tác viên các cấp như sau:

**I. NGUYÊN TẮC CHUNG**

- Cộng tác viên phải bảo đảm các tiêu chuẩn theo quy chế.

- Chế độ của cộng tác viên thực hiện theo quy định hiện hành.

**II. QUY ĐỊNH SỐ LƯỢNG**

- Mỗi tỉnh ủy, thành ủy chọn cử tối đa 05 người.

- Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam: chọn cử tối đa 05 người.

**III. TỔ CHỨC
THỰC HIỆN**

**1.** Ban Tổ chức các tỉnh ủy, thành ủy:

- Lập danh sách đề nghị Ban Thường vụ cấp ủy quyết định công nhận cộng tác viên cấp tỉnh.

**2.** Đảng ủy các xã, phường lập danh sách cộng tác viên cấp xã.

Hướng dẫn này có hiệu lực kể từ ngày ký./.

*Nơi nhận:*
- Các tỉnh ủy, thành ủy,
- Lưu VP.

**K/T TRƯỞNG BAN**
PHÓ TRƯỞNG BAN
Nguyễn Văn An

**PHỤ LỤC**

*(Kèm theo Hướng dẫn số 12-HD/BTCTW, ngày 03/10/2025 của Ban Tổ chức
Trung ương)*

| TT | Tỉnh | Số lượng |
|---|---|---|
| 1 | Cao Bằng | 5 |
"""


def test_guidance_header_from_annex_and_formula(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_GUIDANCE, org, calendar)
    assert record.number == "12-HD/BTCTW"
    assert str(record.issued_on) == "2025-10-03"
    assert record.issuer == "Ban Tổ chức Trung ương"
    assert "12-HD/BTCTW" not in [r.number for r in record.references]


def test_guidance_tasks_come_from_its_part_on_carrying_it_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_GUIDANCE, org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "Ban Tổ chức các tỉnh ủy, thành ủy",
        "Đảng ủy các xã, phường",
    ]
    assert record.actions[0].text.startswith("Lập danh sách")


_CITES = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 57/UBND-NC
Thái Bình, ngày 14 tháng 10 năm 2025

V/v kiện toàn đội ngũ báo cáo viên

Thực hiện Hướng dẫn số 06-HD/BTCTW-BTGTW, ngày 15/8/2011 của Ban Tổ chức Trung ương; Hướng
dẫn số 31-HD/BTGTW, ngày 30/12/2011 của Ban Tuyên giáo Trung ương và có hiệu lực kể từ ngày
ký, Ủy ban nhân dân tỉnh yêu cầu:

1. Sở Nội vụ:

- Tham mưu và chịu trách nhiệm trong việc lựa chọn, lập danh sách đề nghị Bộ Nội vụ công
nhận đội ngũ cán bộ.

- Lập danh sách đề nghị Ban Thường vụ Tỉnh ủy quyết định công nhận đội ngũ.

2. Sở Tư pháp lập danh sách đề nghị Bộ Tư pháp công nhận đội ngũ.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Văn Long
"""


def test_a_joint_party_number_and_a_propaganda_boards_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = {r.number: r for r in parse_text(_CITES, org, calendar).references}
    assert "06-HD/BTCTW-BTGTW" in refs
    assert refs["31-HD/BTGTW"].issuer == "Ban Tuyên giáo Trung ương"


def test_the_body_a_list_of_proposals_goes_to_is_no_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [a.lead_unit for a in parse_text(_CITES, org, calendar).actions]
    assert leads == ["Sở Nội vụ", "Sở Nội vụ", "Sở Tư pháp"]


_STUDY = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 58/UBND-KT
Thái Bình, ngày 14 tháng 10 năm 2025

V/v tăng cường quản lý đấu thầu

Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện một số nội dung sau:

1. Yêu cầu chung:

1.1. Nghiên cứu, quán triệt và thực hiện nghiêm túc các quy định pháp luật:

- Nghị định số 214/2025/NĐ-CP ngày 04/8/2025 của Chính phủ quy định chi tiết Luật Đấu thầu.

- Chỉ thị số 24/CT-TTg ngày 29/7/2024 của Thủ tướng Chính phủ về đấu thầu.

1.2. Lựa chọn tư vấn đấu thầu có đủ năng lực, kinh nghiệm.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Văn Long
"""


def test_each_document_a_line_of_work_names_is_its_own_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    texts = [a.text for a in parse_text(_STUDY, org, calendar).actions]
    assert texts[0].startswith("Nghị định số 214/2025/NĐ-CP")
    assert texts[1].startswith("Chỉ thị số 24/CT-TTg")
    assert len(texts) == 3
