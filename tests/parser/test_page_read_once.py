"""A page's characters are read once (``chars.read_page``), by every pass alike: a crawler's
entity is decoded once, so an "&amp;" the letter's own text escaped stays one "&" mark as
written ("&amp;" on a page that wrote an entity's name), not decoded again by a later pass."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.chars import read_page
from directives.parser.clean import clean_text
from directives.parser.shreds import reflowed

_LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG XANH\n\nSố: 88/UBND-KT\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Đồng Xanh, ngày 12 tháng 3 năm 2026\n\n"
    "V/v thống nhất ký hiệu &amp;lt;TN&amp;amp;MT&amp;gt; trên cổng thông tin\n\n"
    "Kính gửi: Sở Nông nghiệp và Môi trường.\n\n"
    "1. Giao Sở Nông nghiệp và Môi trường rà soát ký hiệu văn bản trên cổng thông tin.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n"
)


def test_an_entity_is_decoded_once_whatever_pass_reads_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = read_page("A &amp;lt;b&amp;gt;\r\n\u2013 Bộ X;\u00a0")
    assert page == "A &lt;b&gt;\n- Bộ X; "
    assert clean_text("Sở TN&amp;amp;MT") == ["Sở TN&amp;MT"]
    assert "Sở TN&amp;MT" in reflowed("Sở TN&amp;amp;MT")
    # the subject as the page wrote it once its one layer of entities is read: not decoded again
    subject = parse_text(_LETTER, org, calendar).subject or ""
    assert "&lt;TN&amp;MT&gt;" in subject
