"""Rules of the seventh round for prose letters (blind batch 9 in view: a party's conclusion,
a prime minister's telegram to several bodies, a department's letter without a letterhead),
each on a synthetic snippet that no corpus holds."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.blocks import split_blocks
from directives.parser.bodies import heading_bodies
from directives.parser.clean import fold_keep
from directives.parser.inline import inline_heading
from directives.parser.mentions import MentionFinder
from directives.parser.references import find_references
from directives.records import ParsedDirective
from tests.parser.test_plans import TAIL
from tests.parser.test_round5 import leads_and_texts
from tests.parser.test_round6 import letter

PARTY_CONCLUSION = (
    "**BAN CHẤP HÀNH TRUNG ƯƠNG**\n*\n|\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n---------------\n|\n"
    "Số 305-KL/TW\n|\n*Hà Nội, ngày 12 tháng 3 năm 2025*\n|\n**KẾT LUẬN**\n"
    "CỦA BỘ CHÍNH TRỊ\nVỀ CÔNG TÁC BẢO VỆ RỪNG ĐẦU NGUỒN\n-----\nBộ Chính trị kết luận như sau:\n"
)


def party(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    """The conclusion above with ``body`` for its text, under the usual signature."""
    return parse_text(PARTY_CONCLUSION + body + TAIL, org, calendar)


def cited(text: str) -> list[tuple[str, str | None, str]]:
    """Number, issuer and date of each document ``text`` cites (the year 2025 by default)."""
    return [
        (r.number, r.issuer, str(r.issued_on))
        for r in find_references(text, fold_keep(text), None, 2025)
    ]


def test_a_party_conclusion_is_typed_by_its_title_and_the_lines_under_it_are_its_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = party(
        "1. Giao Ban Kinh tế Trung ương theo dõi việc thực hiện.\n",
        org,
        calendar,
    )
    assert record.document_type == "KẾT LUẬN"
    assert record.subject == "CỦA BỘ CHÍNH TRỊ VỀ CÔNG TÁC BẢO VỆ RỪNG ĐẦU NGUỒN"
    assert record.number == "305-KL/TW"
    assert record.issuer == "Ban Chấp hành Trung ương"


def test_a_body_that_directs_others_leads_without_the_partner_they_are_told_to_work_with(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = party(
        "1. Giao Đảng uỷ Quốc hội lãnh đạo, chỉ đạo các cơ quan của Quốc hội phối hợp với Bộ "
        "Nội vụ rà soát các luật có liên quan.\n"
        "2. Giao Ban Tổ chức Trung ương chủ trì, phối hợp với Bộ Nội vụ tổng kết mô hình.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Đảng uỷ Quốc hội", []),
        ("Ban Tổ chức Trung ương", ["Bộ Nội vụ"]),
    ]


def test_ministers_and_heads_of_ministry_level_bodies_name_the_ministries() -> None:
    assert heading_bodies("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ") == [
        "các Bộ, cơ quan ngang bộ"
    ]
    assert heading_bodies(
        "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh"
    ) == ["các Bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh"]


# A telegram cut at a fixed width: each numbered heading names the bodies on a line of its own.
TELEGRAM = (
    "Để hoàn thành mục tiêu cải cách trong năm, Thủ tướng Chính phủ yêu cầu các bộ, cơ quan\n"
    "và địa phương tập trung thực hiện ngay một số nhiệm vụ cụ thể như sau:\n"
    "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ\n"
    "Khẩn trương rà soát các quy định còn chồng chéo về cấp phép xây dựng như: yêu cầu nộp\n"
    "bản sao chứng thực; yêu cầu xác nhận của nơi cư trú,... hoàn thành trong quý IV năm 2025.\n"
    "2. Bộ trưởng Bộ Xây dựng\n"
    "Tập trung hoàn thiện cơ sở dữ liệu về nhà ở và thị trường bất động sản bảo đảm kết nối\n"
    "thông suốt với các bộ, ngành *(Phụ lục kèm theo). *\n"
    "3. Bộ Công Thương giải quyết 02 vấn đề còn tồn đọng: (i) Kết nối hệ thống cấp phép với\n"
    "Cổng Dịch vụ công quốc gia; (ii) Xử lý lỗi của phần mềm quản lý hồ sơ.\n"
    "4. Bộ Tư pháp hoàn thành việc số hóa sổ hộ tịch của các địa phương, bảo đảm dữ liệu đầy\n"
    "đủ, chính xác, được cập nhật thường xuyên, phục vụ cho việc giải quyết thủ tục trực tuyến\n"
    "trong năm 2025.\n"
)


def test_a_numbered_line_naming_only_bodies_heads_the_paragraph_wrapped_under_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(TELEGRAM, org, calendar)
    leads = [a.lead_unit for a in record.actions]
    assert leads == ["các Bộ, cơ quan ngang bộ", "Bộ Xây dựng", "Bộ Công Thương", "Bộ Tư pháp"]
    first, second = record.actions[0].text, record.actions[1].text
    # the heading stays out of the text; a requirement listed after "như:" stays in it
    assert first.startswith("Khẩn trương rà soát") and "như: yêu cầu nộp bản sao" in first
    # an emphasis mark left after the closing bracket is no part of the task
    assert second.endswith("(Phụ lục kèm theo)")


def test_a_task_whose_sentence_counts_its_parts_stays_one_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(TELEGRAM, org, calendar)
    third = record.actions[2]
    assert third.text.startswith("Bộ Công Thương giải quyết 02 vấn đề còn tồn đọng: (i) Kết nối")
    assert third.text.endswith("(ii) Xử lý lỗi của phần mềm quản lý hồ sơ")


def test_the_year_closing_a_long_clause_of_completion_is_its_deadline(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(TELEGRAM, org, calendar)
    fourth = record.actions[3]
    assert (str(fourth.deadline), fourth.deadline_text) == ("2025-12-31", "trong năm 2025")
    # a year named in another clause of the sentence is no due date
    record = letter(
        "1. Sở Tài chính hoàn thành báo cáo; tổng hợp các nhiệm vụ được giao trong năm 2025.\n",
        org,
        calendar,
    )
    assert record.actions[0].deadline is None


def test_lãnh_đạo_after_a_name_is_the_bodys_verb(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = party(
        "1. Đảng uỷ Chính phủ lãnh đạo, chỉ đạo các bộ khẩn trương sắp xếp các đơn vị.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [
        (
            "Đảng uỷ Chính phủ",
            "Đảng uỷ Chính phủ lãnh đạo, chỉ đạo các bộ khẩn trương sắp xếp các đơn vị",
        )
    ]


# A department's letter copied without its letterhead, under the page's record and title line.
UNHEADED = (
    "Số hiệu: | 812/CT-QL\n\n"
    "**Kính gửi:** Trưởng Thuế các tỉnh, thành phố.\n\n"
    "Tiếp theo công văn số 4100/CT-QL ngày 02/10/2025 của Cục Thuế, để hỗ trợ người nộp thuế\n"
    "bị ảnh hưởng do hạn hán, Cục Thuế yêu cầu Trưởng Thuế các tỉnh, thành phố khẩn trương\n"
    "triển khai các nội dung sau:\n"
    "- Đề nghị cơ quan thuế địa phương công khai thủ tục gia hạn nộp thuế tại trụ sở, hướng\n"
    "dẫn người nộp thuế bị thiệt hại lập hồ sơ đề nghị miễn, giảm thuế theo quy định.\n"
    "- Đối với hồ sơ còn thiếu, chưa đúng mẫu: Cơ quan thuế địa phương hướng dẫn người nộp\n"
    "thuế bổ sung trong thời hạn quy định.\n"
    "- Tổng hợp, báo cáo Cục Thuế kết quả thực hiện hằng tuần.\n"
    + TAIL
    + "Công văn 812/CT-QL năm 2025 hỗ trợ người nộp thuế bị ảnh hưởng do hạn hán do Cục Thuế "
    "ban hành\n"
)


def test_a_head_titled_trưởng_and_a_tax_office_named_by_its_kind_lead_as_bodies(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(UNHEADED, org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "cơ quan thuế địa phương",
        "Cơ quan thuế địa phương",
        "Thuế các tỉnh, thành phố",
    ]
    # "Đối với ...:" is the case the task's own sentence opens with, no label to drop
    assert record.actions[1].text.startswith("Đối với hồ sơ còn thiếu, chưa đúng mẫu: Cơ quan")


def test_the_number_the_pages_title_line_restates_is_the_letters_own_not_a_reference(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(UNHEADED, org, calendar)
    assert [r.number for r in record.references] == ["4100/CT-QL"]
    # the issuer the title line names after its last "do"
    assert record.issuer == "Cục Thuế"


def test_a_partys_mass_organisations_are_bodies_and_one_named_beside_the_lead_coordinates(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = party(
        "1. Các cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp tăng cường tuyên truyền về"
        " bảo vệ rừng.\n"
        "2. Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương vận động nhân dân trồng rừng.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Các cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp", []),
        ("Đảng uỷ Mặt trận Tổ quốc", ["các đoàn thể Trung ương"]),
    ]


def test_a_paragraph_opening_with_trong_đó_goes_on_with_the_task_above(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = party(
        "1. Giao Ban Kinh tế Trung ương rà soát các chính sách về lâm nghiệp.\n"
        "Trong đó, ưu tiên các chính sách về giao đất, giao rừng.\n"
        "2. Giao Ban Tổ chức Trung ương theo dõi việc thực hiện.\n",
        org,
        calendar,
    )
    assert [a.text for a in record.actions] == [
        "Giao Ban Kinh tế Trung ương rà soát các chính sách về lâm nghiệp. Trong đó, ưu tiên các"
        " chính sách về giao đất, giao rừng",
        "Giao Ban Tổ chức Trung ương theo dõi việc thực hiện",
    ]


def test_a_list_of_bodies_wrapped_after_its_semicolon_leads_one_task_with_its_last_sentence(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Cơ quan thanh tra khẩn trương hoàn thành việc thanh tra các dự án theo đúng kế hoạch.\n"
        "2. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n"
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương căn cứ chức năng, nhiệm vụ\n"
        "được giao khẩn trương rà soát các dự án tồn đọng trên địa bàn. Trong quá trình thực\n"
        "hiện, nếu có khó khăn, kịp thời phản ánh về Bộ Tài chính để được hướng dẫn.\n"
        "3. Ủy ban nhân dân tỉnh Quảng Ngãi hoàn thành việc phân loại các dự án trên địa bàn."
        " **Thời hạn hoàn thành: trước ngày 28/11/2025.**\n",
        org,
        calendar,
    )
    second, third = record.actions[1], record.actions[2]
    assert (second.lead_unit, second.coordinating_units) == (
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
    )
    assert second.text.endswith("kịp thời phản ánh về Bộ Tài chính để được hướng dẫn")
    # the item's time closing its text is its deadline, not its words
    assert third.text.endswith("phân loại các dự án trên địa bàn")
    assert (str(third.deadline), third.deadline_text) == ("2025-11-27", "trước ngày 28/11/2025")


def test_a_minister_and_his_deputy_in_charge_name_their_ministry_once() -> None:
    assert heading_bodies(
        "Đồng chí Bộ trưởng Bộ Công Thương, Thứ trưởng Bộ Công Thương phụ trách lĩnh vực"
    ) == ["Bộ Công Thương"]
    assert heading_bodies("Phó Chủ tịch Ủy ban nhân dân tỉnh, Phó Giám đốc Sở Y tế") == [
        "Ủy ban nhân dân tỉnh",
        "Sở Y tế",
    ]


def test_a_hyphen_of_a_name_cut_at_the_pages_width_under_an_item_is_no_list_item(
    org: OrgDirectory,
) -> None:
    # a page cut at a fixed width: most lines run on with a lower-case word
    lines = [
        "1. Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành rà soát việc sử dụng đất tại các khu công",
        "nghiệp trên địa bàn, báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2025 để tổng",
        "hợp báo cáo Thủ tướng Chính phủ theo quy định của pháp luật về đất đai và đầu tư; đồng",
        "thời kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của các doanh nghiệp trong",
        "khu công nghiệp, xử lý nghiêm các trường hợp vi phạm theo thẩm quyền được giao.",
        "2. Các Bộ, cơ quan liên quan và các Tập đoàn: Điện lực Việt Nam, Bưu chính viễn thông",
        "Việt Nam, Hóa chất Việt Nam, Dầu khí Việt Nam, Than - Khoáng sản Việt Nam, Công nghiệp",
        "- Viễn thông Quân đội theo chức năng, nhiệm vụ phối hợp chặt chẽ với tỉnh để xử lý các",
        "kiến nghị của tỉnh theo đúng quy định của pháp luật về đầu tư và xây dựng cơ bản; báo",
        "cáo Thủ tướng Chính phủ những vấn đề vượt thẩm quyền.",
        "3. Các sở, ban, ngành có liên quan phối hợp với Ủy ban nhân dân các xã, phường và đặc khu",
        "- Tiếp tục rà soát các dự án chậm tiến độ trên địa bàn để xử lý theo quy định hiện hành.",
    ]
    blocks = split_blocks(lines, [fold_keep(x) for x in lines])
    assert [b.marker for b in blocks] == ["num1", "num1", "num1", "dash"]
    assert "Khoáng sản Việt Nam, Công nghiệp - Viễn thông Quân đội theo" in blocks[1].text
    # the colon after "các Tập đoàn" opens their names, no heading
    assert inline_heading(blocks[1], MentionFinder(org)) is None


# Documents a letter cites, as (text, [(number, issuer, date), ...]): each case one rule.
CITED = [
    pytest.param(
        "Sau khi nghe Tờ trình của Ban Cán sự đảng Bộ Tài chính về chương trình hợp tác của "
        "các địa phương năm 2025 (Tờ trình số 12-TTr/BCS, ngày 02/3/2025), Bộ Chính trị kết luận.",
        [("12-TTr/BCS", "Ban Cán sự đảng Bộ Tài chính", "2025-03-02")],
        id="a number in brackets takes the issuer its sentence named with the same document",
    ),
    pytest.param(
        "Báo cáo về hoạt động của bộ máy tháng 3/2025 (Báo cáo số 40-BC/BTC, ngày 01/4/2025).",
        [("40-BC/BTC", None, "2025-04-01")],
        id="a lower-case 'của ...' before the bracket is what the document is about",
    ),
    pytest.param(
        "Ngày 14/3/2025, Tổng cục Hải quan (nay là Cục Hải quan) đã ban hành Công văn số "
        "1520/TCHQ-GSQL về thủ tục tạm nhập. Các đơn vị kê khai trên tờ khai 02/KK-HQ và theo "
        "mẫu số 07/BC-HQ.",
        [("1520/TCHQ-GSQL", "Tổng cục Hải quan", "2025-03-14")],
        id="a body under its former name on the day the sentence opens with; forms are none",
    ),
    pytest.param(
        "Chính phủ đã ban hành Nghị quyết số 12.4/2025/NQ-CP về thủ tục đầu tư. Năm bộ đã phê "
        "duyệt phương án *(Ngày 05/9/2025, Bộ Công Thương tiếp tục ban hành Quyết định số "
        "2210/QĐ-BCT bổ sung phương án).*",
        [("12.4/2025/NQ-CP", "Chính phủ", "None"), ("2210/QĐ-BCT", "Bộ Công Thương", "2025-09-05")],
        id="a number under another, and a bracket that opens with the document's day",
    ),
    pytest.param(
        "Thực hiện Kết luận số 310-KL/TW ngày 02/10/2025 của Bộ Chính trị, Ban Bí thư về công "
        "tác cán bộ, các bộ rà soát quy hoạch.[3] Bộ Chính trị, Ban Bí thư đã có Kết luận số "
        "320-KL/TW ngày 20/10/2025. Về việc này, Chính phủ đã ban hành Nghị quyết số 90/NQ-CP.",
        [
            ("310-KL/TW", "Bộ Chính trị, Ban Bí thư", "2025-10-02"),
            ("320-KL/TW", "Bộ Chính trị, Ban Bí thư", "2025-10-20"),
            ("90/NQ-CP", "Chính phủ", "None"),
        ],
        id="the Politburo and the Secretariat issue jointly",
    ),
    pytest.param(
        "Thực hiện ý kiến của Ban Kinh tế Trung ương tại Văn bản số 812-CV/BKTTW ngày 02/9/2025 "
        "về các kết luận của Bộ Chính trị và Văn bản số 850-CV/BKTTW ngày 15/9/2025 về quy hoạch, "
        "Bộ Xây dựng đã hướng dẫn theo Công văn số 4410/BXD-QH. Ngày 31/10/2025, Văn phòng nhận "
        "văn bản đề ngày 28 tháng 10 năm 2025 số 21/CV-HHXD của Hiệp hội Nhà thầu.",
        [
            ("812-CV/BKTTW", "Ban Kinh tế Trung ương", "2025-09-02"),
            ("850-CV/BKTTW", "Ban Kinh tế Trung ương", "2025-09-15"),
            ("4410/BXD-QH", None, "None"),  # cited on its own after the list: not that body's
            ("21/CV-HHXD", "Hiệp hội Nhà thầu", "2025-10-28"),  # "đề ngày ... số ..."
        ],
        id="documents listed with 'và' after a body's opinion are that body's",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITED)
def test_the_documents_a_letter_cites(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert cited(text) == expected


def test_a_document_the_subject_line_names_takes_its_place_in_the_letters_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 812/VPCP-NN\nV/v triển khai Nghị định 140/2025/NĐ-CP\n"
        "Hà Nội, ngày 3 tháng 11 năm 2025\n\nKính gửi: Bộ Nông nghiệp và Môi trường.\n\n"
        "Xét văn bản số 21/CV-HHCN ngày 28/10/2025 của Hiệp hội Chăn nuôi về khó khăn khi triển"
        " khai Nghị định số 140/2025/NĐ-CP, Phó Thủ tướng có ý kiến như sau:\n"
        "Giao Bộ Nông nghiệp và Môi trường nghiên cứu, xử lý kiến nghị của Hiệp hội.\n" + TAIL,
        org,
        calendar,
    )
    assert [r.number for r in record.references] == ["21/CV-HHCN", "140/2025/NĐ-CP"]
