"""Round 35h: a council resolution's chapter on carrying it out ("Chương IV / TỔ CHỨC THỰC
HIỆN"), its duties article naming each body in a numbered heading.

- "1. Ủy ban nhân dân Thành phố có quyền hạn và trách nhiệm:" names the body: what it has ("có
  quyền hạn và trách nhiệm", "có nhiệm vụ và quyền hạn") is no part of its name (the parser led
  with "Ủy ban nhân dân Thành phố có quyền hạn và trách nhiệm").
- "a) Thống nhất chỉ đạo thực hiện ..." is a task: to direct uniformly, not an approval
  "Thống nhất" + what is approved (the parser dropped it as an approval).
- "c) Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo
  cáo Hội đồng nhân dân ..." under the heading naming the body, no subject of its own, is that
  body's task: to report the difficulties it meets (the parser read it as the sentence telling
  whoever meets a difficulty where to send it).
- "c) Trường hợp Quỹ X chưa được thành lập kể từ ngày Nghị quyết này có hiệu lực, Sở Y có
  trách nhiệm ..." is Sở Y's task: the resolution's taking effect dates the case, it is no
  closing formula (the parser dropped the item as one).
- The chapter's article on supervising the resolution ("Điều 18. Giám sát thi hành Nghị
  quyết") is an article on carrying it out: its clauses are tasks (the parser kept only the
  articles titled "Trách nhiệm ..." and "Tổ chức thực hiện").
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ BÌNH AN
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 12/2025/NQ-HĐND

Bình An, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT
Quy định chính sách thu hút chuyên gia làm việc tại khu công nghệ cao

HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ BÌNH AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT NGHỊ:

**Chương I**

**QUY ĐỊNH CHUNG**

**Điều 1. Phạm vi điều chỉnh**

Nghị quyết này quy định chính sách thu hút chuyên gia làm việc tại khu công nghệ cao.

**Chương II**

**CHÍNH SÁCH HỖ TRỢ**

**Điều 2. Mức hỗ trợ**

Chuyên gia được hỗ trợ 20.000.000 đồng/tháng. Sở Nội vụ có trách nhiệm thẩm định hồ sơ.

**Chương III**

**TỔ CHỨC THỰC HIỆN**

**Điều 3. Trách nhiệm của Ủy ban nhân dân Thành phố và cơ quan có liên quan**

1. Ủy ban nhân dân Thành phố có quyền hạn và trách nhiệm:

a) Thống nhất chỉ đạo thực hiện chính sách thu hút chuyên gia theo quy định của Nghị quyết
này;

b) Cân đối bố trí ngân sách hằng năm để thực hiện Nghị quyết;

c) Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo
Hội đồng nhân dân Thành phố xem xét, giải quyết.

2. Sở Tài chính có nhiệm vụ và quyền hạn:

a) Tham mưu phân bổ kinh phí hỗ trợ hằng năm;

b) Hướng dẫn thanh quyết toán kinh phí hỗ trợ;

c) Trường hợp Quỹ Phát triển khoa học chưa được thành lập kể từ ngày Nghị quyết này có hiệu
lực, Sở Khoa học và Công nghệ có trách nhiệm thực hiện nhiệm vụ của Quỹ.

**Điều 4. Giám sát thi hành Nghị quyết**

1. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu
Hội đồng nhân dân Thành phố có trách nhiệm giám sát quá trình tổ chức thực hiện Nghị quyết này.

2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố phối hợp giám sát việc thực hiện.

**Điều 5. Hiệu lực thi hành**

Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.

Nghị quyết này đã được Hội đồng nhân dân Thành phố Bình An khóa X, Kỳ họp thứ 5 thông qua ngày 10
tháng 12 năm 2025./.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Lưu: VT.

CHỦ TỊCH
Phạm Văn D
"""


def _actions(org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str | None, str]]:
    return [(a.lead_unit, a.text[:24]) for a in parse_text(_RESOLUTION, org, calendar).actions]


def test_what_the_body_has_is_no_part_of_its_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [lead for lead, _ in _actions(org, calendar)]
    assert leads[:2] == ["Ủy ban nhân dân Thành phố", "Ủy ban nhân dân Thành phố"]
    assert "Sở Tài chính" in leads


def test_directing_uniformly_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert _actions(org, calendar)[0] == ("Ủy ban nhân dân Thành phố", "Thống nhất chỉ đạo thực ")


def test_the_supervision_article_gives_tasks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert _actions(org, calendar)[-2:] == [
        ("Thường trực Hội đồng nhân dân", "Thường trực Hội đồng nhâ"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Đề nghị Ủy ban Mặt trận "),
    ]


def test_reporting_its_own_difficulties_is_the_bodys_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _actions(org, calendar)[2] == ("Ủy ban nhân dân Thành phố", "Trong quá trình tổ chức ")


def test_a_case_dated_by_the_resolutions_effect_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert ("Sở Khoa học và Công nghệ", "Trường hợp Quỹ Phát triể") in _actions(org, calendar)


def test_the_front_at_every_level_is_asked(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    # "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố phối hợp ...": the front's
    # committees at every level, a body named, asked to work (the parser read no body there)
    text = _RESOLUTION.replace(
        "Việt Nam Thành phố phối hợp giám sát", "Việt Nam các cấp Thành phố phối hợp tuyên truyền"
    ).replace("**Điều 4. Giám sát thi hành Nghị quyết**", "**Điều 4. Trách nhiệm thi hành**")
    last = parse_text(text, org, calendar).actions[-1]
    assert last.lead_unit == "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố"
    assert last.text.startswith("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp")
