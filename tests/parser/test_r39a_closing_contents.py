"""Round 39a: a letter's last paragraph that asks its addressees only to carry out "những
nội dung trên" (followed, or not, by where to send their difficulties) is a closing formula,
however it words the urging ("quan tâm thực hiện", "nghiêm túc triển khai, thực hiện"): it
gives no body a piece of work of its own (README: closing formulas and the difficulties
sentence are no tasks)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
_LETTER = (
    "Kính gửi: Các doanh nghiệp hoạt động dịch vụ việc làm trên địa bàn tỉnh\n\n"
    "Nhằm bảo đảm thực hiện các quy định về dịch vụ việc làm, Sở Nội vụ đề nghị các\n"
    "doanh nghiệp thực hiện các nội dung sau:\n\n"
    "1. Rà soát hồ sơ cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp.\n\n"
    "2. Niêm yết công khai giấy phép tại trụ sở chính của doanh nghiệp.\n\n"
    "{last}" + _SIGNED
)


def _texts(last: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str]:
    return [a.text for a in parse_text(_LETTER.format(last=last), org, calendar).actions]


def test_asking_to_carry_out_the_contents_above_is_a_closing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = (
        "Sở Nội vụ đề nghị Quý doanh nghiệp hoạt động dịch vụ việc làm quan tâm thực hiện\n"
        "những nội dung trên."
    )
    assert len(_texts(last, org, calendar)) == 2


def test_the_closing_and_the_difficulties_sentence_after_it_are_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = (
        "Sở Nội vụ đề nghị các doanh nghiệp nghiêm túc thực hiện các nội dung nêu trên. Quá\n"
        "trình thực hiện gặp vướng mắc, doanh nghiệp phản ánh, báo cáo kịp thời về Sở Nội vụ\n"
        "(thông qua Phòng Lao động) để được hướng dẫn, giải quyết."
    )
    assert len(_texts(last, org, calendar)) == 2


def test_urging_to_deploy_and_carry_out_with_a_comma_is_a_closing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = (
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường và\n"
        "các đơn vị trực thuộc tỉnh nghiêm túc triển khai, thực hiện./."
    )
    assert len(_texts(last, org, calendar)) == 2


def test_a_closing_that_goes_on_to_ask_a_dated_report_stays_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = (
        "Sở Nội vụ đề nghị các doanh nghiệp thực hiện những nội dung trên. Các doanh nghiệp\n"
        "gửi báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2025."
    )
    assert len(_texts(last, org, calendar)) == 3
