"""Round 53a: a trade union's letters (the education union of a city, 210/01 and 210/02).

- A request naming its bodies whose sentence ends by announcing its contents ("Nội dung góp ý
  tập trung vào các vấn đề trọng tâm sau đây:") over numbered lines that only name topics is
  one task, the lines in its text (README: 121/02 action 16); lines that give work stay tasks.
- "Công đoàn Giáo dục các cấp trong ngành", "Ban chấp hành Công đoàn Y tế quận huyện, công
  đoàn cơ sở trực thuộc": the unions are bodies, the field's second syllable ("Giáo dục", "Y
  tế", "Chấp hành") part of their names.
- The union's own work ("Công đoàn Y tế Thành phố phối hợp với ...") is no task, and "Đề nghị
  ... thực hiện nội dung trên đạt hiệu quả cao nhất." only urges the request above.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_HEAD = (
    "LIÊN ĐOÀN LAO ĐỘNG\nTHÀNH PHỐ CẦN THƠ\nCÔNG ĐOÀN Y TẾ\n"
    "Số: 41/CV-CĐYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Cần Thơ, ngày 12 tháng 3 năm 2024\nV/v {subject}\n\n"
)
_SIGNED = signed("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH")


def _contents_letter(items: str) -> str:
    return (
        _HEAD.format(subject="lấy ý kiến góp ý dự thảo Quy chế chi tiêu nội bộ")
        + "Kính gửi: Công đoàn cơ sở các bệnh viện trực thuộc.\n\n"
        "Công đoàn Y tế Thành phố đề nghị Công đoàn Y tế các cấp trong ngành tổ chức lấy ý\n"
        "kiến của đoàn viên đối với dự thảo Quy chế. Nội dung góp ý tập trung vào các vấn đề\n"
        "chủ yếu sau đây:\n"
        f"{items}\n"
        "Các đơn vị tùy theo điều kiện thực tế để tổ chức lấy ý kiến, gửi ý kiến góp ý về\n"
        "Công đoàn Y tế Thành phố trước ngày 25/3/2024." + _SIGNED
    )


def test_topics_under_a_request_are_in_its_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = (
        "1. Bố cục của dự thảo Quy chế.\n2. Mức chi cho các hoạt động phong trào.\n3. Ý kiến khác."
    )
    actions = parse_text(_contents_letter(items), org, calendar).actions
    assert len(actions) == 2
    assert actions[0].text == (
        "Công đoàn Y tế Thành phố đề nghị Công đoàn Y tế các cấp trong ngành tổ chức lấy ý "
        "kiến của đoàn viên đối với dự thảo Quy chế. Nội dung góp ý tập trung vào các vấn đề "
        "chủ yếu sau đây: 1. Bố cục của dự thảo Quy chế. 2. Mức chi cho các hoạt động phong "
        "trào. 3. Ý kiến khác"
    )
    assert actions[0].lead_unit == "Công đoàn Y tế các cấp trong ngành"
    assert actions[1].lead_unit == "Các đơn vị"


def test_lines_that_give_work_stay_tasks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    items = (
        "1. Tổ chức hội nghị lấy ý kiến đoàn viên.\n"
        "2. Tổng hợp ý kiến, gửi về Công đoàn Y tế Thành phố."
    )
    actions = parse_text(_contents_letter(items), org, calendar).actions
    assert actions[0].text == "Tổ chức hội nghị lấy ý kiến đoàn viên"


_REQUEST = (
    _HEAD.format(subject="triển khai chương trình khám sức khỏe cho đoàn viên")
    + "Kính gửi: - Ban Chấp hành Công đoàn Y tế quận huyện;\n"
    "- Ban Chấp hành Công đoàn cơ sở trực thuộc.\n\n"
    "Công đoàn Y tế Thành phố phối hợp với Bệnh viện Đa khoa Thành phố triển khai chương\n"
    "trình khám sức khỏe cho đoàn viên, nhà giáo, người lao động với giá ưu đãi.\n"
    "Ban Thường vụ Công đoàn Y tế Thành phố đề nghị Ban chấp hành Công đoàn Y tế quận\n"
    "huyện, công đoàn cơ sở trực thuộc trao đổi với Ban Giám đốc bệnh viện, giới thiệu\n"
    "chương trình đến đoàn viên trong năm 2024.\n"
    "Đề nghị Ban Chấp hành Công đoàn y tế các cấp thực hiện nội dung trên đạt hiệu quả\n"
    "cao nhất. Trong quá trình thực hiện có gì vướng mắc, khó khăn kịp thời báo cáo về\n"
    "Công đoàn Y tế Thành phố để được hỗ trợ giải quyết.\nTrân trọng./." + _SIGNED
)


def test_a_union_asks_its_district_unions(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    parsed = parse_text(_REQUEST, org, calendar)
    assert parsed.issuer == "Công đoàn Y tế"
    assert len(parsed.actions) == 1
    action = parsed.actions[0]
    assert action.text.startswith("Ban Thường vụ Công đoàn Y tế Thành phố đề nghị")
    assert action.lead_unit == "Ban chấp hành Công đoàn Y tế quận huyện"
    assert "công đoàn cơ sở trực thuộc" in action.coordinating_units


_BRANCH = (
    "CÔNG ĐOÀN\nKHOA HỌC VÀ CÔNG NGHỆ VIỆT NAM\nCÔNG ĐOÀN\nBƯU CHÍNH VIỄN THÔNG VIỆT NAM\n"
    "Số: 210/CĐVNPT-CS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 05 tháng 8 năm 2025\nV/v tổ chức giải chạy trực tuyến\n\n"
    "Kính gửi: Công đoàn cơ sở trực thuộc.\n\n"
    "Thực hiện công văn số 88/CĐKHCN-TG ngày 01/8/2025 của Công đoàn Khoa học và Công nghệ\n"
    "Việt Nam về việc tổ chức giải chạy, Căn cứ Công văn số 12/CĐN-TG ngày 02/8/2025 của Ban\n"
    "Thường vụ Công đoàn Giáo dục Việt Nam về giải chạy, Công đoàn VNPT đề nghị các Công đoàn\n"
    "cơ sở đăng ký danh sách vận động viên trước ngày 20/8/2025.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu CS, VP.\nSố EOF: 604411/VBĐT\n\nTM. BAN THƯỜNG VỤ\n"
    "PHÓ CHỦ TỊCH\nTrần Văn Minh\n"
)


def test_a_union_letterhead_is_written_as_its_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parsed = parse_text(_BRANCH, org, calendar)
    assert parsed.issuer == "Công đoàn Bưu chính Viễn thông Việt Nam"
    assert parsed.parent_issuer == "Công đoàn Khoa học và Công nghệ Việt Nam"


def test_the_e_office_filing_number_is_no_reference(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parsed = parse_text(_BRANCH, org, calendar)
    assert [r.number for r in parsed.references] == ["88/CĐKHCN-TG", "12/CĐN-TG"]


def test_the_e_office_number_under_the_kept_entry_is_that_entry(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parsed = parse_text(_BRANCH, org, calendar)
    assert parsed.distribution[-1] == "Lưu CS, VP. Số EOF: 604411/VBĐT"


def test_the_unions_a_letter_cites_are_named_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parsed = parse_text(_BRANCH, org, calendar)
    assert [r.issuer for r in parsed.references][:2] == [
        "Công đoàn Khoa học và Công nghệ Việt Nam",
        "Ban Thường vụ Công đoàn Giáo dục Việt Nam",
    ]
