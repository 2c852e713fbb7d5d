"""Round rW: a purpose clause that names a list of bodies in small letters ("Để việc ... của
các sở, ngành, địa phương được ..., đề nghị sở, ngành, địa phương khẩn trương ..."): the
clause runs on past its list's commas to the request, whose bodies are the subject that
acts, so the paragraph is a task of theirs."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 215/UBND-NC\n\nHà Tĩnh, ngày 04 tháng 3 năm 2026\n\n"
    "Kính gửi: Các sở, ban, ngành cấp tỉnh.\n\n"
    "Ủy ban nhân dân tỉnh đã ban hành hướng dẫn rà soát hồ sơ lưu trữ (gửi kèm theo). Để việc "
    "rà soát hồ sơ lưu trữ của các sở, ngành, địa phương được thực hiện thống nhất, đề nghị "
    "sở, ngành, địa phương khẩn trương rà soát, lập danh mục hồ sơ và gửi về Sở Nội vụ trước "
    "ngày 20/3/2026 để tổng hợp.\n\n"
    "Đề nghị các cơ quan, đơn vị quan tâm thực hiện./.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
    "Trần Văn Hải\n"
)


def test_the_request_after_a_clause_that_lists_bodies(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PAGE, org, calendar).actions
    assert [(a.lead_unit, a.text[:24], a.deadline_text) for a in actions] == [
        ("sở, ngành, địa phương", "Để việc rà soát hồ sơ lư", "trước ngày 20/3/2026")
    ]
