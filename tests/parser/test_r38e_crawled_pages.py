"""Round 38e: a crawler's page of a letter ("TIÊU ĐỀ: ..." and a "====" rule over it, the
letterhead's two columns flattened onto lines joined with " | "), with the whole "Nơi nhận"
list on one line and the signer's block glued after it with " | " ("... - Lưu: VT. | CHỦ TỊCH
Trần Văn Bình", "... | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Bình").

The signer's block follows the list's last entry ("Lưu: ..."), however long the list; when the
capacity signs for a body ("TM. ỦY BAN NHÂN DÂN"), the body's name in capitals stands between
the capacity and the signer's title (README: signer as capacity, title, name).
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_ENTRIES = [f"Sở Ngành {n}" for n in ("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám")]


def _page(block: str, entries: list[str]) -> str:
    listed = " ".join(f"- {e};" for e in entries)
    return f"""TIÊU ĐỀ: Nghị quyết 12/2025/NQ-HĐND về mức chi hỗ trợ trên địa bàn tỉnh Bình An
====================

HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 12/2025/NQ-HĐND | Bình An, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT

QUY ĐỊNH MỨC CHI HỖ TRỢ TRÊN ĐỊA BÀN TỈNH BÌNH AN

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Điều 1. Quy định mức chi hỗ trợ trên địa bàn tỉnh.

Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026./.

Nơi nhận: {listed} - Lưu: VT. | {block}

PHỤ LỤC

MỨC CHI HỖ TRỢ (Kèm theo Nghị quyết số 12/2025/NQ-HĐND)

| STT | Nội dung | Mức chi |
| 1 | Hỗ trợ một lần | 2.000.000 |
"""


@pytest.mark.parametrize("many", [2, 8])
@pytest.mark.parametrize(
    ("block", "signer"),
    [
        ("CHỦ TỊCH Trần Văn Bình", (None, "CHỦ TỊCH", "Trần Văn Bình")),
        ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Hoa", ("KT.", "PHÓ CHỦ TỊCH", "Lê Thị Hoa")),
        ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Bình", ("TM.", "CHỦ TỊCH", "Trần Văn Bình")),
        (
            "TM. HỘI ĐỒNG NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Hoa",
            ("KT.", "PHÓ CHỦ TỊCH", "Lê Thị Hoa"),
        ),
    ],
)
def test_the_signer_glued_after_a_one_line_list(
    many: int,
    block: str,
    signer: tuple[str | None, str, str],
    org: OrgDirectory,
    calendar: WorkingCalendar,
) -> None:
    record = parse_text(_page(block, _ENTRIES[:many]), org, calendar)
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title, record.signer.name) == signer
    assert record.distribution == [*_ENTRIES[:many], "Lưu: VT"]


def test_a_note_after_an_entrys_semicolon_stays_with_the_entry(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "- Như Điều 2; (để báo cáo) - Sở Ngành Một; (để biết) - Lưu: VT | ...": a note in
    brackets the list wrote after an entry's ";" is that entry's; the next dash opens the next."""
    entries = ["Như Điều 2; (để báo cáo)", "Sở Ngành Một; (để biết)", "Sở Ngành Hai"]
    page = _page("CHỦ TỊCH Trần Văn Bình", entries).replace("); - ", ") - ")
    assert "(để báo cáo) - Sở" in page
    record = parse_text(page, org, calendar)
    assert record.distribution == [*entries, "Lưu: VT"]
    # (a bracket inside an entry, before its own dash-free words, is no note after its end)
    page = _page("CHỦ TỊCH Trần Văn Bình", ["Cục Kiểm soát (Văn phòng Chính phủ) - Bộ Tư pháp"])
    assert parse_text(page, org, calendar).distribution == [
        "Cục Kiểm soát (Văn phòng Chính phủ) - Bộ Tư pháp",
        "Lưu: VT",
    ]


def test_a_letterheads_two_bodies_flattened_onto_one_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "UBND TỈNH BÌNH AN TRUNG TÂM DỊCH VỤ CÔNG | CỘNG HÒA ...": the province's committee
    over the centre that issues, the two lines of the left column run onto one."""
    page = _page("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Thị Hoa", ["Sở Ngành Một"]).replace(
        "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN  |", "UBND TỈNH BÌNH AN TRUNG TÂM DỊCH VỤ CÔNG  |"
    )
    record = parse_text(page, org, calendar)
    assert (record.parent_issuer, record.issuer) == (
        "Ủy ban nhân dân tỉnh Bình An",
        "Trung tâm Dịch vụ công",
    )


@pytest.mark.parametrize(
    ("clause", "organs"),
    [
        (
            "Thường trực Hội đồng nhân dân, các Ban hội đồng nhân dân, các Tổ đại biểu và đại"
            " biểu Hội đồng nhân dân tỉnh trong phạm vi, quyền hạn giám sát",
            [
                "Thường trực Hội đồng nhân dân",
                "các Ban hội đồng nhân dân",
                "các Tổ đại biểu",
                "đại biểu Hội đồng nhân dân tỉnh",
            ],
        ),
        (
            "Thường trực, các ban, các tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát",
            ["Thường trực", "các ban", "các tổ đại biểu", "đại biểu Hội đồng nhân dân tỉnh"],
        ),
    ],
)
def test_a_councils_organs_named_jointly_in_short(
    clause: str, organs: list[str], org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """The council's organs that monitor, some named without the council ("các Ban hội đồng
    nhân dân", "Thường trực, các ban, ..."): the standing committee leads, as written, the
    others coordinate (README: several bodies named jointly)."""
    page = _page("CHỦ TỊCH Trần Văn Bình", ["Sở Ngành Một"]).replace(
        "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
        "Điều 2. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị"
        f" quyết này.\n\n2. {clause} việc thực hiện Nghị quyết này.",
    )
    actions = parse_text(page, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions[1:]] == [(organs[0], organs[1:])]


def test_other_boards_after_a_standing_committee_are_no_council_organs(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Thường trực, các ban ngành ...": no council named, so no council's organs."""
    from directives.parser.council import council_organs

    assert council_organs("Thường trực, các ban ngành tỉnh theo dõi việc thực hiện") is None


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        (
            "Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh, các cơ quan"
            " Trung ương đóng tại địa phương có trách nhiệm tổ chức quán triệt Quy định này",
            [
                "Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh",
                "các cơ quan Trung ương đóng tại địa phương",
            ],
        ),
        (
            "Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh có trách nhiệm"
            " tổ chức quán triệt Quy định này",
            ["Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh"],
        ),
    ],
)
def test_kinds_listed_each_with_its_qualifier_then_another_plural(
    sentence: str, bodies: list[str]
) -> None:
    """ "Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc X, các cơ quan Y có trách nhiệm ...":
    the kinds listed (each its own qualifier) under one "thuộc X" are the lead; a plural after
    them, before the duty, is asked jointly."""
    from directives.parser.subjects import subject_bodies

    assert subject_bodies(sentence) == bodies


def test_a_slash_misprinted_as_a_digit_before_the_code(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Nghị định số 45/20177NĐ-CP": the slash before the code typed as a digit, the year
    then five digits; cited as printed, like one whose slash was lost ("275/2025NĐ-CP")."""
    page = _page("CHỦ TỊCH Trần Văn Bình", ["Sở Ngành Một"]).replace(
        "số 72/2025/QH15;",
        "số 72/2025/QH15;\n\nCăn cứ Nghị định số 45/20177NĐ-CP của Chính phủ quy định chi tiết;",
    )
    cited = [(r.number, r.type, r.issuer) for r in parse_text(page, org, calendar).references]
    assert ("45/20177NĐ-CP", "nghị định", "Chính phủ") in cited


def test_a_footnote_mark_glued_inside_the_words_after_a_known_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "... của Bộ trưởng Bộ Công Thương quy 7định chi tiết ...": a footnote's number glued to
    the word after the issuer hides its "quy định"; the known body's name still ends it."""
    page = _page("CHỦ TỊCH Trần Văn Bình", ["Sở Ngành Một"]).replace(
        "số 72/2025/QH15;",
        "số 72/2025/QH15;\n\nCăn cứ Thông tư số 03/2025/TT-BTC ngày 15/01/2025 của Bộ trưởng"
        " Bộ Công Thương quy 7định chi tiết và hướng dẫn thi hành một số điều;",
    )
    cited = {r.number: r.issuer for r in parse_text(page, org, calendar).references}
    assert cited["03/2025/TT-BTC"] == "Bộ trưởng Bộ Công Thương"
