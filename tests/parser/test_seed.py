"""The seed letter 115/UBND-NCPC parses with every field right."""

from __future__ import annotations

from datetime import date

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_file
from directives.records import DeadlineKind, ParsedDirective
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed(org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_file(SEED, org, calendar)


def test_header(seed: ParsedDirective) -> None:
    assert seed.document_type == "CÔNG VĂN"
    assert seed.number == "115/UBND-NCPC"
    assert seed.issuer == "Ủy ban nhân dân tỉnh Kiên Giang"
    assert seed.parent_issuer is None
    assert seed.place == "Kiên Giang"
    assert seed.issued_on == date(2017, 1, 25)
    assert seed.subject == "chỉ đạo công tác cải cách hành chính năm 2016 tại Sở Ngoại vụ"
    assert seed.recipients == ["Giám đốc Sở Ngoại vụ"]


def test_references_in_order_of_mention(seed: ParsedDirective) -> None:
    got = [(r.number, r.type, r.issuer, r.issued_on) for r in seed.references]
    assert got == [
        ("18/BC-ĐKT", "báo cáo", "Đoàn kiểm tra", date(2017, 1, 18)),
        (
            "20/TB-ĐKT",
            "thông báo",
            "Đoàn kiểm tra công tác cải cách hành chính năm 2016",
            date(2017, 1, 18),
        ),
        ("09/2016/QĐ-UBND", "quyết định", "UBND tỉnh", date(2016, 2, 18)),
        ("2625/QĐ-UBND", "quyết định", "Ủy ban nhân dân tỉnh Kiên Giang", date(2014, 12, 16)),
        ("2005/QĐ-UBND", "quyết định", "Chủ tịch UBND tỉnh", date(2016, 9, 5)),
    ]


def test_six_actions_with_units_and_no_deadline(seed: ParsedDirective) -> None:
    assert [a.seq for a in seed.actions] == [1, 2, 3, 4, 5, 6]
    assert [a.lead_unit for a in seed.actions] == [
        "Ban Giám đốc Sở",
        "Văn phòng Sở",  # "các phòng ... phối hợp chặt chẽ với Văn phòng Sở": the office leads
        "Văn phòng Sở",
        "Ban Giám đốc Sở",
        "Ban Giám đốc Sở",
        "Ban Giám đốc Sở",
    ]
    assert all(a.coordinating_units == [] for a in seed.actions)
    assert all(a.deadline is None and a.deadline_kind is DeadlineKind.NONE for a in seed.actions)
    assert seed.actions[0].text.startswith("Tăng cường công tác chỉ đạo, điều hành")
    assert seed.actions[5].text.endswith("phục vụ cho công tác đánh giá CCHC năm 2016 đạt kết quả")
    # neither the findings nor the closing formula are actions
    assert not any("Nhận được Công văn này" in a.text for a in seed.actions)
    assert not any(a.text.startswith(("Nhìn chung", "Qua xem xét")) for a in seed.actions)


def test_signer_and_distribution(seed: ParsedDirective) -> None:
    assert seed.signer is not None
    assert (seed.signer.capacity, seed.signer.title, seed.signer.name) == (
        None,
        "CHỦ TỊCH",
        "Phạm Vũ Hồng",
    )
    assert seed.distribution == [
        "Như trên",
        "CT và các PCT. UBND tỉnh",
        "Các Sở: Nội vụ; Thông tin và Truyền thông; Tài chính; Tư pháp; Khoa học và Công nghệ",
        "Thành viên Đoàn kiểm tra theo Quyết định số 2005/QĐ-UBND ngày 05/9/2016 "
        "của Chủ tịch UBND tỉnh",
        "LĐVP, P. NCPC",
        "Lưu: VT, vtttrinh (01b)",
    ]


def test_inferred_issuer_is_warned(seed: ParsedDirective) -> None:
    assert len(seed.warnings) == 1
    assert "suy ra" in seed.warnings[0] and "Ủy ban nhân dân tỉnh Kiên Giang" in seed.warnings[0]
