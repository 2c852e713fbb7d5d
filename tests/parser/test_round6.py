"""Rules of the sixth round (blind batch 8 in view: prose letters, a party document), each
on a synthetic snippet that no corpus holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.blocks import split_blocks
from directives.parser.bodies import heading_bodies
from directives.parser.clean import clean_text, fold_keep
from directives.parser.subjects import subject_bodies
from directives.records import ParsedDirective
from tests.parser.test_plans import TAIL, plan
from tests.parser.test_round5 import conclusion, leads_and_texts

PARTY_HEAD = (
    "Số hiệu: | 77-TB/VPTW\n\n"
    "BAN CHẤP HÀNH\nTRUNG ƯƠNG\n**VĂN PHÒNG**\n*****\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n"
    "---------------\n\nSố 77-TB/VPTW\n\n*Hà Nội, ngày 3 tháng 3 năm 2025*\n\n"
    "THÔNG BÁO KẾT LUẬN\nCỦA ĐỒNG CHÍ TỔNG BÍ THƯ VỀ CÔNG TÁC PHÒNG CHỐNG THIÊN TAI\n-----\n"
)


def letter(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_text(
        "BỘ TÀI CHÍNH\nSố: 99/BTC-TK\nHà Nội, ngày 3 tháng 3 năm 2025\n\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n\n" + body + TAIL,
        org,
        calendar,
    )


def lines(text: str) -> list[str]:
    return [line for line in clean_text(text) if line]


def blocks_of(text: str) -> list[tuple[str | None, str]]:
    got = lines(text) if "\n" in text else [text]
    return [(b.marker, b.text) for b in split_blocks(got, [fold_keep(x) for x in got])]


def test_a_party_documents_header_is_read_like_a_state_letters(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        PARTY_HEAD + "Đồng chí Tổng Bí thư kết luận như sau:\n"
        "1. Giao Đảng uỷ Chính phủ chỉ đạo rà soát các khu dân cư.\n\n"
        "Nơi nhận:\n- Các tỉnh uỷ,\n- Lưu Văn phòng.\n\n"
        "K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC\nNguyễn Văn An\n",
        org,
        calendar,
    )
    # "ĐẢNG CỘNG SẢN VIỆT NAM" stands where the state's motto would, the number is a party's
    assert record.number == "77-TB/VPTW"
    assert (record.parent_issuer, record.issuer) == ("Ban Chấp hành Trung ương", "Văn phòng")
    assert record.place == "Hà Nội"
    # the type opens the title line, the subject runs on after it
    assert record.document_type == "THÔNG BÁO"
    assert record.subject == "KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ VỀ CÔNG TÁC PHÒNG CHỐNG THIÊN TAI"
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title) == (
        "KT.",
        "PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC",
    )
    assert leads_and_texts(record) == [
        ("Đảng uỷ Chính phủ", "Giao Đảng uỷ Chính phủ chỉ đạo rà soát các khu dân cư")
    ]


def test_loose_emphasis_marks_are_dropped_and_a_rule_line_is_no_item() -> None:
    got = blocks_of("-----\n*4.1. *Giao Bộ Y tế: *(i) *Rà soát các cơ sở.\n")
    assert got == [("num2", "Giao Bộ Y tế: (i) Rà soát các cơ sở.")]
    # a footnote's "(*)" and a "* " bullet stay
    assert lines("Các cơ sở (*) rà soát.\n* Bộ Y tế") == ["Các cơ sở (*) rà soát.", "* Bộ Y tế"]


def test_points_counted_in_words_and_a_lost_number_are_items() -> None:
    got = blocks_of(
        "Thứ nhất, các bộ rà soát.\n\nThứ hai, các tỉnh báo cáo.\n\n"
        "(1) Rà soát.\n(2) Báo cáo.\nTổng hợp.\n(4) Kiểm tra.\n"
    )
    assert [m for m, _ in got] == ["ordinal", "ordinal", "paren", "paren", "paren", "paren"]
    assert got[0][1] == "các bộ rà soát."
    # a bracket left open runs on whatever number the next line opens with
    assert blocks_of("1. Tra cứu (chức năng 8. 9.\n1.16 ) hàng tháng.\n") == [
        ("num1", "Tra cứu (chức năng 8. 9. 1.16 ) hàng tháng.")
    ]


def test_a_numbered_task_that_singles_out_its_items_is_a_task_too(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Khánh Hòa và Lâm "
        "Đồng tiếp tục chỉ đạo khắc phục hậu quả, trong đó tập trung một số nhiệm vụ sau:\n"
        "(1) Huy động lực lượng hỗ trợ người dân.\n(2) Rà soát thiệt hại.\n"
        "2. Bộ trưởng Bộ Y tế chỉ đạo, hướng dẫn các địa phương.\n",
        org,
        calendar,
    )
    lead = "Ủy ban nhân dân các tỉnh: Gia Lai, Khánh Hòa và Lâm Đồng"
    assert leads_and_texts(record) == [
        (
            lead,
            "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Khánh Hòa và Lâm "
            "Đồng tiếp tục chỉ đạo khắc phục hậu quả",
        ),
        (lead, "Huy động lực lượng hỗ trợ người dân"),
        (lead, "Rà soát thiệt hại"),
        ("Bộ Y tế", "Bộ trưởng Bộ Y tế chỉ đạo, hướng dẫn các địa phương"),
    ]


def test_points_counted_inside_a_paragraph_are_tasks_of_their_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "1. Giao Bộ Y tế: (i) Chỉ đạo Sở Y tế rà soát cơ sở. (ii) Chỉ đạo Sở Y tế kiểm tra.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [
        ("Bộ Y tế", "Chỉ đạo Sở Y tế rà soát cơ sở"),
        ("Bộ Y tế", "Chỉ đạo Sở Y tế kiểm tra"),
    ]


def test_bodies_named_by_their_kind_and_a_list_cut_short() -> None:
    # the list's last entry broke off where the words of a name ended
    assert subject_bodies(
        "các bộ, ngành, địa phương, các nhà đầu tư, nhà thầu trên tinh thần đó bảo đảm"
    ) == ["các bộ, ngành, địa phương"]
    assert subject_bodies("Đối với các chủ đầu tư cần nhanh chóng dọn dẹp mặt bằng.") == [
        "các chủ đầu tư"
    ]
    assert subject_bodies("Cấp uỷ, chính quyền cơ sở phải quan tâm sâu sát") == [
        "Cấp uỷ, chính quyền cơ sở"
    ]
    # an office named by its kind of body names none; the provinces listed stay with theirs
    assert heading_bodies(
        "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai và Lâm Đồng tiếp tục "
        "triển khai"
    ) == ["Ủy ban nhân dân các tỉnh: Gia Lai và Lâm Đồng"]
    # every ministry of a "các Bộ:" list, however many open like a verb, then what follows ";"
    assert subject_bodies(
        "Bộ trưởng các Bộ: Quốc phòng, Xây dựng, Y tế; Chủ tịch Ủy ban nhân dân các tỉnh ven "
        "biển tổ chức theo dõi"
    ) == ["Bộ Quốc phòng", "Bộ Xây dựng", "Bộ Y tế", "Ủy ban nhân dân các tỉnh ven biển"]
    assert heading_bodies("Cục Thuế các tỉnh, Chi cục trưởng Chi cục Thuế doanh nghiệp lớn") == [
        "Cục Thuế các tỉnh",
        "Chi cục Thuế doanh nghiệp lớn",
    ]


def test_background_then_the_bodies_a_paragraph_asks_inside_a_list(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "II. MỘT SỐ YÊU CẦU\n\n"
        "Thứ nhất, các địa phương cần chủ động tháo gỡ vướng mắc.\n\n"
        "Thời gian qua các tỉnh chịu nhiều cơn bão. Yêu cầu các địa phương chủ động khắc phục "
        "thiên tai, thăm hỏi động viên những gia đình có người bị nạn, hỗ trợ khôi phục sản "
        "xuất. Đối với các chủ đầu tư cần nhanh chóng khôi phục thi công.\n\n"
        "Thứ hai, các tuyến cao tốc đưa vào khai thác phải đồng bộ.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [
        ("các địa phương", "các địa phương cần chủ động tháo gỡ vướng mắc"),
        (
            "các địa phương",
            "Yêu cầu các địa phương chủ động khắc phục thiên tai, thăm hỏi động viên những gia "
            "đình có người bị nạn, hỗ trợ khôi phục sản xuất",
        ),
        ("các chủ đầu tư", "Đối với các chủ đầu tư cần nhanh chóng khôi phục thi công"),
    ]


def test_a_later_sentence_of_the_leads_own_bodies_or_who_answers_goes_on_with_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "Yêu cầu cấp uỷ, tổ chức đảng, chính quyền các cấp thực hiện tốt các nhiệm vụ sau:\n"
        "1. Giảm số trẻ bị bỏ rơi: Cần có giải pháp tư vấn. Đồng thời, cấp uỷ, chính quyền cơ "
        "sở phải nắm chắc các đối tượng.\n"
        "2. Bộ Y tế chủ trì rà soát. Các Bộ trưởng chịu trách nhiệm toàn diện trước Chính phủ "
        "về kết quả.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [
        (
            "cấp uỷ, tổ chức đảng, chính quyền các cấp",
            "Giảm số trẻ bị bỏ rơi: Cần có giải pháp tư vấn. Đồng thời, cấp uỷ, chính quyền cơ "
            "sở phải nắm chắc các đối tượng",
        ),
        (
            "Bộ Y tế",
            "Bộ Y tế chủ trì rà soát. Các Bộ trưởng chịu trách nhiệm toàn diện trước "
            "Chính phủ về kết quả",
        ),
    ]


def test_an_award_plans_rules_and_quotas_hand_out_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. TIÊU CHUẨN KHEN THƯỞNG\n"
        "1. Bằng khen của Chủ tịch UBND tỉnh\n"
        "- Các cơ quan, đơn vị cấp tỉnh được phân công tham gia tổ chức bầu cử:\n"
        "+ Hoàn thành xuất sắc nhiệm vụ được phân công.\n"
        "II. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG\n"
        "1. Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp với các cơ quan báo cáo Ủy ban nhân "
        "dân tỉnh.\n"
        "2. Bằng khen của Chủ tịch UBND tỉnh\n"
        "- Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;\n"
        "- Công an tỉnh; Sở Tài chính mỗi đơn vị đề nghị không quá 01 tập thể;\n"
        "- Đầu mối hỗ trợ: số điện thoại 0243.9719.472.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [
        ("Sở Nội vụ", "Sở Nội vụ phối hợp với các cơ quan báo cáo Ủy ban nhân dân tỉnh")
    ]


def test_the_recipient_addressed_politely_is_asked(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Để kịp tổng hợp, đề nghị Quý Ủy ban gửi báo cáo về Bộ Tài chính chậm nhất ngày "
        "20/3/2025.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.deadline_text) for a in record.actions] == [
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "chậm nhất ngày 20/3/2025")
    ]


def test_offices_before_a_body_and_a_capitalised_name_word_are_no_subject_of_their_own() -> None:
    # "Các đồng chí Bí thư, Chủ tịch UBND tỉnh, ...": the offices, then the body they head;
    # "các cấp" after a comma is a second group
    assert subject_bodies(
        "Các đồng chí Bí thư, Chủ tịch UBND tỉnh, Thành phố, các cấp, các ngành của địa "
        "phương phải thường xuyên động viên"
    ) == ["UBND tỉnh, Thành phố", "các cấp"]
    # "Xây dựng" of "Bộ Xây dựng" is no verb; "trực tiếp" ends the subject
    assert subject_bodies("Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo kiểm tra") == [
        "Bộ Xây dựng"
    ]


def test_some_of_the_intros_bodies_and_an_investor_asked_lead_their_own_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "Yêu cầu các bộ, ngành, địa phương, đơn vị, cá nhân liên quan thực hiện các nhiệm vụ "
        "sau:\n"
        "a) Các bộ, ngành, địa phương khẩn trương đăng ký các công trình khánh thành.\n"
        "b) Bộ Xây dựng kiểm tra các dự án trọng điểm. Yêu cầu Nhà đầu tư (Tập đoàn Hòa Bình) "
        "rà soát, điều chỉnh lại kế hoạch thi công bảo đảm thông xe kỹ thuật toàn bộ các dự án "
        "theo đúng tiến độ.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Các bộ, ngành, địa phương",
        "Bộ Xây dựng",
        "Tập đoàn Hòa Bình",
    ]


def test_how_things_stand_is_background_and_who_answers_may_still_be_asked(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "Yêu cầu các bộ, ngành, địa phương thực hiện các nhiệm vụ sau:\n"
        "a) Hiện nay tổng khối lượng hoàn thành của Dự án khoảng 61%. Với vai trò, ý nghĩa đặc "
        "biệt của Dự án, yêu cầu các bộ, ngành, cơ quan chủ quản cần khẩn trương có giải pháp "
        "đẩy nhanh tiến độ thi công các hạng mục còn lại của dự án.\n\n"
        "Các bộ, cơ quan liên quan chịu trách nhiệm trước Chính phủ về tiến độ; lưu ý phải bảo "
        "đảm tính đồng bộ.\n\n"
        "b) Bộ Xây dựng kiểm tra các dự án.\n",
        org,
        calendar,
    )
    assert [a.text[:40] for a in record.actions] == [
        "Với vai trò, ý nghĩa đặc biệt của Dự án,",
        "Các bộ, cơ quan liên quan chịu trách nhi",
        "Bộ Xây dựng kiểm tra các dự án",
    ]
