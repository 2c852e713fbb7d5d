"""A decision ordering public services names the parties by their part in the order ("Bên đặt
hàng", "bên nhận đặt hàng"): a party's own paragraph after a list that closes on an ellipsis
("+ Các giấy tờ khác …" / "Bên đặt hàng căn cứ ... tổ chức ..."), and the times each party has
("+ Thời gian bên nhận đặt hàng nộp ... trước ngày ..."), are its tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.wrap import continues

LETTER = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nVIỆN QUY HOẠCH THỦY LỢI\n"
    "Số: 88/QĐ-VQHTL\nHà Nội, ngày 5 tháng 3 năm 2025\n\n"
    "QUYẾT ĐỊNH\nVề việc đặt hàng cung cấp dịch vụ sự nghiệp công năm 2025\n\n"
    "VIỆN TRƯỞNG VIỆN QUY HOẠCH THỦY LỢI\n\nCăn cứ Nghị định số 32/2019/NĐ-CP;\n\n"
    "QUYẾT ĐỊNH:\n\n"
    "Điều 1. Đặt hàng Trung tâm Tư vấn thủy lợi thực hiện nhiệm vụ đo đạc lòng hồ năm 2025 "
    "như sau:\n"
    "1. Nghiệm thu\n"
    "- Hồ sơ nghiệm thu bên nhận đặt hàng gửi bên đặt hàng gồm:\n"
    "+ Báo cáo kết quả thực hiện;\n"
    "+ Các giấy tờ khác: hóa đơn, chứng từ liên quan…\n"
    "Bên đặt hàng căn cứ hồ sơ nghiệm thu bên nhận đặt hàng gửi, xem xét, tổ chức Hội đồng "
    "nghiệm thu theo quy định.\n"
    "- Thời gian nghiệm thu:\n"
    "+ Thời gian bên nhận đặt hàng nộp hồ sơ nghiệm thu chậm nhất trước ngày 10 tháng 11 năm "
    "2025.\n"
    "+ Thời gian bên đặt hàng tổ chức nghiệm thu phải hoàn thành trước ngày 20 tháng 11 năm "
    "2025.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nVIỆN TRƯỞNG\n\nPhạm Văn Đức\n"
)


def test_the_parties_to_an_order_are_given_their_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    got = [(a.lead_unit, a.text[:40], a.deadline) for a in record.actions]
    assert got[-3:] == [
        ("Bên đặt hàng", "Bên đặt hàng căn cứ hồ sơ nghiệm thu bên", None),
        ("bên nhận đặt hàng", "Thời gian bên nhận đặt hàng nộp hồ sơ ng", got[-2][2]),
        ("bên đặt hàng", "Thời gian bên đặt hàng tổ chức nghiệm th", got[-1][2]),
    ]
    assert [str(d) for _, _, d in got[-2:]] == ["2025-11-07", "2025-11-19"]


def test_a_list_closing_on_an_ellipsis_ends_its_paragraph() -> None:
    above = "+ Các giấy tờ khác: hóa đơn, chứng từ, biên bản liên quan đến việc thực hiện nhiệm vụ…"
    assert not continues(above, "Bên đặt hàng xem xét, tổ chức nghiệm thu.")
