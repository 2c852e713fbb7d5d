"""Work an item gives after a list, its ground first ("Căn cứ bảng kê, Sở X soát xét, khóa sổ
số liệu ..."): a short ground citing no document, then a known body and its verbs listed with a
comma, is the body's task, no closing "Căn cứ ..." prose; and "Trong khi chờ ..., đồng chí
Giám đốc Sở X có trách nhiệm ..." names its subject after the while, as "Trong thời gian chờ"
does."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC HẢI QUAN
Số: 512/TCHQ-TXNK
V/v triển khai quy định mới về hoàn thuế
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 03 năm 2024
Kính gửi: Sở Tài chính các tỉnh, thành phố
Tổng cục Hải quan đề nghị các đơn vị triển khai các nội dung sau:
1. Công việc chuyển tiếp
a) Đối chiếu số liệu hoàn thuế
Sở Tài chính chủ trì lập bảng kê hồ sơ hoàn thuế đã giải quyết, gồm:
- Hồ sơ đã ban hành quyết định hoàn trong năm 2023.
- Hồ sơ đã ban hành quyết định hoàn trong năm 2024.
Căn cứ bảng kê, Sở Tài chính soát xét, khóa sổ số liệu bảo đảm khớp với số của Kho bạc Nhà \
nước và gửi báo cáo về Tổng cục Hải quan chậm nhất ngày 29/3/2024.
b) Kể từ ngày 01/4/2024, việc hoàn thuế được thực hiện trên hệ thống mới.
c) Trong khi chờ Tổng cục Hải quan sửa đổi, bổ sung quy trình, đồng chí Giám đốc Sở Tài chính \
có trách nhiệm phân công công chức tiếp nhận hồ sơ hoàn thuế."""


def test_a_known_body_then_verbs_listed_is_the_subject() -> None:
    assert subject_bodies("Cục Thuế soát xét, khóa sổ số liệu bảo đảm khớp.") == ["Cục Thuế"]


def test_the_work_after_its_ground_and_the_while_are_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    texts = [a.text[:40] for a in record.actions]
    assert texts[-3:] == [
        "Sở Tài chính chủ trì lập bảng kê hồ sơ h",
        "Căn cứ bảng kê, Sở Tài chính soát xét, k",
        "Trong khi chờ Tổng cục Hải quan sửa đổi,",
    ]
    assert [a.lead_unit for a in record.actions[-3:]] == ["Sở Tài chính"] * 3
    assert record.actions[-3].deadline is None
    assert str(record.actions[-2].deadline) == "2024-03-29"
