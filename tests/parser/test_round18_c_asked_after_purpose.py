"""Round 18c: a body's letter that asks after a clause of purpose ("Để tổng hợp ..., Bộ Nội vụ
đề nghị Ủy ban nhân dân các tỉnh báo cáo ..."): the bodies asked lead, not the body speaking;
so do bodies named in the hyphened form of a web page ("các sở-ban-ngành", "quận-huyện") and
bodies asked to inspect ("các Sở Y tế thanh tra ...")."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """{issuer}
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 1234/{code}
V/v báo cáo kết quả thực hiện năm 2020

Hà Nội, ngày 05 tháng 3 năm 2021

Kính gửi: {recipients}

{asked}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
"""


def _read(
    org: OrgDirectory, calendar: WorkingCalendar, issuer: str, code: str, asked: str
) -> tuple[str | None, list[str]]:
    text = _LETTER.format(issuer=issuer, code=code, recipients="Các cơ quan liên quan", asked=asked)
    (action,) = parse_text(text, org, calendar).actions
    return action.lead_unit, action.coordinating_units


@pytest.mark.parametrize(
    ("issuer", "code", "asked", "lead"),
    [
        (
            "BỘ NỘI VỤ",
            "BNV-CCVC",
            "Để tổng hợp tình hình tuyển dụng công chức năm 2020, Bộ Nội vụ đề nghị Ủy ban nhân "
            "dân các tỉnh, thành phố trực thuộc Trung ương báo cáo kết quả tuyển dụng về Bộ Nội "
            "vụ trước ngày 30 tháng 3 năm 2021.",
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        ),
        (
            "BỘ Y TẾ",
            "BYT-TTrB",
            "Nhằm chấn chỉnh việc thu phí khám bệnh, Bộ Y tế yêu cầu các Sở Y tế thanh tra, "
            "kiểm tra việc thu phí tại các bệnh viện trên địa bàn.",
            "các Sở Y tế",
        ),
        (  # the body speaking named by its kind alone, after a clause holding a comma
            "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
            "BKHĐT-TH",
            "Để có cơ sở tổng hợp, báo cáo Chính phủ, Bộ đề nghị Ủy ban nhân dân các tỉnh, "
            "thành phố trực thuộc Trung ương báo cáo tình hình giải ngân vốn đầu tư công trước "
            "ngày 20 tháng 4 năm 2021.",
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        ),
    ],
)
def test_the_bodies_asked_after_a_clause_of_purpose_lead(
    org: OrgDirectory,
    calendar: WorkingCalendar,
    issuer: str,
    code: str,
    asked: str,
    lead: str,
) -> None:
    assert _read(org, calendar, issuer, code, asked)[0] == lead


def test_bodies_named_in_hyphened_form_after_a_purpose_lead_and_work_together(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    asked = (
        "Để bảo đảm tiến độ rà soát thủ tục hành chính, Ủy ban nhân dân tỉnh đề nghị Thủ trưởng "
        "các sở-ban-ngành tỉnh, Chủ tịch Ủy ban nhân dân huyện-xã khẩn trương hoàn thành "
        "việc rà soát."
    )
    lead, coordinating = _read(org, calendar, "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "UBND-KSTT", asked)
    assert lead == "các sở-ban-ngành tỉnh"
    assert coordinating == ["Ủy ban nhân dân huyện-xã"]


def test_a_closing_on_grounds_with_no_speaker_stays_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _LETTER.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH YÊN BÁI",
        code="UBND-NLN",
        recipients="Sở Tài chính",
        asked="Giao Sở Tài chính thẩm định dự toán kinh phí năm 2021.\n\nCăn cứ ý kiến chỉ đạo "
        "trên, yêu cầu các sở, ngành, địa phương triển khai thực hiện./.",
    )
    assert [a.lead_unit for a in parse_text(text, org, calendar).actions] == ["Sở Tài chính"]
