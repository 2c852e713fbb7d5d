"""Round 37a: a date followed by a bracket saying it is the day a document was issued ("trước
ngày 15/3/1985 (ngày ban hành Quyết định số 12/QĐ-UB của Ủy ban nhân dân tỉnh ...)") is that
document's date (README: a reference's date is the one the letter writes with its number)."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 44/2025/QĐ-UBND
Hà Nam, ngày 05 tháng 11 năm 2025

QUYẾT ĐỊNH
Về các giấy tờ khác về quyền sử dụng đất

QUYẾT ĐỊNH:
Điều 1. Các giấy tờ khác về quyền sử dụng đất gồm:
1. Giấy tờ của Hợp tác xã cấp trước ngày 15/3/1985 ({aside} của UBND tỉnh Hà Nam Ninh).
2. Sổ quản lý ruộng đất lập trước ngày 18/12/1980.
Điều 2. Sở Tài chính hướng dẫn thực hiện Quyết định này.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Bình
"""


def _cited(aside: str, org: OrgDirectory, calendar: WorkingCalendar) -> date | None:
    record = parse_text(_DECISION.format(aside=aside), org, calendar)
    (ref,) = [r for r in record.references if r.number == "12/QĐ-UB"]
    return ref.issued_on


def test_the_day_a_bracket_says_the_document_was_issued(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    aside = "ngày ban hành Quyết định số 12/QĐ-UB"
    assert _cited(aside, org, calendar) == date(1985, 3, 15)
    assert _cited("ngày ban hành Quyết định 12/QĐ-UB", org, calendar) == date(1985, 3, 15)


def test_a_bracket_that_cites_the_document_otherwise_dates_nothing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _cited("theo Quyết định số 12/QĐ-UB", org, calendar) is None


def test_a_code_set_apart_by_a_spaced_hyphen_is_the_number_s(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Nghị quyết số 07/2025/NQ - HĐND của Hội đồng nhân dân tỉnh ...": one number, its issuer
    text = _DECISION.format(aside="ngày ban hành Quyết định số 12/QĐ-UB").replace(
        "2. Sổ quản lý ruộng đất lập trước ngày 18/12/1980.",
        "2. Vị trí đất theo Điều 5 Nghị quyết số 07/2025/NQ - HĐND của Hội đồng nhân dân tỉnh"
        " Hà Nam.",
    )
    refs = {r.number: r for r in parse_text(text, org, calendar).references}
    assert "07/2025/NQ" not in refs
    assert refs["07/2025/NQ-HĐND"].issuer == "Hội đồng nhân dân tỉnh Hà Nam"


def test_the_date_after_the_laws_an_amending_law_lists_is_the_amending_law_s(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Luật sửa đổi, bổ sung một số điều của Luật A số X, ... và Luật C số Z ngày D": the law
    # named by its title (no number) was passed on D, not the last law it amends
    line = (
        "2. Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Nhà ở số 27/2023/QH15 và Luật"
        " Các tổ chức tín dụng số 32/2024/QH15 ngày 29/6/2024."
    )
    text = _DECISION.format(aside="ngày ban hành Quyết định số 12/QĐ-UB").replace(
        "2. Sổ quản lý ruộng đất lập trước ngày 18/12/1980.", line
    )
    refs = {r.number: r for r in parse_text(text, org, calendar).references}
    assert refs["32/2024/QH15"].issued_on is None
    assert refs["27/2023/QH15"].issued_on is None


def test_a_numbered_amending_document_leaves_the_amended_one_its_date(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    line = (
        "2. Căn cứ Nghị định số 77/2020/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số"
        " 15/2018/NĐ-CP và Nghị định số 16/2018/NĐ-CP ngày 12/3/2018."
    )
    text = _DECISION.format(aside="ngày ban hành Quyết định số 12/QĐ-UB").replace(
        "2. Sổ quản lý ruộng đất lập trước ngày 18/12/1980.", line
    )
    refs = {r.number: r for r in parse_text(text, org, calendar).references}
    assert refs["16/2018/NĐ-CP"].issued_on == date(2018, 3, 12)
