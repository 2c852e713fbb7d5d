"""Round 15: an OCR'd letter whose letterhead lost some accents ("VAN PHONG BỘ NOI VU CONG
HOA XÃ HOI ...", both columns on one line) and whose closing was flattened: the signer's title
(no TM./KT. before it) on the "Noi nhận:" line, the list's dashes read as "~" or "_", the
signer's name at the end of the list."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import clean_text
from directives.parser.flat import unflatten
from directives.parser.names import org_display

_LETTER = """VAN PHONG UY BAN DAN TOC CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hanh phúc

Số: 512/TB-VPUB Hà Nội, ngày 14 tháng 6 năm 2023

THÔNG BÁO
Kết luận của Bộ trưởng tại buổi làm việc về chính sách dân tộc

Ngày 08 tháng 6 năm 2023, Bộ trưởng đã chủ trì buổi làm việc về chính sách dân tộc.
Chủ tịch có ý kiến kết luận như sau:

1. Vụ Chính sách dân tộc chủ trì rà soát các chương trình, báo cáo trước ngày 30 tháng 7 năm 2023.

Văn phòng thông báo để các đơn vị biết, thực hiện./.

Noi nhận: - CHÁNH VĂN PHÒNG
~ Bộ trưởng (để b/c); =

- Các Vụ: Chính sách dân tộc, Tổng hợp;

_ Lưu: VT, TH.

Lê Thanh Bình
"""


def test_a_national_name_that_lost_its_accents_is_cut_from_the_body_beside_it() -> None:
    assert unflatten(["VAN PHONG CHINH PHU CONG HOA XA HOI CHU NGHIA VIET NAM"]) == [
        "VAN PHONG CHINH PHU",
        "CONG HOA XA HOI CHU NGHIA VIET NAM",
    ]
    # a sentence naming the state is not a letterhead: it stays whole
    line = "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam quy định"
    assert unflatten([line]) == [line]


def test_a_body_name_that_lost_its_accents_keeps_its_capitals_where_written() -> None:
    assert org_display("VAN PHONG CHÍNH PHU") == "Van phong Chính phu"
    assert org_display("VĂN PHÒNG CHÍNH PHỦ") == "Văn phòng Chính phủ"


def test_the_letterhead_that_lost_accents_names_the_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_LETTER, org, calendar).issuer == "Van phong Uy ban dan toc"


def test_the_title_on_the_list_label_and_the_name_ending_the_list_are_the_signer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.signer is not None
    assert (record.signer.title, record.signer.name) == ("CHÁNH VĂN PHÒNG", "Lê Thanh Bình")
    assert record.distribution == [
        "Bộ trưởng (để b/c)",
        "Các Vụ: Chính sách dân tộc, Tổng hợp",
        "Lưu: VT, TH",
    ]


def test_ocr_dashes_open_items_and_a_page_mark_drops_its_number() -> None:
    lines = clean_text(
        "a) Sở Y tế:\n\n_ Rà soát các cơ sở khám bệnh;\n\n~ Tổng hợp kết quả.\n\n"
        "--- PAGE BREAK ---\n\n4\n\nb) Sở Tài chính bố trí kinh phí.\n"
    )
    assert "- Rà soát các cơ sở khám bệnh;" in lines
    assert "- Tổng hợp kết quả." in lines
    assert "4" not in lines
    assert "b) Sở Tài chính bố trí kinh phí." in lines


_LOST_NUMBER = """ỦY BAN DÂN TỘC
Số: 77/TB-UBND Ninh Bình, ngày 20 tháng 9 năm 2023

THÔNG BÁO
Kết luận của Chủ tịch tại cuộc họp về số hóa dữ liệu

Chủ tịch có ý kiến kết luận như sau:

1. Ghi nhận các đơn vị đã chuẩn bị tốt báo cáo phục vụ cuộc họp.

. De nâng cao chất lượng dữ liệu, chia sẻ giữa các đơn vị, thời gian
tới, các sở, ngành cần tập trung các nhiệm vụ sau đây:

a) Rà soát, cập nhật cơ sở dữ liệu về công tác dân tộc.

b) Chuẩn hóa các biểu mẫu báo cáo định kỳ.

Văn phòng thông báo để các đơn vị biết, thực hiện./.
"""


def test_an_item_whose_number_was_lost_follows_the_one_before() -> None:
    lines = clean_text("1. Ghi nhận kết quả.\n\n. Để bảo đảm tiến độ, các sở cần:\n")
    assert "2. Để bảo đảm tiến độ, các sở cần:" in lines
    # a dot inside a paragraph's run of lines is no lost number
    assert ". Tiếp theo" in clean_text("1. Ghi nhận kết quả\n. Tiếp theo\n")


def test_a_purpose_clause_without_its_accents_leaves_the_bodies_after_it_leading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LOST_NUMBER, org, calendar)
    assert [(a.text[:8], a.lead_unit) for a in record.actions] == [
        ("Rà soát,", "các sở, ngành"),
        ("Chuẩn hó", "các sở, ngành"),
    ]
