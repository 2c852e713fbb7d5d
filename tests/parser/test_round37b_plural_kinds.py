"""Round 37b: subjects that are plurals of bodies named by their kinds, in lower case.

- "Các cơ sở được hỗ trợ ... có trách nhiệm nộp trả ...": establishments chosen by the decision
  are given a duty, the whole "Các cơ sở được ..." the lead (the article was no task at all);
- "Các viện nghiên cứu, trường đại học căn cứ ...": "nghiên cứu" after "viện" is the kind's
  name, not the verb (the lead was none);
- "Các cơ quan nhà nước, tổ chức chính trị - xã hội, doanh nghiệp thực hiện ...": kinds listed
  under one "Các", all of it the lead (it was "Các cơ quan").
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 25/QĐ-BNNMT
Hà Nội, ngày 12 tháng 5 năm 2026
QUYẾT ĐỊNH
Về việc thí điểm hỗ trợ tiết kiệm năng lượng
BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh sách các cơ sở được hỗ trợ tiết kiệm năng lượng.
{body}
Điều 4. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 4;
- Lưu: VT.
BỘ TRƯỞNG
Nguyễn Văn A
"""

_CHOSEN = """Điều 2. Các cơ sở được hỗ trợ kinh phí tiết kiệm năng lượng có trách nhiệm nộp trả \
kinh phí theo quy định tại Điều 19 của Nghị định số 35/2025/NĐ-CP.
Điều 3. Cục Tiết kiệm năng lượng có trách nhiệm theo dõi việc thực hiện của các cơ sở."""

_KINDS = """Điều 2. Tổ chức thực hiện
1. Các viện nghiên cứu, trường đại học căn cứ nhiệm vụ, giải pháp đề ra, xây dựng và thực hiện \
các nội dung nghiên cứu.
2. Các cơ quan nhà nước, tổ chức chính trị - xã hội, doanh nghiệp thực hiện các biện pháp tiết \
kiệm năng lượng.
3. Các sở, ban, ngành thực hiện kiểm tra việc sử dụng năng lượng."""


def test_establishments_chosen_by_the_decision(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER.format(body=_CHOSEN), org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "Các cơ sở được hỗ trợ kinh phí tiết kiệm năng lượng",
        "Cục Tiết kiệm năng lượng",
    ]


def test_kinds_listed_under_one_plural(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER.format(body=_KINDS), org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "Các viện nghiên cứu, trường đại học",
        "Các cơ quan nhà nước, tổ chức chính trị - xã hội, doanh nghiệp",
        "Các sở, ban, ngành",
    ]


_JOINT = """Điều 2. Tổ chức thực hiện
1. Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp, \
cộng đồng doanh nghiệp theo chức năng, nhiệm vụ chủ động tham gia các hoạt động tiết kiệm \
năng lượng."""


def test_a_plural_of_kinds_named_with_the_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """The plural after the lead runs over the kinds its "các" governs ("tổ chức xã hội" a
    noun, "cộng đồng doanh nghiệp" a kind of body): one partner, as written."""
    record = parse_text(_LETTER.format(body=_JOINT), org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        (
            "Mặt trận Tổ quốc Việt Nam",
            [
                "các tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp, "
                "cộng đồng doanh nghiệp"
            ],
        )
    ]


_TWO_PLURALS = """Điều 2. Tổ chức thực hiện
1. Các sở, ban, ngành và các đơn vị liên quan có trách nhiệm phối hợp thực hiện công tác \
tiết kiệm năng lượng theo chức năng, nhiệm vụ được giao."""


def test_two_plurals_named_jointly(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    """ "Các sở, ban, ngành và các đơn vị liên quan": the first plural leads, the second,
    named jointly with it, is its partner."""
    record = parse_text(_LETTER.format(body=_TWO_PLURALS), org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Các sở, ban, ngành", ["các đơn vị liên quan"])
    ]
