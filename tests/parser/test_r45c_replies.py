"""Round 45c: a department's letter to one company (a returned dossier, a notice of its
inspection plan) whose numbered items carry the findings and what the company must do.

- An item whose own first line gives work ("1. Hiệu chỉnh bản vẽ ... thống nhất với hồ sơ
  thiết kế được duyệt") over the points it counts off, what was found ("(1) Khoảng cách ...:
  bản vẽ ghi 5 m; thiết kế ghi 7 m."), is one task, its text running to the item's end, the
  points with their numbers and the request after them ("Đề nghị Công ty hiệu chỉnh các thông
  số nêu trên ...") included: the same body asked again for the item's work.
- The closing request after the items ("Sau khi hoàn thiện ..., đề nghị Công ty nộp lại hồ sơ
  ...") asks the addressee, named by its kind alone, for work: a task, "Công ty" as written.
- "Sở X thông báo kế hoạch kiểm tra ..., cụ thể như sau:" sets out the issuer's own inspection:
  its parts (time, place, members, contents) are no tasks, while a request inside one ("-
  Thành phần tham dự: Công ty X (Chủ đầu tư). Đề nghị Công ty mời ...") is, as the request
  after them is."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_RETURNED = """ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
SỞ CÔNG THƯƠNG
Số: 210/SCT-KTAT
Phú Thọ, ngày 12 tháng 5 năm 2026
V/v trả lại hồ sơ đề nghị cấp Giấy phép kinh doanh khí

Kính gửi: Công ty TNHH Khí đốt Hùng Vương

Sở Công Thương nhận được hồ sơ của Công ty TNHH Khí đốt Hùng Vương nộp ngày 05/5/2026 đề \
nghị cấp Giấy phép kinh doanh khí. Qua thẩm định, hồ sơ chưa đủ điều kiện. Sở Công Thương trả \
lại hồ sơ và đề nghị Công ty hoàn thiện các nội dung sau:
1. Chỉnh sửa bản vẽ mặt bằng trạm nạp thống nhất với hồ sơ thiết kế được duyệt
Đối chiếu hai tài liệu, bản vẽ khác hồ sơ thiết kế ở 03 nội dung:
(1) Khoảng cách từ bồn chứa đến tường rào: bản vẽ ghi 5 m; thiết kế ghi 7 m.
(2) Dung tích bồn chứa: bản vẽ ghi 10 m3; thiết kế ghi 12 m3.
(3) Vị trí trụ nạp: bản vẽ đặt phía Đông; thiết kế đặt phía Tây.
Đề nghị Công ty chỉnh sửa các thông số nêu trên theo đúng thiết kế được duyệt.
2. Bổ sung văn bản nghiệm thu về phòng cháy, chữa cháy của trạm nạp.
Sau khi hoàn thiện đầy đủ các nội dung nêu trên, đề nghị Công ty nộp lại hồ sơ về Sở Công \
Thương để được xem xét, giải quyết theo quy định.
Sở Công Thương thông báo cho Công ty TNHH Khí đốt Hùng Vương được biết và thực hiện./."""

_PLAN = """ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
SỞ CÔNG THƯƠNG
Số: 311/SCT-KTAT
Phú Thọ, ngày 12 tháng 5 năm 2026
V/v kế hoạch kiểm tra nghiệm thu công trình trạm nạp khí

Kính gửi: Công ty TNHH Khí đốt Hùng Vương

Sở Công Thương nhận được Báo cáo số 05/BC-HV ngày 02/5/2026 của Công ty TNHH Khí đốt Hùng \
Vương về việc hoàn thành thi công trạm nạp khí.
Căn cứ Nghị định số 06/2021/NĐ-CP ngày 26/01/2021 của Chính phủ,
Sau khi xem xét, Sở Công Thương thông báo kế hoạch kiểm tra công tác nghiệm thu hoàn thành \
công trình trạm nạp khí do Công ty TNHH Khí đốt Hùng Vương làm chủ đầu tư, cụ thể như sau:
1. Thời gian kiểm tra: Ngày 20 tháng 5 năm 2026.
2. Địa điểm: Tại hiện trường công trình.
3. Thành phần tham gia kiểm tra:
- Chủ trì: Sở Công Thương.
- Thành phần tham dự: Công ty TNHH Khí đốt Hùng Vương (Chủ đầu tư). Đề nghị Công ty mời \
đơn vị tư vấn giám sát tham dự.
4. Nội dung kiểm tra:
- Kiểm tra hiện trường công trình, đối chiếu với hồ sơ thiết kế.
- Kiểm tra hồ sơ quản lý chất lượng công trình.
Đề nghị Công ty TNHH Khí đốt Hùng Vương chuẩn bị đầy đủ hồ sơ, cử đại diện có thẩm quyền \
tham gia làm việc với Đoàn kiểm tra đúng thời gian, địa điểm nêu trên.
Sở Công Thương thông báo để Công ty TNHH Khí đốt Hùng Vương được biết và thực hiện./."""

_SIGNED = signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")


def test_an_item_over_the_findings_it_counts_is_one_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RETURNED + _SIGNED, org, calendar)
    texts = [a.text for a in record.actions]
    assert len(texts) == 3
    assert texts[0].startswith("Chỉnh sửa bản vẽ mặt bằng trạm nạp")
    assert "ở 03 nội dung: (1) Khoảng cách từ bồn chứa" in texts[0]
    assert "(3) Vị trí trụ nạp" in texts[0]
    assert texts[0].endswith(
        "Đề nghị Công ty chỉnh sửa các thông số nêu trên theo đúng thiết kế được duyệt"
    )
    assert texts[1].startswith("Bổ sung văn bản nghiệm thu")


def test_the_request_to_file_again_is_the_company_s_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RETURNED + _SIGNED, org, calendar)
    last = record.actions[-1]
    assert last.text.startswith("Sau khi hoàn thiện đầy đủ các nội dung nêu trên, đề nghị Công ty")
    assert last.lead_unit == "Công ty"


def test_an_inspection_plan_s_parts_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_PLAN + _SIGNED, org, calendar)
    texts = [a.text for a in record.actions]
    assert len(texts) == 2
    assert texts[0] == "Đề nghị Công ty mời đơn vị tư vấn giám sát tham dự"
    assert texts[1].startswith("Đề nghị Công ty TNHH Khí đốt Hùng Vương chuẩn bị đầy đủ hồ sơ")


_PAPERS = """ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
SỞ CÔNG THƯƠNG
Số: 312/SCT-KTAT
Phú Thọ, ngày 12 tháng 5 năm 2026
V/v phúc đáp đề nghị của Công ty

Kính gửi: Công ty TNHH Khí đốt Hùng Vương

Theo hồ sơ Công ty gửi kèm, trạm nạp có Giấy chứng nhận đủ điều kiện về phòng cháy, chữa \
cháy số 839/ĐK-PCCC ngày 29/12/2011; Giấy phép kinh doanh khí số 23/GP-ATMT ngày 19/4/2021 do \
Cục Kỹ thuật an toàn và Môi trường công nghiệp - Bộ Công Thương cấp cho Công ty có thời hạn \
đến ngày 25/5/2026."""


def test_a_paper_cited_by_its_kind_and_who_granted_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """A certificate or permit cited by its kind takes that kind, as written, for its type
    (commas of the kind included), and the body of "do X cấp" after it as its issuer."""
    record = parse_text(_PAPERS + _SIGNED, org, calendar)
    assert [(r.number, r.type, r.issuer) for r in record.references] == [
        ("839/ĐK-PCCC", "giấy chứng nhận đủ điều kiện về phòng cháy, chữa cháy", None),
        (
            "23/GP-ATMT",
            "giấy phép kinh doanh khí",
            "Cục Kỹ thuật an toàn và Môi trường công nghiệp - Bộ Công Thương",
        ),
    ]
