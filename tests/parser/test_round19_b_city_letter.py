"""Synthetic short công văn of round 19b: a city's people's committee letter whose number is
printed without its slash, whose task names its partners after "phối hợp cùng" and sets its
term as "Thời gian thực hiện là đến hết ngày ...", signed for the chairman by the office head."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN THÀNH PHỐ THỦ DẦU MỘT
Số: 4127 UBND-VX
V/v phối hợp kiểm tra các cơ sở giáo dục mầm non
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thủ Dầu Một, ngày 14 tháng 9 năm 2022

Kính gửi: Phòng Giáo dục và Đào tạo

Giao Phòng Giáo dục và Đào tạo chủ động phối hợp cùng UBND 14 phường, xã,\
 kiểm tra các cơ sở giáo dục mầm non ngoài công lập\
 trên địa bàn và báo cáo kết quả về Văn phòng UBND thành phố.\
 Thời gian thực hiện là đến hết ngày 30/9/2022./.

Nơi nhận:
- Như trên;
- Lưu: VT.

TL. CHỦ TỊCH

Chánh Văn phòng
Lê Văn Bình
"""
# the wards and communes counted in one partner's name
_COUNTED = "UBND 14 phường, xã"


def test_the_partners_after_phoi_hop_cung_with_a_count_of_local_bodies(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER, org, calendar).actions
    assert action.lead_unit == "Phòng Giáo dục và Đào tạo"
    assert action.coordinating_units == [_COUNTED]


def test_a_count_of_local_bodies_stays_in_the_partner_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _LETTER.replace("phối hợp cùng UBND 14 phường, xã,", "phối hợp với UBND 63 xã,")
    (action,) = parse_text(letter, org, calendar).actions
    assert action.coordinating_units == ["UBND 63 xã"]


def test_a_term_to_the_end_of_a_day(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    (action,) = parse_text(_LETTER, org, calendar).actions
    assert action.deadline_text == "đến hết ngày 30/9/2022"
    assert action.deadline_kind == "by"
    assert action.deadline is not None and action.deadline.isoformat() == "2022-09-30"


def test_a_number_printed_without_its_slash_is_kept_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.number == "4127 UBND-VX"
    assert not any("số, ký hiệu" in w for w in record.warnings)


def test_the_title_typed_in_ordinary_case_under_the_capacity(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_LETTER, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("TL.", "Chánh Văn phòng", "Lê Văn Bình")
