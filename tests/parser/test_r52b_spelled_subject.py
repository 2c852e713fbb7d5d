"""Round 52b: a letter that writes "Về việc ..." where most write "V/v ..." (issue 10's list)
has the same subject and header wherever the line stands: under the number, glued to the
number on a flattened line, above the motto where the left column is read first, on its own
line where an ebook's text runs are glued back (not run into the date), under the
distribution list of a flattened page. Before, all of these lost the subject, and the issuer
with it above the motto (`bench/perturb.py --only ve-viec`: 122 fields over 16 letters -> 3
over 1)."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed
from tests.parser.signed import signed

_SUBJECT = "tăng cường quản lý hồ sơ thiết kế công trình"
_BODY = (
    "Kính gửi: Ủy ban nhân dân các xã, phường.\n\n"
    "Sở Xây dựng đề nghị Ủy ban nhân dân các xã, phường rà soát hồ sơ thiết kế các công "
    "trình trên địa bàn, báo cáo kết quả trước ngày 15/6/2026.\n"
)
_CLOSING = signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Văn Hùng")
_ISSUER = "UBND TỈNH LÀO CAI\nSỞ XÂY DỰNG\n"
_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_DATE = "Lào Cai, ngày 02 tháng 6 năm 2026\n"

_LETTERS = {
    # the left column's lines, then the right column's
    "under the number": f"{_ISSUER}Số: 812/SXD-QLXD\nVề việc {_SUBJECT}\n{_MOTTO}{_DATE}\n",
    # both columns flattened onto shared lines
    "glued to the number": f"{_ISSUER}{_MOTTO}Số: 812/SXD-QLXD Về việc {_SUBJECT}\n{_DATE}\n",
    # a page that prints the subject above the motto and has no number line above it
    "above the motto": f"{_ISSUER}Về việc {_SUBJECT}\n{_MOTTO}{_DATE}\n",
}


@pytest.mark.parametrize("layout", sorted(_LETTERS))
def test_a_spelled_out_subject_is_the_subject(
    layout: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_text(_LETTERS[layout] + _BODY + _CLOSING, org, calendar)
    assert got.subject == _SUBJECT
    assert got.issuer == "Sở Xây dựng"
    assert got.document_type == "CÔNG VĂN"
    assert [a.lead_unit for a in got.actions] == ["Ủy ban nhân dân các xã, phường"]


def test_under_the_distribution_of_a_flattened_page(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # the right column first, then the left column's subject under the body's list
    letter = (
        f"{_ISSUER}Số: 812/SXD-QLXD\n{_MOTTO}{_DATE}\n{_BODY}\nNơi nhận:\n- Như trên;\n"
        f"- Lưu: VT, QLXD.\nVề việc {_SUBJECT}\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Hùng\n"
    )
    got = parse_text(letter, org, calendar)
    assert got.subject == _SUBJECT
    assert got.distribution == ["Như trên", "Lưu: VT, QLXD"]


def test_a_body_sentence_opening_ve_viec_is_no_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # a letter with no subject line: "Về việc này, ..." opens the body after "Kính gửi"
    letter = (
        f"{_ISSUER}Số: 812/SXD-QLXD\n{_MOTTO}{_DATE}\nKính gửi: Ủy ban nhân dân các xã.\n\n"
        "Về việc này, Sở Xây dựng đề nghị Ủy ban nhân dân các xã báo cáo trước ngày "
        "15/6/2026.\n" + _CLOSING
    )
    assert parse_text(letter, org, calendar).subject is None


def test_an_ebooks_runs_keep_the_subject_off_the_date() -> None:
    # a page exported one text run a line (enough broken words that it reads as runs):
    # "Về việc" opens the subject's paragraph as "V/v" does, not the date's last words
    fill = "\n".join(["Căn", "cứ Luật Xây d", "ự", "ng, cơ qu", "a", "n thuế t", "ha", "y;"] * 8)
    runs = "Lào Cai, ngày 02\ntháng 6 năm 2026\nVề việc tăng cường quản lý\nhồ sơ thiết kế"
    lines = reflowed(fill + "\n" + runs).splitlines()
    assert "Lào Cai, ngày 02 tháng 6 năm 2026" in lines
    assert "Về việc tăng cường quản lý hồ sơ thiết kế" in lines
