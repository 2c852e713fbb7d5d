"""Round 35f: a regulation (quy chế) issued by a decision, its last chapter on carrying it out.

- "Điều 16. Điều khoản thi hành" of the regulation, over "Thủ trưởng các Sở, ban, ngành cấp
  tỉnh, các cơ quan Trung ương trên địa bàn tỉnh, Chủ tịch Ủy ban nhân dân các phường, xã có
  trách nhiệm tổ chức triển khai thực hiện ... Quy chế này": an article that tells bodies to
  carry the regulation out, its clause a task (the parser kept the article's title out of
  the articles that give work and dropped the clause); "trên địa bàn tỉnh" says which of the
  central bodies are meant, of their name.
- "b) Thanh tra, kiểm tra, giám sát việc ..." under "4. Công an tỉnh.": a list of verbs, the
  heading's body its lead (the parser read "Thanh tra" as the inspectorate).
- "Hàng năm, các cơ quan, đơn vị gửi báo cáo ... (trước ngày 11 /12) về ...": a clause that
  opens with "Hàng năm," and names its day later is yearly (the parser read it "before").
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 45/2025/QĐ-UBND

Hà Nam, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế quản lý, sử dụng hệ thống hội nghị truyền hình trên địa bàn tỉnh Hà Nam

ỦY BAN NHÂN DÂN TỈNH HÀ NAM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng hệ thống hội nghị truyền
hình trên địa bàn tỉnh.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh chịu trách
nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trương Quốc Huy

QUY CHẾ

QUẢN LÝ, SỬ DỤNG HỆ THỐNG HỘI NGHỊ TRUYỀN HÌNH TRÊN ĐỊA BÀN TỈNH HÀ NAM

(Ban hành kèm theo Quyết định số 45/2025/QĐ-UBND ngày 20 tháng 11 năm 2025)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý, sử dụng hệ thống hội nghị truyền hình của tỉnh.

Chương II

TỔ CHỨC THỰC HIỆN

Điều 2. Trách nhiệm các cơ quan, đơn vị

1. Thủ trưởng các cơ quan, đơn vị:

a) Chỉ đạo triển khai thực hiện nghiêm túc Quy chế này trong phạm vi quản lý;

b) Bố trí cán bộ quản trị hệ thống; Hàng năm, các cơ quan, đơn vị gửi báo cáo tình hình
quản lý, sử dụng hệ thống (trước ngày 11 /12) về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp.

2. Công an tỉnh.

a) Chủ trì phối hợp với Văn phòng Ủy ban nhân dân tỉnh triển khai các giải pháp bảo đảm an
toàn thông tin của hệ thống;

b) Thanh tra, kiểm tra, giám sát việc thực hiện đảm bảo an ninh mạng của hệ thống theo quy
định của pháp luật.

Điều 3. Điều khoản thi hành

Thủ trưởng các Sở, ban, ngành cấp tỉnh, các cơ quan Trung ương trên địa bàn tỉnh, Chủ tịch
Ủy ban nhân dân các phường, xã có trách nhiệm tổ chức triển khai thực hiện và chỉ đạo các cá
nhân trong cơ quan, đơn vị thực hiện Quy chế này.

Trong quá trình thực hiện Quy chế này, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn
vị, địa phương kịp thời phản ánh về Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh)
để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét sửa đổi, bổ sung cho phù hợp./.
"""


def _actions(org: OrgDirectory, calendar: WorkingCalendar) -> list:  # type: ignore[type-arg]
    return list(parse_text(_DECISION, org, calendar).actions)


def test_the_regulation_s_final_article_gives_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = _actions(org, calendar)[-1]
    assert last.text.startswith("Thủ trưởng các Sở, ban, ngành cấp tỉnh, các cơ quan Trung")
    assert last.text.endswith("thực hiện Quy chế này")
    assert last.lead_unit == "các Sở, ban, ngành cấp tỉnh"
    assert last.coordinating_units == [
        "các cơ quan Trung ương trên địa bàn tỉnh",
        "Ủy ban nhân dân các phường, xã",
    ]


def test_a_list_of_verbs_opening_with_an_inspectorate_s_word(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    task = next(a for a in _actions(org, calendar) if a.text.startswith("Thanh tra, kiểm tra"))
    assert task.lead_unit == "Công an tỉnh"


def test_a_clause_opening_every_year_with_its_day_later(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    task = next(a for a in _actions(org, calendar) if a.text.startswith("Bố trí cán bộ"))
    assert task.deadline_kind.value == "yearly"
    assert task.deadline is not None and task.deadline.isoformat() == "2025-12-10"
    assert task.deadline_text == "trước ngày 11 /12"
