"""Round 43b: the bodies a Government Office letter's opening names with each one's letter in
brackets after its name ("Xét đề nghị của X (công văn số A ...), ý kiến của Y (công văn số B
...), Z (công văn số C ...)"): a body after the bracket closing the item before it is its
letter's issuer; a list opened by "các Bộ, ngành:" gives its shared "Bộ" to each item that is
no body's name itself; the asking words name the body without "của" ("Xét đề nghị Bộ Y tế
(văn bản số ...)", "của" misprinted "ca"). A name bounded by "của" and its bracket holds the
country owning the body ("... của Việt Nam"), a steering board's task, a known name's hyphen
written tight ("Lao động-Thương binh") and an abbreviation's dots ("A.B.C")."""

from __future__ import annotations

import pytest

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _issuers(text: str) -> dict[str, str | None]:
    return {r.number: r.issuer for r in find_references(text, fold_keep(text), None, 2030)}


def test_the_next_body_of_a_list_issues_the_letter_in_its_bracket() -> None:
    text = (
        "Xét đề nghị của Ủy ban nhân dân tỉnh Quảng Trị (công văn số 101/UBND-KT ngày 02 tháng 3 "
        "năm 2012), ý kiến của Bộ Xây dựng (công văn số 55/BXD-QH ngày 09 tháng 3 năm 2012), Bộ "
        "Tài chính (công văn số 77/BTC-ĐT ngày 12 tháng 3 năm 2012) về việc xây dựng cảng cá, "
        "Phó Thủ tướng có ý kiến như sau:"
    )
    assert _issuers(text) == {
        "101/UBND-KT": "Ủy ban nhân dân tỉnh Quảng Trị",
        "55/BXD-QH": "Bộ Xây dựng",
        "77/BTC-ĐT": "Bộ Tài chính",
    }


def test_a_list_opened_by_its_organ_gives_it_to_each_item() -> None:
    text = (
        "Xét đề nghị của Bộ Y tế (công văn số 10/BYT-KH ngày 03 tháng 4 năm 2011) và ý kiến "
        "của các Bộ, ngành:Nội vụ (công văn số 12/BNV-TCBC ngày 05 tháng 4 năm 2011), Tư "
        "pháp(công văn số 34/BTP-PL ngày 06 tháng 4 năm 2011), ngân hàng Chính sách xã hội(công "
        "văn số 56/NHCS-KH ngày 07 tháng 4 năm 2011) về việc tuyển dụng viên chức,"
    )
    assert _issuers(text) == {
        "10/BYT-KH": "Bộ Y tế",
        "12/BNV-TCBC": "Bộ Nội vụ",
        "34/BTP-PL": "Bộ Tư pháp",
        "56/NHCS-KH": "ngân hàng Chính sách xã hội",
    }


@pytest.mark.parametrize("asking", ["Xét đề nghị", "Xét đề nghị ca"])
def test_the_asking_words_name_the_body_before_its_bracket(asking: str) -> None:
    text = f"{asking} Bộ Y tế (văn bản số 900/BYT-KH ngày 04 tháng 5 năm 2016) về việc mua vắc xin,"
    assert _issuers(text) == {"900/BYT-KH": "Bộ Y tế"}


def test_a_body_inside_what_is_asked_is_no_issuer() -> None:
    text = "Xét đề nghị về việc hỗ trợ Sở Y tế (công văn số 31/SYT-KH ngày 04 tháng 5 năm 2016),"
    assert _issuers(text) == {"31/SYT-KH": None}


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Ủy ban liên chính phủ của Việt Nam", "15/UBLCP/09"),
        (
            "Ban Chỉ đạo quốc gia phòng chống thiên tai do biến đổi khí hậu gây ra trong khu vực "
            "miền núi và trung du phía Bắc",
            "45/BCĐ-VP",
        ),
        ("Sở Lao động-Thương binh và Xã hội", "88/SLĐTBXH-VP"),
        ("Công ty cổ phần A.B.C", "ABC-15-02/CV"),
    ],
)
def test_a_name_bounded_by_its_bracket_is_whole(name: str, number: str) -> None:
    text = f"Xét đề nghị của {name} (công văn số {number} ngày 22 tháng 01 năm 2009) về việc X,"
    assert _issuers(text) == {number: name}


def test_a_subject_after_the_name_still_ends_it() -> None:
    text = (
        "Xét đề nghị của Bộ Công Thương về việc điều chỉnh giá điện (công văn số 61/BCT-ĐTĐL "
        "ngày 02 tháng 6 năm 2010),"
    )
    assert _issuers(text) == {"61/BCT-ĐTĐL": "Bộ Công Thương"}
