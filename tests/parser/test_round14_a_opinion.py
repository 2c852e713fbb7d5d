"""Round 14a: a department's appraisal remarks ("Sở X có ý kiến tham gia như sau:") are the
issuer's own opinion: the facts it lists ("- Chủ đầu tư: Ban Quản lý dự án ...") are no
tasks, only its requests: of a body by name or by kind ("đề nghị Chủ đầu tư ..."), in a
point's later sentence ("... Vì vậy, đề nghị X ..."), and, once it has asked a body, those
that name none ("Đề nghị bổ sung ...", "- Bổ sung đánh giá ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round13a_letters import department_letter, first_words


def _remarks(number: str, body: str) -> str:
    """The remarks of Hà Giang's department of agriculture and environment on a dossier."""
    return department_letter(
        number,
        "tham gia ý kiến hồ sơ dự án",
        "Sở Xây dựng tỉnh Hà Giang.",
        "Sở Nông nghiệp và Môi trường có ý kiến tham gia như sau:\n" + body,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    )


def _leads(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str, str]]:
    record = parse_text(text, org, calendar)
    return [(a.text.split()[0], a.lead_unit or "") for a in record.actions]


def test_the_facts_of_an_appraisal_are_no_tasks_but_its_requests_are(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _remarks(
        "512/SNNMT-KH",
        """1. Thông tin về dự án
- Tên dự án: Khu dân cư Nam Sơn.
- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng huyện Bắc Mê.
2. Ý kiến tham gia
- Đề nghị Chủ đầu tư bổ sung phương án thu gom, xử lý nước thải của dự án.
""",
    )
    assert first_words(letter, org, calendar) == ["Đề"]


def test_a_later_sentence_of_a_point_that_asks_a_body_is_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = department_letter(
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
    assert first_words(letter, org, calendar) == ["Vì"]


def test_the_owner_asked_after_a_finding_or_at_the_end_of_an_intro_leads(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _remarks(
        "615/SNNMT-TL",
        """1. Lĩnh vực môi trường
- Một số quy chuẩn viện dẫn đã hết hiệu lực, do vậy đề nghị Chủ đầu tư cập nhật các quy chuẩn
hiện hành.
2. Lĩnh vực thủy lợi
Khu vực đề nghị thành lập dự án ảnh hưởng đến kênh tưới thôn 3. Trong quá trình triển khai,
đề nghị Chủ đầu tư:
- Phối hợp với chính quyền địa phương kiểm tra ảnh hưởng của dự án đến kênh tưới;
- Có giải pháp bảo đảm an toàn công trình thủy lợi.
""",
    )
    owner = "Chủ đầu tư"
    assert _leads(letter, org, calendar) == [("Một", owner), ("Phối", owner), ("Có", owner)]


def test_a_body_asked_to_carry_out_a_work_named_at_length_is_asked(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _remarks(
        "702/SNNMT-LN",
        """1. Lĩnh vực lâm nghiệp:
Phạm vi dự án không có rừng tự nhiên; có rừng trồng, đất khác.
Trường hợp dự án được phê duyệt chủ trương đầu tư, đề nghị chủ đầu tư thực hiện thủ tục,
trình tự chuyển mục đích sử dụng rừng theo đúng quy định của pháp luật về lâm nghiệp.
""",
    )
    assert _leads(letter, org, calendar) == [("Trường", "chủ đầu tư")]


def test_requests_that_name_no_body_are_asked_of_the_body_the_opinion_asked(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _remarks(
        "733/SNNMT-KS",
        """1. Lĩnh vực môi trường
- Đề nghị Chủ đầu tư cập nhật các quy chuẩn kỹ thuật hiện hành về nước thải công nghiệp.
- Bổ sung phương án thu gom, xử lý chất thải rắn công nghiệp thông thường.
2. Lĩnh vực khoáng sản
- Về quy hoạch khoáng sản: Phạm vi cụm công nghiệp chồng lấn với mỏ đá vôi Km 12. Do đó, đề
nghị xem xét, điều chỉnh ranh giới đảm bảo không chồng lấn đến mỏ khoáng sản.
3. Ý kiến khác:
Đề nghị bổ sung các căn cứ pháp lý liên quan đến bảo vệ môi trường.
""",
    )
    owner = "Chủ đầu tư"
    expected = [("Đề", owner), ("Bổ", owner), ("Do", owner), ("Đề", owner)]
    assert _leads(letter, org, calendar) == expected
