"""Round 50 (batch 188): a crawled page runs the letterhead's column onto one line ("BỘ TÀI
CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA ..."): the body above and the issuing body are cut
apart (a body's own name, "BỘ NỘI VỤ", is left whole); and an annex form's blank field glued
after the signer's name ("Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……….") is no part of the signature."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_NATION = "------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------"
_LETTER = """{head} {nation}
Số: 778/TCHQ-GSQL V/v xử lý vướng mắc thực hiện Điều 41 Luật Hải quan
Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi: Cục Hải quan các tỉnh, thành phố.
Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố rà soát các tờ khai vận chuyển.
Nơi nhận:
- Như trên;
- Lưu: VT, GSQL(03b).
KT.
TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……….
ĐỊA CHỈ:....
"""


@pytest.mark.parametrize(
    ("head", "issuer", "parent"),
    [
        ("BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN", "Tổng cục Hải quan", "Bộ Tài chính"),
        (
            "ỦY BAN NHÂN DÂN TỈNH LÀO CAI SỞ CÔNG THƯƠNG",
            "Sở Công Thương",
            "Ủy ban nhân dân tỉnh Lào Cai",
        ),
        ("BỘ NỘI VỤ", "Bộ Nội vụ", None),
    ],
)
def test_two_bodies_on_the_letterhead_line_are_cut_apart(
    org: OrgDirectory, calendar: WorkingCalendar, head: str, issuer: str, parent: str | None
) -> None:
    parsed = parse_text(_LETTER.format(head=head, nation=_NATION), org, calendar)
    assert (parsed.issuer, parsed.parent_issuer) == (issuer, parent)


def test_a_blank_form_field_after_the_name_leaves_the_signature_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    head = "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN"
    signer = parse_text(_LETTER.format(head=head, nation=_NATION), org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == (
        "KT.",
        "PHÓ TỔNG CỤC TRƯỞNG",
        "Vũ Ngọc Anh",
    )
