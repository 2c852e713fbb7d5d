"""Round 35i: a regulation (QUY ĐỊNH) a Party body issues in its own name, not by a decision,
divided into Roman-numbered sections that hold its articles ("I- QUY ĐỊNH CHUNG / Điều 1.
...", "II- QUẢN LÝ TÀI LIỆU / Điều 5. ...", "III- TỔ CHỨC THỰC HIỆN / Điều 9. ..."): such a
section is a chapter, and only the one on carrying the regulation out gives tasks; the rule
articles before it ("Ban Tổ chức Trung ương hướng dẫn về thời hạn lưu trữ ...", "Cơ quan, tổ chức
có trách nhiệm ...") are the rules it lays down. A plan's Roman sections without articles
("I. MỤC ĐÍCH, YÊU CẦU / II. NHIỆM VỤ / III. TỔ CHỨC THỰC HIỆN") are no chapters."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RULES = """BAN CHẤP HÀNH
TRUNG ƯƠNG
*
ĐẢNG CỘNG SẢN VIỆT NAM
---------------
Số 401-QĐ/TW
Hà Nội, ngày 10 tháng 11 năm 2025

**QUY ĐỊNH**
VỀ
CÔNG TÁC HỒ SƠ ĐẢNG VIÊN
-----
- Căn cứ Điều lệ Đảng;
- Xét đề nghị của Trưởng Ban Tổ chức Trung ương,
Ban Bí thư quy định về công tác hồ sơ đảng viên như sau:

**I- QUY ĐỊNH CHUNG**

**Điều 1. Phạm vi điều chỉnh**
Quy định này quy định về công tác hồ sơ đảng viên của các tổ chức đảng.

**Điều 2. Trách nhiệm của người đứng đầu**
1. Tổ chức tuyên truyền, nâng cao nhận thức về bảo vệ tài liệu lưu trữ.
2. Bảo đảm kinh phí, nguồn nhân lực, cơ sở vật chất cho hoạt động lưu trữ.

**II- QUẢN LÝ TÀI LIỆU LƯU TRỮ**

**Điều 3. Thời hạn lưu trữ**
1. Ban Tổ chức Trung ương hướng dẫn về thời hạn lưu trữ hồ sơ đảng viên.
2. Cơ quan, tổ chức nộp hồ sơ, tài liệu vào lưu trữ lịch sử của Đảng.

**III- TỔ CHỨC THỰC HIỆN**

**Điều 4.** Quy định này có hiệu lực thi hành kể từ ngày ký.

**Điều 5.** Các cơ quan, tổ chức từ Trung ương đến cơ sở có trách nhiệm thực hiện Quy định này.

**Điều 6.** Giao Văn phòng Trung ương Đảng hướng dẫn và kiểm tra việc
thực hiện Quy định này trong hệ thống cơ quan, tổ chức.

**Điều 7. Quy định chuyển tiếp**

1. Hồ sơ đảng viên lập trước ngày Quy định này có hiệu lực thi hành tiếp tục được sử dụng.

2. Các nội dung không quy định trong Quy định này thì thực hiện theo Điều lệ Đảng.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng.
T/M BAN BÍ THƯ
Nguyễn Văn C
"""


def test_only_the_follow_up_section_of_a_party_regulation_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RULES, org, calendar)
    assert [a.text for a in record.actions] == [
        "Các cơ quan, tổ chức từ Trung ương đến cơ sở có trách nhiệm thực hiện Quy định này",
        "Giao Văn phòng Trung ương Đảng hướng dẫn và kiểm tra việc thực hiện Quy định này trong hệ"
        " thống cơ quan, tổ chức",
    ]


_PLAN = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 300/KH-UBND
Lâm Đồng, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
Triển khai công tác văn thư, lưu trữ năm 2026

I- MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng công tác văn thư, lưu trữ.

II- NHIỆM VỤ
1. Sở Nội vụ hướng dẫn nghiệp vụ lưu trữ cho các cơ quan.
2. Sở Tài chính bố trí kinh phí cho hoạt động lưu trữ.

III- TỔ CHỨC THỰC HIỆN
Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn D
"""


def test_a_plans_sections_without_articles_are_no_chapters(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_PLAN, org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "Sở Nội vụ",
        "Sở Tài chính",
        "Văn phòng Ủy ban nhân dân tỉnh",
    ]
