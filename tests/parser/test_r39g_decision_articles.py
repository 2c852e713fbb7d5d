"""An ebook's decision in text runs one a line (see test_r39d_text_runs) that issues a
regulation whose closing chapter carries it out ("Chương IV / ĐIỀU KHOẢN THI HÀNH / Điều 1" /
"9" / ". Tổ chức thực hiện"): the decision's own article that hands a department the work
("Điều 3. Giao cho Trưởng phòng TC- HC, có trách nhiệm tổ chức công bố ...") is a task as well
as the chapter's, and a department named by its head ("Trưởng phòng TC- HC", "Trưởng phòng
Hành chính") or after "Giao" ("Giao Phòng Kiểm tra ...") is the lead, as written without the
title, however short the sentence."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """TỔNG CỤC THUẾ
CỤC THUẾ TỈNH BẮC GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:
512
/
QĐ
-CT
Bắc Giang, ngày 05 tháng 3 năm 2015
QUYẾT ĐỊNH
Về việc ban hành Quy chế quản lý
  tài sản của Cơ quan Cục Thuế
CỤC TRƯỞNG
CỤC THUẾ TỈNH BẮC GIANG
Căn
cứ Luật Quản lý thuế, các Luật
thuế, Pháp lệnh thuế và các văn bản hướng dẫn thi h
à
nh;
Căn
cứ Quyết định số 108/QĐ-BTC ngày 14/01/2010 của Bộ trưởng Bộ Tài chính q
uy
định chức năng, nh
iệ
m vụ, quyền hạn và cơ c
ấ
u tổ chức của Cục Thuế;
{recitals}Xét đề nghị của Trưởng phòng Tổ chức cán bộ, Cục Thuế,
QUYẾT
ĐỊNH:
Điều
1.
Ban hành kèm theo Quyết định này Quy chế quản lý tài sản của Cơ quan Cục Thuế.
Điều
2.
Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều
3.
{article}
Điều
4.
Các ông, bà Trưởng phòng; cán bộ công chức thuộc Cơ quan Cục Thuế chịu trách nhiệm thi
  hành quyết định này./.
Nơi nhận:
- Như Điều 4;
- Lưu: VT, TC.
CỤC TRƯỞNG
Nguyễn Văn An
QUY CHẾ
QUẢN LÝ TÀI SẢN CỦA CƠ QUAN CỤC THUẾ
(Ban hành kèm theo Quyết định số 512/QĐ-CT ngày 05 tháng 3 năm 2015 của Cục trưởng Cục Thuế)
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi và đối tượng áp dụng
Quy chế này quy định việc quản lý, sử dụng t
à
i sản của Cơ quan Cục Thuế v
à
áp dụng đối với cán bộ, công chức thuộc Cục Thuế.
Chương II
QUẢN LÝ TÀI SẢN
Điều 2. Trách nhiệm của Phòng Tổ chức cán bộ
Phòng Tổ chức cán bộ theo dõi việc sử dụng t
à
i sản của các phòng.
Chương III
ĐIỀU KHOẢN THI HÀNH
Điều 1
9
. Tổ
  chức thực hiện
1.
Trưởng
phòng
TC- HC
chịu trách nhiệm hướng dẫn, theo dõi, đôn đốc việc thực hiện Quy chế này và báo cáo
  Cục trưởng.
2. Trưởng phòng các Phòng thuộc Cục Thuế chịu trách nhiệm phổ biến Quy chế tới cán bộ,
  công chức của đơn vị mình.
"""
# recitals as the export cut them (runs inside words and names): the page's own shape
_RECITALS = "Căn\ncứ Luật Lưu trữ, b\nổ\nsung, cơ qu\na\nn thuế t\nha\ny thế;\n" * 6


def _letter(article: str) -> str:
    return _DECISION.format(article=article, recitals=_RECITALS)


@pytest.mark.parametrize(
    ("article", "lead"),
    [
        (
            "Giao cho Trưởng phòng TC- HC, có trách nhiệm tổ chức công bố công khai Quyết định"
            "\n  kèm theo Quy chế này.",
            "phòng TC- HC",
        ),
        (
            "Giao Phòng Kiểm tra nội bộ tổ chức công bố công khai Quyết định này.",
            "Phòng Kiểm tra nội bộ",
        ),
        (
            "Giao Trưởng phòng Hành chính tổ chức công bố công khai Quyết định này.",
            "phòng Hành chính",
        ),
    ],
)
def test_the_decisions_own_article_and_the_closing_chapter_give_tasks(
    org: OrgDirectory, calendar: WorkingCalendar, article: str, lead: str
) -> None:
    record = parse_text(_letter(article), org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        lead,
        "phòng TC- HC",
        "các Phòng thuộc Cục Thuế",
    ]
    assert record.actions[0].text.startswith("Giao ")
    assert record.actions[1].text.startswith("Trưởng phòng TC- HC chịu trách nhiệm hướng dẫn")


def test_a_plural_handed_a_closing_formula_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("Giao các phòng thực hiện Quyết định này": the plural told to carry it out, a closing)
    record = parse_text(_letter("Giao các phòng thực hiện Quyết định này."), org, calendar)
    assert [a.lead_unit for a in record.actions] == ["phòng TC- HC", "các Phòng thuộc Cục Thuế"]
