"""Round 21d: a decision issues a regulation (quy chế) printed after its signature, in chapters.
Only the regulation's chapter on carrying it out ("Chương V / TỔ CHỨC THỰC HIỆN") gives tasks:
its articles "Trách nhiệm của X" give X the items under them, or their one paragraph, and
"Trách nhiệm thi hành" / "Tổ chức thực hiện" give the bodies their items; the procedure the
other chapters lay down, an article on complaints beside them in that chapter and the forms
the regulation prescribes ("Mẫu số 01") give none (round 20 read the attached regulation
whole, so its procedure steps became tasks and its duty articles lost their body)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 2207/QĐ-UBND

Thái Bình, ngày 14 tháng 10 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế vận hành Hệ thống phản ánh kiến nghị trực tuyến tỉnh Thái Bình

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế vận hành Hệ thống phản ánh kiến nghị trực
tuyến tỉnh Thái Bình.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh và các cơ
quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Long

QUY CHẾ

VẬN HÀNH HỆ THỐNG PHẢN ÁNH KIẾN NGHỊ TRỰC TUYẾN TỈNH THÁI BÌNH

(Kèm theo Quyết định số 2207/QĐ-UBND ngày 14 tháng 10 năm 2025 của Chủ tịch Ủy ban nhân dân
tỉnh Thái Bình)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc vận hành Hệ thống phản ánh kiến nghị trực tuyến của tỉnh.

Chương II

QUY TRÌNH XỬ LÝ PHẢN ÁNH

Điều 2. Tiếp nhận phản ánh

1. Cơ quan tiếp nhận có trách nhiệm phân loại phản ánh và chuyển cơ quan có thẩm quyền trong
thời hạn 02 ngày làm việc.

2. Sở Tư pháp kiểm tra, trả lời phản ánh về thủ tục hành chính.

Chương III

TỔ CHỨC THỰC HIỆN
{articles}
{forms}"""

_DUTIES = """
Điều 3. Trách nhiệm của Sở Khoa học và Công nghệ

1. Chủ trì vận hành Hệ thống bảo đảm thông suốt, an toàn.

2. Hướng dẫn các cơ quan, đơn vị sử dụng Hệ thống.

Điều 4. Trách nhiệm của Sở Tài chính

Bố trí kinh phí duy trì, vận hành Hệ thống theo quy định.

Điều 5. Trách nhiệm thi hành

Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm
triển khai thực hiện Quy chế này.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Văn
phòng Ủy ban nhân dân tỉnh để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.
"""

_COMPLAINTS = """
Điều 3. Khiếu nại, tố cáo

1. Tổ chức, cá nhân có quyền khiếu nại về kết quả xử lý phản ánh theo quy định của pháp luật.

2. Cơ quan, tổ chức có thẩm quyền có trách nhiệm xem xét, giải quyết khiếu nại theo quy định
của pháp luật về khiếu nại.

Điều 4. Tổ chức thực hiện

1. Sở Tư pháp chủ trì theo dõi, đôn đốc việc thực hiện Quy chế này.

2. Sở Tài chính bố trí kinh phí vận hành Hệ thống theo quy định.
"""

_FORMS = """

Mẫu số 01

PHIẾU ĐỀ NGHỊ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ

I. THÔNG TIN NGƯỜI PHẢN ÁNH

- Họ và tên người phản ánh:

- Đơn vị công tác:

- Chức vụ (Đảng, chính
quyền, đoàn thể):

II. NỘI DUNG PHẢN ÁNH

1. Lĩnh vực phản ánh, kiến nghị
được nêu:

2. Nội dung phản ánh cụ thể của người phản ánh (nêu rõ thời gian, địa điểm và cơ quan
liên quan đến phản ánh).
"""


def _read(
    articles: str, org: OrgDirectory, calendar: WorkingCalendar, forms: str = ""
) -> list[tuple[str | None, str]]:
    text = _DECISION.format(articles=articles, forms=forms)
    return [(a.lead_unit, a.text) for a in parse_text(text, org, calendar).actions]


def test_the_duty_articles_of_the_regulation_give_their_body_its_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _read(_DUTIES, org, calendar) == [
        ("Sở Khoa học và Công nghệ", "Chủ trì vận hành Hệ thống bảo đảm thông suốt, an toàn"),
        ("Sở Khoa học và Công nghệ", "Hướng dẫn các cơ quan, đơn vị sử dụng Hệ thống"),
        ("Sở Tài chính", "Bố trí kinh phí duy trì, vận hành Hệ thống theo quy định"),
        (
            "các sở, ban, ngành tỉnh",
            "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu"
            " trách nhiệm triển khai thực hiện Quy chế này",
        ),
    ]


def test_a_complaints_article_in_the_chapter_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _read(_COMPLAINTS, org, calendar) == [
        ("Sở Tư pháp", "Sở Tư pháp chủ trì theo dõi, đôn đốc việc thực hiện Quy chế này"),
        ("Sở Tài chính", "Sở Tài chính bố trí kinh phí vận hành Hệ thống theo quy định"),
    ]


def test_the_forms_after_the_regulation_give_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert [lead for lead, _ in _read(_COMPLAINTS, org, calendar, _FORMS)] == [
        "Sở Tư pháp",
        "Sở Tài chính",
    ]
