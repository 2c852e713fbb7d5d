"""What a new source puts into a letter's text leaves its reading alone: a no-break space
("&nbsp;") reads as a space in every pass, also in those that read the page before its text
is cleaned (its front matter, its text runs put back into paragraphs); a legal-text site's
chrome lines set over the letter (its loading notice, its name, its breadcrumb) are the
page's, so the export's front matter under them is still the file's, not the letter's; a tab
after an item's marker is a space before a run is joined to it; the header's two columns set
side by side (flattened row by row, or a Markdown table) are read as the columns are."""

from __future__ import annotations

import re
from typing import Any

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_r39d_text_runs import _DECISION

_FRONT = (
    '---\nso_hieu: "CV 207.2023 KIEM TRA"\nten: "CV 207.2023 KIEM TRA"\nloai: "Khác"\n'
    'source: "EBOOK"\n---\n\n# CV 207.2023 KIEM TRA\n\n'
)
# one line per text run, as a word processor's HTML export gives it
_RUNS = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỤC QUẢN LÝ ĐẤT ĐAI
-------
CỘNG HÒA XÃ
  HỘI CHỦ NGHĨA VIỆT
NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số:
207
/
QLĐĐ
-KT
V/v kiểm tra
  việc cập nhật
  cơ sở dữ liệu đất đai
Hà Nội, ngày 09
  tháng 5 năm 2023
Kính
gửi:
Sở
Tài nguyên và Môi trường các tỉnh, thành phố trực thuộc
Trung ương
Thực hiện kế hoạch
công tác năm 2023, Cục
Quản lý đất đai đã tổng hợp
kết quả cập nhật
cơ sở dữ liệu đất đai
của các địa phương trong
quý I năm 2023 và
nhận thấy còn nhiều
hồ sơ chưa được
chỉnh lý biến động
kịp thời, dữ liệu
chưa đồng bộ
giữa các cấp
và chưa kết nối
với hệ thống
quốc gia.
Cục Quản lý đất đai đề nghị các
Sở Tài nguyên và Môi trường rà soát, chỉnh lý
hồ sơ địa chính trên địa bàn,
báo cáo kết quả về Cục trước ngày
30 tháng 6 năm 2023.
Trong quá trình thực
hiện, nếu có vướng
mắc, đề nghị các Sở kịp
thời phản ánh về Cục để được hướng dẫn
giải quyết./.
Nơi nhận:
-
  Như trên;
-
  Lãnh đạo Bộ (để
  b/c);
-
  Lưu: VT, KT.
KT. CỤC
  TRƯỞNG
PHÓ CỤC TRƯỞNG
Lê Minh
Châu
"""
_CHROME = (
    "Đang tải nội dung, vui lòng chờ giây lát...\n\nHệ thống pháp luật\n\n"
    "Trang chủ › Văn bản pháp luật\n\n"
)


def _fields(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> dict[str, Any]:
    record = parse_text(text, org, calendar).model_dump(mode="json")
    return {k: v for k, v in record.items() if k not in ("provenance", "warnings")}


def _every_third_space_nbsp(text: str) -> str:
    parts = text.split(" ")
    return (
        "".join(p + ("\u00a0" if i % 3 == 2 else " ") for i, p in enumerate(parts[:-1]))
        + (parts[-1])
    )


def test_the_letter_of_text_runs_is_read(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    fields = _fields(_FRONT + _RUNS, org, calendar)
    assert fields["number"] == "207/QLĐĐ-KT"
    assert fields["issuer"] == "Cục Quản lý đất đai"
    assert fields["recipients"] == [
        "Sở Tài nguyên và Môi trường các tỉnh, thành phố trực thuộc Trung ương"
    ]


def test_no_break_spaces_read_as_spaces(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    page = _FRONT + _RUNS
    spaced = _every_third_space_nbsp(page)
    assert _fields(spaced, org, calendar) == _fields(page, org, calendar)
    # (so a crawl's "&nbsp;" left as the entity)
    entities = spaced.replace("\u00a0", "&nbsp;")
    assert _fields(entities, org, calendar) == _fields(page, org, calendar)
    # (and the zero-width spaces and soft hyphens a page's word-break hints leave)
    words = page.split(" ")
    marked = " ".join(w + "\u200b" if i % 5 == 4 else w for i, w in enumerate(words))
    assert _fields(marked, org, calendar) == _fields(page, org, calendar)


def test_a_sites_chrome_over_the_front_matter_is_the_pages(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = _FRONT + _RUNS
    assert _fields(_CHROME + page, org, calendar) == _fields(page, org, calendar)


def _tabbed(text: str) -> str:
    """A word processor's list: a tab, not a space, after each item's marker."""
    return re.sub(r"^(\d{1,2}\.|[a-zđ]\)|-) (?=\S)", "\\1\t", text, flags=re.MULTILINE)


def test_a_tab_after_a_marker_joined_to_its_article_word_reads_as_a_space(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """The runs "Điều" / "3.<tab>Tổ chức thực hiện" are put back on one line: the tab, no
    longer opening its line, was taken for a column gap and the article lost its title (and
    the decision's part on carrying it out, its tasks)."""
    tail = _DECISION[_DECISION.index("Chương\nIII") :]
    page = _FRONT + _DECISION.replace(tail, _CARRYING_OUT)
    page = page.replace("Điều 2. Tiếp", "Điều\n2. Tiếp").replace("Điều 1. Phạm", "Điều\n1. Phạm")
    fields = _fields(page, org, calendar)
    assert [a["lead_unit"] for a in fields["actions"]] == ["Sở Tài nguyên và Môi trường"]
    assert _fields(_tabbed(page), org, calendar) == fields


_CARRYING_OUT = """Điều
3. Tổ chức thực hiện
Thủ trưởng
Sở Tài nguyên và Môi trường, Trưởng các
đơn vị có liên quan có trách nhiệm hướng dẫn, triển khai
thực hiện Quy trình này.
"""
_COLUMNS = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỤC QUẢN LÝ ĐẤT ĐAI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
"""
# the header's two columns set side by side: flattened row by row, or as a Markdown table
_FLATTENED = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC QUẢN LÝ ĐẤT ĐAI Độc lập - Tự do - Hạnh phúc
------- ---------------
"""
_CUT_FLATTENED = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC QUẢN LÝ Độc lập - Tự do - Hạnh phúc
ĐẤT ĐAI ---------------
-------
"""
_PIPE_TABLE = """| BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| --- | --- |
| CỤC QUẢN LÝ ĐẤT ĐAI | Độc lập - Tự do - Hạnh phúc |
| ------- | --------------- |
"""


def test_a_page_of_runs_with_the_headers_columns_side_by_side(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """A rule under each column set on one row ("------- ---------------", or a cell's last
    words before the other's rule) ends the header's cell as a rule alone does; a Markdown
    table's row stands alone: the number under them is read whole."""
    body = _RUNS[_RUNS.index("Số:\n") :]
    cut = _COLUMNS.replace("CỤC QUẢN LÝ ĐẤT ĐAI", "CỤC QUẢN LÝ\nĐẤT ĐAI")
    for columns, side_by_side in (
        (_COLUMNS, _FLATTENED),
        (cut, _CUT_FLATTENED),
        (_COLUMNS, _PIPE_TABLE),
    ):
        plain = _fields(_FRONT + columns + body, org, calendar)
        assert plain["number"] == "207/QLĐĐ-KT"
        assert _fields(_FRONT + side_by_side + body, org, calendar) == plain


_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 318/UBND -NN
V/v rà soát diện tích đất trồng lúa
{date}
Kính gửi: Sở Nông nghiệp và Môi trường

Ủy ban nhân dân tỉnh đề nghị Sở Nông nghiệp và Môi trường rà soát diện tích đất trồng lúa,
báo cáo trước ngày 30/4/2024.

CHỦ TỊCH

Trần Văn Minh
"""


def test_the_place_after_a_number_whose_code_goes_on_after_a_space(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Số: 318/UBND -NN Hải Dương, ngày ...": the number's and the date's columns on one
    line; the place is the words after the code, not the code's last part ("-NN")."""
    dated = "Hải Dương, ngày 03 tháng 4 năm 2024"
    plain = _fields(_LETTER.format(date=dated), org, calendar)
    one_line = _LETTER.replace("-NN\n", f"-NN {dated}\n").format(date="")
    assert plain["place"] == "Hải Dương"
    assert _fields(one_line, org, calendar)["place"] == "Hải Dương"
