"""Round 22: a decision issues a regulation titled "QUY ĐỊNH" (not "QUY CHẾ") printed after
its signature; its chapter on carrying it out gives the tasks, one article per body
("Trách nhiệm của Liên hiệp các hội Khoa học và Kỹ thuật tỉnh"), and a provincial union of
associations ("Liên hiệp các hội ...") is a body whose items it leads (round 21 read no
attached "QUY ĐỊNH", so the decision gave no task at all, and read no body in a heading
opening with "Liên hiệp")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEADER = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: {number}/2025/QĐ-UBND

Hà Nam, ngày 0{day} tháng 11 năm 2025

QUYẾT ĐỊNH
Ban hành Quy định {title}

ỦY BAN NHÂN DÂN TỈNH HÀ NAM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định {title}.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 11 năm 2025.

Điều 3. Thủ trưởng các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành
Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình

QUY ĐỊNH

{title_caps}

(Ban hành kèm theo Quyết định số {number}/2025/QĐ-UBND của Ủy ban nhân dân tỉnh)
"""

_ADVICE = "hoạt động tư vấn của Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Hà Nam"
_DECISION = (
    _HEADER.format(number=31, day=3, title=_ADVICE, title_caps=_ADVICE.upper())
    + """
Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định hoạt động tư vấn của Liên hiệp các hội Khoa học và Kỹ thuật tỉnh.

Điều 2. Quy trình tư vấn

1. Cơ quan đề nghị gửi hồ sơ đề nghị tư vấn trong thời hạn 05 ngày làm việc.

Chương II

TỔ CHỨC THỰC HIỆN

Điều 3. Trách nhiệm của Sở Tài chính

Bố trí kinh phí cho hoạt động tư vấn theo quy định.

Điều 4. Trách nhiệm của Liên hiệp các hội Khoa học và Kỹ thuật tỉnh

1. Xây dựng cơ sở dữ liệu chuyên gia tham gia tư vấn.

2. Báo cáo kết quả tư vấn với Ủy ban nhân dân tỉnh hằng năm.
"""
)


def test_an_attached_quy_dinh_gives_its_duty_articles_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [(a.lead_unit, a.text) for a in actions] == [
        ("Sở Tài chính", "Bố trí kinh phí cho hoạt động tư vấn theo quy định"),
        (
            "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh",
            "Xây dựng cơ sở dữ liệu chuyên gia tham gia tư vấn",
        ),
        (
            "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh",
            "Báo cáo kết quả tư vấn với Ủy ban nhân dân tỉnh hằng năm",
        ),
    ]


_UNITS = "chức năng, nhiệm vụ và cơ cấu tổ chức của Chi cục Thủy lợi"
_FUNCTIONS = (
    _HEADER.format(number=32, day=4, title=_UNITS, title_caps=_UNITS.upper())
    + """
Điều 1. Cơ cấu tổ chức

1. Các phòng thuộc Chi cục gồm:

a) Phòng Hành chính, Tổng hợp;

b) Phòng Tổ chức, Tuyên truyền
và Xây dựng lực lượng;

c) Phòng Pháp chế và Điều tra, xử
lý vi phạm về đê điều.

2. Chi cục trưởng là người đứng đầu Chi cục, chịu trách nhiệm trước Giám đốc Sở Nông
nghiệp và Môi trường về thực hiện chức năng, nhiệm vụ của Chi cục.

Điều 2. Tổ chức thực hiện

Sở Tài chính bố trí kinh phí hoạt động của Chi cục theo quy định.
"""
)


def test_a_quy_dinh_without_chapters_gives_tasks_from_its_article_on_carrying_it_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_FUNCTIONS, org, calendar).actions
    assert [(a.lead_unit, a.text) for a in actions] == [
        ("Sở Tài chính", "Sở Tài chính bố trí kinh phí hoạt động của Chi cục theo quy định"),
    ]
