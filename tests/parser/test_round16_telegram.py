"""Round 16: a công điện with no subject line (its "... ĐIỆN:" recipients' label, even
misspelt, straight under the type) citing an urgent directive ("Chỉ thị cấp bách số ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TRƯỞNG BỘ Y TẾ
******

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 310/CĐ-BYT

Hà Nội, ngày 04 tháng 05 năm 2009

CÔNG ĐIỆN

BỘ TRƯỞNG BỘ Y TẾ ĐIỆN:

- Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương

Bộ Y tế đã có Chỉ thị khẩn số 05/2009/CT-BYT ngày 28 tháng 4 năm 2009 về phòng, chống dịch.

Đề nghị Giám đốc Sở Y tế các tỉnh, thành phố tổ chức giám sát chặt chẽ tại cửa khẩu.

BỘ TRƯỞNG

Nguyễn Quốc Triệu
"""


def test_a_telegram_whose_recipients_label_follows_its_type_has_no_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.subject is None
    assert record.recipients == ["Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]


def test_an_urgent_directive_is_cited_with_its_kind_and_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (ref,) = parse_text(_LETTER, org, calendar).references
    assert (ref.type, ref.issuer) == ("chỉ thị", "Bộ Y tế")


_ASKED = (
    "Tôi đề nghị đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương "
    "tập trung chỉ đạo các lực lượng phòng, chống dịch trên địa bàn."
)


def test_a_request_to_the_recipient_as_comrade_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    told = next(line for line in _LETTER.splitlines() if line.startswith("Đề nghị"))
    letter = _LETTER.replace(told, _ASKED, 1)
    actions = parse_text(letter, org, calendar).actions
    assert [a.text[:40] for a in actions] == [_ASKED[:40]]
