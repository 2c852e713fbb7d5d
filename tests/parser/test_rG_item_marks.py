"""An item is an item whatever mark a source writes for its dash: an en dash, an em dash or
a bullet opens an item as "-" does, in every pass that reads the page's lines (so in a page
whose text runs stand one a line, where the paragraphs are put back before the letter is
read: an item's mark ends the paragraph before it)."""

from __future__ import annotations

import re

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed
from directives.parser.source_marks import plain_marks

# A made-up letter exported one text run a line, its distribution's entries without a stop
_RUNS = """SỞ NÔNG NGHIỆP
TỈNH ĐỒNG LAM
_______
Số:
8
7/
QĐ
-
BNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
  NAM
Độc lập - Tự do - Hạnh phúc
________________________
Đồng Lam, ngày 9
  tháng 10 năm 2023
V/v rà soát
  diện tích gieo trồng
  vụ Đông Xuân
Kính
gửi:
Phòng
Nông nghiệp các huyện, thị xã
Ngày 05/10/2023, Ủy ban nhân dân tỉnh
có văn bản chỉ đạo về
việc chuẩn bị
vụ Đông Xuân. Sở Nông nghiệp
giao nhiệm vụ cho
các đơn vị như sau:
1. Phòng Trồng trọt
số 1
- Đầu mối lập danh
sách các hộ có nhu cầu hỗ trợ giống, báo cáo về Sở
trước ngày 30
tháng 10 năm 2023.
2. Phòng Trồng trọt
số 2
- Đầu mối hướng dẫn
kỹ thuật gieo trồng cho
các hộ trên địa bàn.
Trong quá trình thực
hiện, nếu có khó khăn, vướng
mắc, đề nghị các phòng kịp
thời phản ánh về Sở để được hướng dẫn
giải quyết./.
Nơi nhận:
- Như trên;
- Giám đốc Sở (để b/c)
- Vụ Pháp chế-B
ộ
Nông nghiệp
  (để b/c)
- CT, các PCT UBND tỉnh;
- Chi cục Trồng trọt;
- Trung tâm Khuyến nông
- Lưu: VT, KH.
KT. GIÁM
  ĐỐC
PHÓ GIÁM ĐỐC
Lê Thị
Hoa
"""


@pytest.mark.parametrize("mark", ["\u2013", "\u2014", "\u2022"])
def test_an_item_written_with_another_dash_is_an_item(
    mark: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    marked = re.sub(r"(?m)^-(?=\s)", mark, _RUNS)
    # the page's paragraphs put back as they are with "-" (the number's "-" run too)
    assert reflowed(plain_marks(marked)) == reflowed(_RUNS)
    plain = parse_text(_RUNS, org, calendar)
    assert plain.number == "87/QĐ-BNN"
    assert plain.distribution[2] == "Vụ Pháp chế-Bộ Nông nghiệp (để b/c)"
    assert parse_text(marked, org, calendar) == plain


# The front matter such an export opens with, its field names holding underscores
_FRONT = (
    '---\nso_hieu: "CV 87.2023 RA SOAT GIEO TRONG"\nten: "CV 87.2023 RA SOAT GIEO TRONG"\n'
    'tinh_trang: "con_hieu_luc"\n---\n\n# CV 87.2023 RA SOAT GIEO TRONG\n\n'
)


def test_a_converters_markdown_escapes_are_undone_before_the_page_is_read(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = _FRONT + _RUNS
    escaped = re.sub(r"(?m)^([-+])(?=\s)", r"\\\1", page.replace("_", "\\_"))
    assert "so\\_hieu:" in escaped and "\n\\- Như trên;" in escaped
    # the front matter told as such and left out, the items apart, as on the page unescaped
    assert reflowed(escaped) == reflowed(page)
    assert parse_text(escaped, org, calendar) == parse_text(page, org, calendar)


def test_a_letter_whose_items_open_with_plus_alone_reads_them_as_dashes(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    plussed = re.sub(r"(?m)^-(?=\s)", "+", _RUNS)
    assert "\n- " not in plussed
    assert parse_text(plussed, org, calendar) == parse_text(_RUNS, org, calendar)
    # (a "+" under a "-" item stays the lower item it is)
    ranked = "Nơi nhận:\n- Văn phòng Sở:\n+ Lãnh đạo Văn phòng;\n- Lưu: VT.\n"
    assert plain_marks(ranked) == ranked
