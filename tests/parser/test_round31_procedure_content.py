"""Round 31: the detailed content of an administrative procedure, laid out in its standard fields
("1. Trình tự thực hiện:", "2. Cách thức thực hiện:", "3. Thành phần, số lượng hồ sơ:", "4.
Thời hạn giải quyết:", "5. Đối tượng thực hiện:", "6. Cơ quan thực hiện:", ..., "9. Phí, lệ
phí:"), describes the procedure a decision publishes: it is no task record, wherever it stands
(an annex or an article of the body), its "Cơ quan thực hiện" naming who handles the procedure,
not a task's lead, and a period in its steps ("trong thời hạn 10 ngày làm việc") dating no task
outside it (a line the page wrapped before "Phụ lục I Nghị định ..." is no annex's heading).
The parser read each field as a labelled task record and gave the decision's one
task the steps' period as its deadline. An annex titled with the procedures themselves
("PHỤ LỤC I / THỦ TỤC HÀNH CHÍNH ĐƯỢC ỦY QUYỀN ...") publishes them like a "DANH MỤC" one: its
catalogue table ("Tên thủ tục hành chính | Lĩnh vực | Cơ quan thực hiện") gives no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind

_TASK = (
    "Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Y tế thiết lập, tin học hóa quy trình"
    " giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh"
)

_CONTENT = """1. Trình tự thực hiện:
Bước 1: Tổ chức nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính về Sở Y tế.
Bước 2: Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ, Sở Y tế có văn bản chấp
thuận; trường hợp không chấp thuận, Sở Y tế trả lời theo Mẫu số 16 tại
Phụ lục I Nghị định số 163/2025/NĐ-CP và nêu rõ lý do.
2. Cách thức thực hiện:
- Trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh;
- Trực tuyến trên Cổng Dịch vụ công quốc gia.
3. Thành phần, số lượng hồ sơ:
a) Đơn đề nghị cấp phép theo Mẫu số 01;
b) Bản sao Giấy chứng nhận đủ điều kiện kinh doanh dược.
Số lượng hồ sơ: 01 bộ.
4. Thời hạn giải quyết: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
5. Đối tượng thực hiện thủ tục hành chính: Tổ chức.
6. Cơ quan thực hiện thủ tục hành chính: Sở Y tế tỉnh Lai Châu.
7. Kết quả thực hiện thủ tục hành chính: Văn bản chấp thuận.
8. Phí, lệ phí: Không.
9. Yêu cầu, điều kiện thực hiện thủ tục hành chính:
- Cơ sở đề nghị đã được cấp Giấy chứng nhận đủ điều kiện kinh doanh dược."""

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1450/QĐ-UBND
Lai Châu, ngày 12 tháng 11 năm 2025

QUYẾT ĐỊNH
CÔNG BỐ THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC DƯỢC PHẨM
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành
chính;
Theo đề nghị của Giám đốc Sở Y tế.
QUYẾT ĐỊNH:
"""

_TAIL = """Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và các cơ quan, đơn vị
có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Tống Văn B
"""

_IN_ANNEX = (
    _HEAD
    + """Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính trong lĩnh vực dược phẩm.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""
    + _TASK
    + ".\n"
    + _TAIL
    + """
PHỤ LỤC
NỘI DUNG CỤ THỂ CỦA THỦ TỤC HÀNH CHÍNH LĨNH VỰC DƯỢC PHẨM
(Kèm theo Quyết định số 1450/QĐ-UBND ngày 12 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân
tỉnh Lai Châu)
Thủ tục cho phép nhập khẩu thuốc có hạn dùng ngắn hơn quy định
"""
    + _CONTENT
    + "\n"
)

_IN_BODY = (
    _HEAD
    + """Điều 1. Công bố thủ tục cho phép nhập khẩu thuốc có hạn dùng ngắn hơn quy định, như sau:
"""
    + _CONTENT
    + "\nĐiều 2. "
    + _TASK
    + ".\n"
    + _TAIL
)

_CATALOGUE = (
    _HEAD
    + """Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực dược phẩm.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""
    + _TASK
    + ".\n"
    + _TAIL
    + """
PHỤ LỤC I
THỦ TỤC HÀNH CHÍNH ĐƯỢC ỦY BAN NHÂN DÂN TỈNH ỦY QUYỀN CHO GIÁM ĐỐC SỞ Y TẾ GIẢI QUYẾT
(Kèm theo Quyết định số 1450/QĐ-UBND ngày 12 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân
tỉnh Lai Châu)
PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH
|
STT
|
Tên thủ tục hành chính
|
Lĩnh vực
|
Cơ quan thực hiện
|
|
1
|
Cho phép nhập khẩu thuốc có hạn dùng ngắn hơn quy định
|
Dược phẩm
|
Sở Y tế
|
|
2
|
Cho phép mua thuốc gây nghiện thuộc thẩm quyền của Ủy ban nhân dân tỉnh
|
Dược phẩm
|
Sở Y tế
|
"""
)


def _one_task(letter: str, org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(letter, org, calendar).actions
    assert [(a.text, a.lead_unit, a.coordinating_units) for a in actions] == [
        (_TASK, "Văn phòng UBND tỉnh", ["Sở Y tế"])
    ]
    assert actions[0].deadline is None
    assert actions[0].deadline_kind is DeadlineKind.NONE


def test_procedure_content_in_an_annex_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    _one_task(_IN_ANNEX, org, calendar)


def test_procedure_content_in_an_article_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    _one_task(_IN_BODY, org, calendar)


def test_an_annex_titled_with_the_procedures_is_a_catalogue(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    _one_task(_CATALOGUE, org, calendar)


def test_a_plan_s_labelled_record_still_gives_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """A task laid out as labels, one field of which bears a procedure field's name ("Cơ quan
    thực hiện:"), is a task record still: no "Trình tự thực hiện" describes a procedure."""
    letter = (
        _HEAD
        + (
            "Điều 1. Giao các cơ quan, đơn vị thực hiện các nhiệm vụ sau:\n"
            "1. Nhiệm vụ: Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực dược phẩm.\n"
            "- Cơ quan thực hiện: Sở Y tế.\n"
            "- Thời gian thực hiện: Trước ngày 31/12/2025.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        )
        + _TAIL
    )
    actions = parse_text(letter, org, calendar).actions
    assert [(a.lead_unit, a.deadline_kind) for a in actions] == [("Sở Y tế", DeadlineKind.BEFORE)]
