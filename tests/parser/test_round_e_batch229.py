"""Families of blind batch 229 (an e-signed department request, a water-use permit, a web
page that glued its header), each on a made-up letter that no corpus holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies

HEAD = (
    "SỞ Y TẾ TỈNH BÌNH PHÚ\nSố: 812/SYT-NVY\nBình Phú, ngày 4 tháng 3 năm 2025\n"
    "V/v hướng dẫn công tác truyền thông phòng, chống dịch trong tình hình mới\n\n"
    "Kính gửi: Thủ trưởng các cơ sở y tế trên địa bàn tỉnh.\n\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Bình\n"


def test_an_intro_set_in_the_new_situation_hands_on_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "... trong tình hình mới ... như sau:" tells the times the work is set in, no findings
    body = (
        "Sở Y tế đề nghị Thủ trưởng các cơ sở y tế thực hiện một số nội dung về công tác "
        "truyền thông phòng, chống dịch trong tình hình mới tại đơn vị như sau:\n"
        "1. Tổ chức tập huấn cho nhân viên về phòng, chống dịch tại đơn vị.\n"
        "2. Rà soát trang thiết bị phục vụ cách ly người bệnh.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        ("các cơ sở y tế", "Tổ chức tập huấn cho nhân viên về phòng, chống dịch tại đơn vị"),
        ("các cơ sở y tế", "Rà soát trang thiết bị phục vụ cách ly người bệnh"),
    ]


def test_the_heads_of_a_qualified_plural_name_its_bodies() -> None:
    assert subject_bodies("Thủ trưởng các cơ sở y tế triển khai các nội dung sau") == [
        "các cơ sở y tế"
    ]


def test_the_slogans_an_item_names_are_its_words_not_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Sở Y tế đề nghị Thủ trưởng các cơ sở y tế thực hiện các nội dung sau:\n"
        "1. Tổ chức tập huấn cho nhân viên về phòng, chống dịch tại đơn vị.\n"
        "2. Treo băng rôn với các khẩu hiệu tuyên truyền tại đơn vị\n"
        "- Sức khỏe là vốn quý nhất\n"
        "- Chung tay phòng, chống dịch bệnh\n"
        "3. Báo cáo kết quả về Sở Y tế khi có yêu cầu.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    assert [a.text for a in record.actions] == [
        "Tổ chức tập huấn cho nhân viên về phòng, chống dịch tại đơn vị",
        "Treo băng rôn với các khẩu hiệu tuyên truyền tại đơn vị - Sức khỏe là vốn quý nhất"
        " - Chung tay phòng, chống dịch bệnh",
        "Báo cáo kết quả về Sở Y tế khi có yêu cầu",
    ]


PERMIT = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 55/GP-UBND\nBình Phú, ngày 2 tháng 6 năm 2024\n\n"
    "GIẤY PHÉP\nKHAI THÁC NƯỚC MẶT\n\nỦY BAN NHÂN DÂN TỈNH BÌNH PHÚ\n\n"
    "Căn cứ Luật Tài nguyên nước ngày 21 tháng 6 năm 2012;\n"
    "Xét đơn đề nghị của Công ty TNHH Nước sạch Hòa Bình,\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Cho phép Công ty TNHH Nước sạch Hòa Bình được khai thác nước mặt với các nội "
    "dung chủ yếu sau đây:\n"
    "1. Mục đích khai thác, sử dụng nước: cấp nước sinh hoạt cho xã Hòa Bình.\n"
    "2. Thời hạn của giấy phép: 05 năm.\n"
    "Điều 2. Các yêu cầu cụ thể đối với Công ty TNHH Nước sạch Hòa Bình:\n"
    "1. Tuân thủ các nội dung quy định tại Điều 1 của Giấy phép này. Đây là dòng dài để "
    "trang in số trang ở cuối trang.\n\n2\n\n"
    "2. Lắp đặt thiết bị đo lưu lượng nước khai thác.\n"
    "3. Nộp tiền cấp quyền khai thác tài nguyên nước theo quy định.\n"
    "Điều 3. Giấy phép này có hiệu lực kể từ ngày ký./.\n"
    "\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n"
)


def test_the_requirements_on_a_licensee_are_its_duties_over_a_page_number(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Các yêu cầu cụ thể đối với X:": X does the items; the page's number "2" alone between
    # blank lines, in turn, under a sentence's end, is no item's end
    record = parse_text(PERMIT, org, calendar)
    duties = [a for a in record.actions if a.lead_unit == "Công ty TNHH Nước sạch Hòa Bình"]
    assert [a.text[:20] for a in duties] == [
        "Tuân thủ các nội dun",
        "Lắp đặt thiết bị đo ",
        "Nộp tiền cấp quyền k",
    ]


def test_a_year_cut_off_by_the_page_number_goes_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Sở Y tế đề nghị Thủ trưởng các cơ sở y tế thực hiện các nội dung sau:\n"
        "1. Tổ chức quán triệt Kế hoạch số 12-KH/TU ngày 23 tháng 6 năm 2025 của Ban "
        "Thường vụ Tỉnh ủy và Kết luận số 132-KL/TW ngày 18 tháng 3 năm\n2\n"
        "2025 của Bộ Chính trị tới toàn thể nhân viên.\n"
        "2. Báo cáo kết quả về Sở Y tế khi có yêu cầu.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    assert record.actions[0].text.endswith(
        "ngày 18 tháng 3 năm 2025 của Bộ Chính trị tới toàn thể nhân viên"
    )


def test_a_subject_mark_glued_to_the_number_is_the_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "BỘ Y TẾ\n\nSố: 418/BYT-K.IV/v tăng cường phòng, chống dịch sởi\n\n"
        "Hà Nội, ngày 5 tháng 4 năm 2024\n\nKính gửi:\n\n"
        "- Sở Y tế tỉnh Bình Phú;Sở Y tế tỉnh Hòa An.\n\n"
        "Bộ Y tế đề nghị các Sở Y tế tổ chức tiêm vắc xin sởi cho trẻ em trước ngày 30/4/2024.\n"
        "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Văn C\n"
    )
    record = parse_text(page, org, calendar)
    assert record.number == "418/BYT-K.I"
    assert record.subject == "tăng cường phòng, chống dịch sởi"
    assert record.recipients == ["Sở Y tế tỉnh Bình Phú", "Sở Y tế tỉnh Hòa An"]


def test_a_licensed_branch_is_bound_to_renew_its_licence(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    holder = "Chi nhánh Công ty Cổ phần Cấp nước Hòa Bình - Nhà máy nước Bình Phú"
    page = PERMIT.replace("Công ty TNHH Nước sạch Hòa Bình", holder).replace(
        "Điều 3. Giấy phép này có hiệu lực kể từ ngày ký./.",
        "Điều 3. Giấy phép này có hiệu lực kể từ ngày ký. Chậm nhất chín mươi (90) ngày trước "
        f"khi Giấy phép hết hạn, nếu {holder} còn tiếp tục khai thác nước mặt thì phải làm thủ "
        "tục gia hạn giấy phép theo quy định./.",
    )
    record = parse_text(page, org, calendar)
    last = record.actions[-1]
    assert (last.lead_unit, last.text[:40]) == (holder, "Chậm nhất chín mươi (90) ngày trước khi ")


def test_a_cited_plan_s_issuer_ends_before_what_the_plan_carries_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Thực hiện Kế hoạch số 88-KH/TU ngày 02 tháng 5 năm 2025 của Ban Thường vụ Tỉnh ủy "
        "triển khai thực hiện Chỉ thị số 21-CT/TW ngày 05 tháng 3 năm 2025 của Ban Bí thư;\n"
        "Sở Y tế đề nghị Thủ trưởng các cơ sở y tế thực hiện các nội dung sau:\n"
        "1. Tổ chức tập huấn cho nhân viên về phòng, chống dịch tại đơn vị.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    issuers = {r.number: r.issuer for r in record.references}
    assert issuers["88-KH/TU"] == "Ban Thường vụ Tỉnh ủy"
