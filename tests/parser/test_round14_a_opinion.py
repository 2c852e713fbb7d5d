"""Round 14a: a department's appraisal remarks ("Sở X có ý kiến tham gia như sau:") are the
issuer's own opinion: the facts it lists ("- Chủ đầu tư: Ban Quản lý dự án ...") are no
tasks, only the requests it makes of a body by name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round13a_letters import department_letter, first_words

_REMARKS = department_letter(
    "512/SNNMT-KH",
    "tham gia ý kiến hồ sơ dự án khu dân cư Nam Sơn",
    "Sở Xây dựng tỉnh Hà Giang.",
    """Sở Nông nghiệp và Môi trường nhận được hồ sơ dự án, có ý kiến tham gia như sau:
1. Thông tin về dự án
- Tên dự án: Khu dân cư Nam Sơn.
- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng huyện Bắc Mê.
2. Ý kiến tham gia
- Đề nghị Chủ đầu tư bổ sung phương án thu gom, xử lý nước thải của dự án.
""",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
)


def test_the_facts_of_an_appraisal_are_no_tasks_but_its_requests_are(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert first_words(_REMARKS, org, calendar) == ["Đề"]


_LATER = department_letter(
    "77/SNV-KHTC",
    "mức chi phí quản lý năm 2026",
    "Ủy ban nhân dân các huyện.",
    """Sở Nội vụ có ý kiến như sau:
1. Về mức chi phí quản lý của các huyện: Trên cơ sở ý kiến của Sở Tài chính, Sở Nội vụ đã
hướng dẫn các phòng xác định mức chi phí quản lý. Vì vậy, đề nghị Ủy ban nhân dân các huyện
vùng cao căn cứ mức chi đã xác định để trình Hội đồng nhân dân cùng cấp quyết định.
""",
    "SỞ NỘI VỤ",
)


def test_a_later_sentence_of_a_point_that_asks_a_body_is_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert first_words(_LATER, org, calendar) == ["Vì"]


_ASKS_THE_OWNER = department_letter(
    "615/SNNMT-TL",
    "tham gia ý kiến hồ sơ dự án khu dân cư Tân Lập",
    "Sở Xây dựng tỉnh Hà Giang.",
    """Sở Nông nghiệp và Môi trường có ý kiến tham gia như sau:
1. Lĩnh vực môi trường
- Một số quy chuẩn viện dẫn đã hết hiệu lực, do vậy đề nghị Chủ đầu tư cập nhật các quy chuẩn
hiện hành.
2. Lĩnh vực thủy lợi
Khu vực đề nghị thành lập dự án ảnh hưởng đến kênh tưới thôn 3. Trong quá trình triển khai,
đề nghị Chủ đầu tư:
- Phối hợp với chính quyền địa phương kiểm tra ảnh hưởng của dự án đến kênh tưới;
- Có giải pháp bảo đảm an toàn công trình thủy lợi.
""",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
)


def test_the_owner_asked_after_a_finding_or_at_the_end_of_an_intro_leads(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_ASKS_THE_OWNER, org, calendar)
    assert [(a.text.split()[0], a.lead_unit) for a in record.actions] == [
        ("Một", "Chủ đầu tư"),
        ("Phối", "Chủ đầu tư"),
        ("Có", "Chủ đầu tư"),
    ]


_CASE = department_letter(
    "702/SNNMT-LN",
    "tham gia ý kiến hồ sơ dự án thủy điện Nậm Ngần",
    "Sở Công Thương tỉnh Hà Giang.",
    """Sở Nông nghiệp và Môi trường có ý kiến tham gia như sau:
1. Lĩnh vực lâm nghiệp:
Phạm vi dự án không có rừng tự nhiên; có rừng trồng, đất khác.
Trường hợp dự án được phê duyệt chủ trương đầu tư, đề nghị chủ đầu tư thực hiện thủ tục,
trình tự chuyển mục đích sử dụng rừng theo đúng quy định của pháp luật về lâm nghiệp.
""",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
)


def test_a_body_asked_to_carry_out_a_work_named_at_length_is_asked(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_CASE, org, calendar)
    assert [(a.text.split()[0], a.lead_unit) for a in record.actions] == [("Trường", "chủ đầu tư")]


_UNNAMED = department_letter(
    "733/SNNMT-KS",
    "tham gia ý kiến hồ sơ cụm công nghiệp Vị Xuyên",
    "Sở Công Thương tỉnh Hà Giang.",
    """Sở Nông nghiệp và Môi trường có ý kiến tham gia như sau:
1. Lĩnh vực môi trường
- Đề nghị Chủ đầu tư cập nhật các quy chuẩn kỹ thuật hiện hành về nước thải công nghiệp.
- Bổ sung phương án thu gom, xử lý chất thải rắn công nghiệp thông thường.
2. Lĩnh vực khoáng sản
- Về quy hoạch khoáng sản: Phạm vi cụm công nghiệp chồng lấn với mỏ đá vôi Km 12. Do đó, đề
nghị xem xét, điều chỉnh ranh giới đảm bảo không chồng lấn đến mỏ khoáng sản.
3. Ý kiến khác:
Đề nghị bổ sung các căn cứ pháp lý liên quan đến bảo vệ môi trường.
""",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
)


def test_requests_that_name_no_body_are_asked_of_the_body_the_opinion_asked(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_UNNAMED, org, calendar)
    assert [(a.text.split()[0], a.lead_unit) for a in record.actions] == [
        ("Đề", "Chủ đầu tư"),
        ("Bổ", "Chủ đầu tư"),
        ("Do", "Chủ đầu tư"),
        ("Đề", "Chủ đầu tư"),
    ]
