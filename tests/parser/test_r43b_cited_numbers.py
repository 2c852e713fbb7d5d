"""Round 43b: the numbers of the letters a short Government Office letter answers, as older
ministries and companies numbered them and as legal-text sites print them: a space where the
slash after the serial goes ("1183 BC/NG-LS", cited as printed), a year or a unit's code set
off by a space ("09/BTK /07", "7776/UBND .VP"), the date's word glued on ("... .VPngày"), a
company's number wrapped after a hyphen ("THT-13- 56/CV") and hyphens only with the date
after a comma ("1532-VHĐN-UNESCO, ngày ...")."""

from __future__ import annotations

from datetime import date

import pytest

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _one(text: str) -> tuple[str, date | None]:
    refs = find_references(text, fold_keep(text), None, 2030)
    assert len(refs) == 1, refs
    return refs[0].number, refs[0].issued_on


@pytest.mark.parametrize(
    ("text", "number", "issued_on"),
    [
        (
            "Xét đề nghị của Bộ Xây dựng (công văn số 2214 XD/KH-TC ngày 03 tháng 6 năm 2004) "
            "về việc cải tạo chung cư cũ, Phó Thủ tướng có ý kiến như sau:",
            "2214 XD/KH-TC",
            date(2004, 6, 3),
        ),
        (
            "Xét đề nghị của Hội đồng quốc gia (công văn số 15/HĐQG /09 ngày 12 tháng 3 năm "
            "2009) về việc kiện toàn Hội đồng, Thủ tướng Chính phủ có ý kiến sau:",
            "15/HĐQG/09",
            date(2009, 3, 12),
        ),
        (
            "ý kiến của Ủy ban nhân dân tỉnh Ninh Thuận (công văn số 512/UBND .KTngày 04 tháng "
            "9 năm 2011) về việc xây dựng cảng cá,",
            "512/UBND.KT",
            date(2011, 9, 4),
        ),
        (
            "Xét đề nghị của Công ty cổ phần Sao Mai (văn bản số SM-11- 08/CV ngày 17 tháng 8 "
            "năm 2012) về việc đầu tư khu du lịch,",
            "SM-11-08/CV",
            date(2012, 8, 17),
        ),
        (
            "Xét đề nghị của Bộ Văn hóa (công văn số 2045-VHTT-HTQT, ngày 20 tháng 6 năm 2006) "
            "về việc tổ chức tuần văn hóa,",
            "2045-VHTT-HTQT",
            date(2006, 6, 20),
        ),
    ],
)
def test_an_older_number_is_read_whole(text: str, number: str, issued_on: date) -> None:
    assert _one(text) == (number, issued_on)
