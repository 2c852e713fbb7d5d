"""Round 21: a cited document's kind is the one written before its number, also where its code
names none or another: a court's judgment ("Bản án số 21/2023/HSPT") is a "bản án", a code of
law ("Bộ luật Dân sự số 91/2015/QH13") a "bộ luật", not the "luật" its "QH" code gives."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round20_letters import department_letter, read

_BODY = """Trả lời công văn số 77/SGI-KT ngày 03/10/2025 của Thuế tỉnh Lạng Sơn về quản lý thuế,
Cục Thuế có ý kiến như sau:

Căn cứ Điều 468 Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015 quy định về lãi suất;
căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019.

Hồ sơ không có Bản án số 21/2023/HSPT ngày 17/3/2023 của TAND tỉnh Lạng Sơn, bản án số
8/2022/DS-ST ngày 24/5/2022 của TAND huyện Cao Lộc.

Đề nghị Thuế tỉnh Lạng Sơn rà soát hồ sơ hoàn thuế của người nộp thuế."""


def test_the_kind_written_before_the_number(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    references = read(department_letter(_BODY, department="CỤC THUẾ"), org, calendar).references
    assert [r.type for r in references] == ["công văn", "bộ luật", "luật", "bản án", "bản án"]
    assert references[1].number == "91/2015/QH13" and references[3].number == "21/2023/HSPT"
