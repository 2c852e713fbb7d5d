"""Round 35e: a notice of conclusions whose part III numbers its topics ("3. Khẩn trương xây
dựng ...: (1) Thanh tra Chính phủ ban hành ...; (2) Bộ Công an chủ trì ..."): the topic's
title names no body, each counted point is the task of the body it names. A point whose body
ends in ":" ("(3) các bộ, ngành, địa phương tập trung: (i) ...; (ii) ...") hands that body
the points under it; a point with no subject of its own ("(5) Phát triển X với 05 chức năng
chính: (i) ...; (ii) ...") keeps them as its parts, one task. Inside one point, a clause
after ";" whose bodies act "căn cứ hướng dẫn của" the point's body is a step of its task.
The intro "Sau khi nghe báo cáo của Bộ A, Bộ B, Bộ C, ý kiến ..." names whose reports were
heard, no lead for the findings sections that follow ("I. VỀ KẾT QUẢ ĐẠT ĐƯỢC", "1. Về tồn
tại, hạn chế: Ban Chỉ đạo ... chỉ ra ..."), which give no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 700/TB-VPCP

Hà Nội, ngày 10 tháng 11 năm 2025

THÔNG BÁO
KẾT LUẬN PHIÊN HỌP CỦA BAN CHỈ ĐẠO VỀ CẢI CÁCH HÀNH CHÍNH

Ngày 08 tháng 11 năm 2025, Ban Chỉ đạo họp phiên thứ ba.
Sau khi nghe báo cáo của Bộ Tư pháp, Bộ Công an, Bộ Nội vụ, ý kiến phát biểu của các đại biểu,
Ban Chỉ đạo thống nhất kết luận như sau:
**I. VỀ KẾT QUẢ ĐẠT ĐƯỢC**
Thực hiện nghiêm chỉ đạo của Chính phủ, công tác cải cách hành chính đã đạt kết quả nổi bật.
**II. VỀ TỒN TẠI, HẠN CHẾ**
**1. Về tồn tại, hạn chế:** Ban Chỉ đạo chỉ ra những hạn chế cần khắc phục: (1) Tiến độ còn
chậm; (2) dữ liệu chưa đồng bộ.
**III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM**
**1. Hoàn thiện thể chế:** Các bộ khẩn trương trình Chính phủ ban hành các Nghị định hướng dẫn.
**2. Khẩn trương xây dựng chiến lược dữ liệu:** (1) Thanh tra Chính phủ ban hành trước ngày 25
tháng 11 năm 2025; (2) Bộ Công an chủ trì ban hành hướng dẫn đánh giá cơ sở dữ liệu trước ngày
25 tháng 11 năm 2025; các bộ, ngành căn cứ hướng dẫn của Bộ Công an tổ chức đánh giá, gửi kết
quả về Bộ Công an; Bộ Công an tổng hợp, công bố kết quả.
**3. Đơn giản hóa thủ tục hành chính:** (1) Các bộ, ngành rà soát quy trình, hoàn thành
trong tháng 11 năm 2025; (2) các bộ, ngành, địa phương tập trung: (i) Sửa đổi các văn bản
quy phạm pháp luật; (ii) Rà soát các quy định không phù hợp.
**4. Nhiệm vụ cụ thể**
a) Bộ Công an: (1) Tham mưu ban hành Nghị định về dữ liệu; (2) Phát triển ứng dụng
định danh với 02 chức năng chính: (i) Lưu trữ dữ liệu; (ii) Xác thực điện tử.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
|
Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- Lưu: VT.
|
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Văn An
"""


def test_counted_points_each_name_their_body(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [(a.lead_unit, a.text.split(" ")[0]) for a in actions] == [
        ("Các bộ", "Các"),
        ("Thanh tra Chính phủ", "Thanh"),
        ("Bộ Công an", "Bộ"),
        ("Các bộ, ngành", "Các"),
        ("các bộ, ngành, địa phương", "Sửa"),
        ("các bộ, ngành, địa phương", "Rà"),
        ("Bộ Công an", "Tham"),
        ("Bộ Công an", "Phát"),
    ]
    assert actions[2].text.endswith("Bộ Công an tổng hợp, công bố kết quả")
    assert actions[1].deadline_text == "trước ngày 25 tháng 11 năm 2025"
    assert actions[7].text == (
        "Phát triển ứng dụng định danh với 02 chức năng chính: (i) Lưu trữ dữ liệu; (ii) Xác"
        " thực điện tử"
    )
