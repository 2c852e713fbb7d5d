"""Round 16: short letters copied from web pages that glue words at their line breaks
("KGVXngày", "gửiThủ tướng"), a cited number with a space inside ("QĐ /BTC-QLCS"), a list of
recipients the first paragraph follows after a blank line, recipients asked together by their
common kind ("quý Cục"), and an acting head's title ("Q. VỤ TRƯỞNG") under "TL."."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TÀI CHÍNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 812/BTC-QLCS
V/v góp ý dự thảo quy chế quản lý tài sản công.

Hà Nội, ngày 10 tháng 4 năm 2015

Kính gửi:

- Cục Quản lý giá
- Cục Tin học và Thống kê tài chính

{cited}

Căn cứ Quyết định số 45/2010/QĐ /BTC-QLCS ngày 05/3/2010 của Bộ Tài chính về quản lý tài sản;

{asked}

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT, QLCS.

TL. BỘ TRƯỞNG
Q. CỤC TRƯỞNG CỤC QUẢN LÝ CÔNG SẢN, TÀI SẢN
VÀ TÀI CHÍNH CÔNG
Trần Văn Minh
""".format(
    cited="Văn phòng Chính phủ có Công văn số 3120/VPCP-KTTHngày 02 tháng 4 năm 2015 gửi Bộ Tài "
    "chính đề nghị góp ý về dự thảo quy chế quản lý tài sản công của Bộ Kế hoạch và Đầu tư "
    "gửiThủ tướng Chính phủ (Công văn số 1450/BKHĐT-QLĐT ngày 20 tháng 3 năm 2015).",
    asked="Để tổng hợp ý kiến trình Lãnh đạo Bộ, đề nghị quý Cục nghiên cứu dự thảo và gửi ý "
    "kiến về Cục Quản lý công sản trước ngày 20 tháng 4 năm 2015.",
)


def test_a_list_of_recipients_ends_where_a_long_paragraph_follows(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_LETTER, org, calendar).recipients == [
        "Cục Quản lý giá",
        "Cục Tin học và Thống kê tài chính",
    ]


def test_a_number_glued_to_its_date_word_or_spaced_before_a_slash_is_read_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = {r.number: r for r in parse_text(_LETTER, org, calendar).references}
    assert str(refs["3120/VPCP-KTTH"].issued_on) == "2015-04-02"
    spaced = refs["45/2010/QĐ/BTC-QLCS"]
    assert (spaced.issuer, str(spaced.issued_on)) == ("Bộ Tài chính", "2010-03-05")


def test_an_issuer_stops_at_a_stop_word_glued_to_the_next_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = {r.number: r for r in parse_text(_LETTER, org, calendar).references}
    assert refs["1450/BKHĐT-QLĐT"].issuer == "Bộ Kế hoạch và Đầu tư"


def test_recipients_asked_together_by_their_common_kind_lead_jointly(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert len(actions) == 1
    assert actions[0].lead_unit == "Cục Quản lý giá"
    assert actions[0].coordinating_units == ["Cục Tin học và Thống kê tài chính"]


def test_an_acting_head_under_tl_is_the_title_wrapped_onto_two_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_LETTER, org, calendar).signer
    assert signer is not None
    assert signer.capacity == "TL."
    assert signer.title == "Q. CỤC TRƯỞNG CỤC QUẢN LÝ CÔNG SẢN, TÀI SẢN VÀ TÀI CHÍNH CÔNG"
    assert signer.name == "Trần Văn Minh"
