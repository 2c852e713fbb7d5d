"""Round 40b: in a letter of the issuer's own guidance ("Cục Thuế hướng dẫn thể thức ... cụ
thể như sau:"), its numbered sections state how things are done, no task, while the last one
that turns from them to a request ("4. Ngoài các nội dung nêu trên, đề nghị thực hiện đúng
... quy định tại Nghị định số ...") asks the addressees, their task; and "Cục Thuế hướng dẫn
để các đơn vị được biết và thực hiện./." closes the letter as "... thông báo để ... biết và
thực hiện./." does."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PAGE = (
    "CỤC THUẾ\n\nSố: 500/CT-VP\n\nV/v hướng dẫn thể thức văn bản\n\n"
    "Hà Nội, ngày 10 tháng 7 năm 2025\n\n"
    "Kính gửi: Các Thuế tỉnh, thành phố.\n\n"
    "Để thống nhất thực hiện công tác văn thư trong toàn ngành, Cục Thuế hướng dẫn thể thức\n"
    "và kỹ thuật trình bày văn bản hành chính, cụ thể như sau:\n\n"
    "1. Về tên cơ quan ban hành văn bản\n\n"
    "Tên cơ quan ban hành văn bản là tên chính thức, đầy đủ của Thuế tỉnh, thành phố.\n\n"
    "- Đối với Thuế tỉnh, thành phố, ví dụ: Thuế tỉnh An Giang.\n\n"
    "2. Về địa danh ghi trên văn bản\n\n"
    "Địa danh ghi trên văn bản là tên gọi chính thức của đơn vị hành chính.\n\n"
    "3. Ngoài các nội dung nêu trên, đề nghị thực hiện đúng thể thức và kỹ thuật trình bày\n"
    "quy định tại Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về công tác văn thư.\n\n"
    "Cục Thuế hướng dẫn để các đơn vị được biết và thực hiện./."
) + signed("TL. CỤC TRƯỞNG\nCHÁNH VĂN PHÒNG")


def test_the_request_beyond_the_guidance_is_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    found = [(a.lead_unit, a.text[:36]) for a in parse_text(_PAGE, org, calendar).actions]
    assert found == [("Các Thuế tỉnh, thành phố", "Ngoài các nội dung nêu trên, đề nghị")]
