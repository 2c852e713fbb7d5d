"""The Government Office's notice of a leader's conclusions (thông báo kết luận): a point that
states a principle of a thing done as the law says ("1. Phí đối với các cơ sở giáo dục công lập
thực hiện đúng quy định của pháp luật về phí.") gives no one work, and a point that hands a
body its work and ends with "trong đó:" over lettered items ("2. Giao Bộ Tài chính chủ trì, ...
rà soát, ..., báo cáo Thủ tướng Chính phủ trong năm 2018, trong đó:" / "a) Đánh giá ...") is a
heading that names the body: each item is its task, the heading's own words, its date
included, staying out of them (README, session 18's call on 135/01); a point whose body is
the subject of its own sentence ("3. Ủy ban nhân dân các tỉnh tổ chức ..., trong đó:") keeps
its own task before the items."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_NOTICE = """VĂN PHÒNG CHÍNH PHỦ
Số: 210/TB-VPCP
THÔNG BÁO
Kết luận của Phó Thủ tướng về phí đối với cơ sở giáo dục công lập
Hà Nội, ngày 20 tháng 5 năm 2018

Ngày 10 tháng 5 năm 2018, Phó Thủ tướng đã chủ trì cuộc họp về phí đối với cơ sở giáo dục \
công lập. Sau khi nghe Bộ Tài chính báo cáo, Phó Thủ tướng kết luận như sau:
1. Phí đối với các cơ sở giáo dục công lập thực hiện đúng quy định của pháp luật về phí.
2. Giao Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan rà soát, hoàn thiện \
chính sách phí, báo cáo Thủ tướng Chính phủ trong năm 2018, trong đó:
a) Đánh giá tình hình thu phí thời gian qua.
b) Rà soát lại chế độ kế toán đối với cơ sở giáo dục.
3. Ủy ban nhân dân các tỉnh, thành phố tổ chức theo dõi sát tình hình thu phí trên địa bàn, \
trong đó:
a) Kiểm tra việc niêm yết mức thu phí.
b) Xử lý nghiêm các trường hợp vi phạm.
Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.
"""


def test_the_points_of_a_conclusion(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_NOTICE + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM"), org, calendar)
    assert [(a.lead_unit, a.text, a.deadline_kind.value) for a in record.actions] == [
        ("Bộ Tài chính", "Đánh giá tình hình thu phí thời gian qua", "none"),
        ("Bộ Tài chính", "Rà soát lại chế độ kế toán đối với cơ sở giáo dục", "none"),
        (
            "Ủy ban nhân dân các tỉnh, thành phố",
            "Ủy ban nhân dân các tỉnh, thành phố tổ chức theo dõi sát tình hình thu phí trên"
            " địa bàn",
            "none",
        ),
        ("Ủy ban nhân dân các tỉnh, thành phố", "Kiểm tra việc niêm yết mức thu phí", "none"),
        ("Ủy ban nhân dân các tỉnh, thành phố", "Xử lý nghiêm các trường hợp vi phạm", "none"),
    ]
