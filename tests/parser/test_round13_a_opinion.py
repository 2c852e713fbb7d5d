"""Round 13a: a letter that answers with the issuer's own opinion ("Cục X có ý kiến như
sau:") states how the rules apply; its items are no tasks unless one asks a body by name
("... đề nghị Sở X hướng dẫn ..."), and its closing "Trên đây là ý kiến của Cục X, đề nghị
Sở Y nghiên cứu, hướng dẫn ..." asks that body for something of its own. A leader's opinion
that a letter conveys ("Phó Thủ tướng có ý kiến như sau:") still gives tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = """BỘ XÂY DỰNG
CỤC QUẢN LÝ HOẠT ĐỘNG XÂY DỰNG
Số: 88/HĐXD-QLCL
Hà Nội, ngày 05 tháng 02 năm 2026
V/v hướng dẫn thi công công trình cải tạo kênh tưới

Kính gửi: Sở Xây dựng tỉnh Hà Giang

"""
_CLOSE = """
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Nguyễn Văn An
"""

_OPINION = (
    _HEAD
    + """Trả lời Văn bản số 15/SXD-QLXD ngày 20 tháng 01 năm 2026 của Sở Xây dựng tỉnh Hà
Giang về việc đề nghị hướng dẫn thi công công trình cải tạo kênh tưới, Cục Quản lý hoạt
động xây dựng có ý kiến như sau:
1. Căn cứ quy định tại Điều 5 Nghị định số 06/2021/NĐ-CP thì việc cải tạo kênh tưới không
phải xin giấy phép xây dựng.
Việc bảo trì công trình thực hiện theo quy định tại Điều 21 Nghị định số 06/2021/NĐ-CP.
2. Các nội dung cần lưu ý khi chủ đầu tư triển khai:
- Bảo đảm an toàn lao động trong quá trình thi công công trình.
- Tuân thủ các quy định pháp luật về xây dựng, bảo vệ môi trường và đất đai.
- Trường hợp công trình có hạng mục nằm trong hành lang bảo vệ đê điều thì đề nghị Sở
Xây dựng hướng dẫn chủ đầu tư liên hệ với Sở Nông nghiệp và Môi trường để được hướng dẫn.
Trên đây là ý kiến của Cục Quản lý hoạt động xây dựng, đề nghị Sở Xây dựng tỉnh Hà Giang
nghiên cứu, hướng dẫn chủ đầu tư thực hiện đúng quy định./.
"""
    + _CLOSE
)


def test_the_issuers_own_opinion_gives_only_the_requests_it_makes_by_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_OPINION, org, calendar).actions
    assert [a.text.split()[:3] for a in actions] == [
        ["Trường", "hợp", "công"],
        ["Trên", "đây", "là"],
    ]


def test_a_leaders_opinion_conveyed_by_the_letter_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (
        _HEAD
        + """Xét đề nghị của Bộ Tài chính, Phó Thủ tướng Nguyễn Văn Bình có ý kiến như sau:
1. Bộ Tài chính hoàn thiện dự thảo Nghị định, trình Chính phủ trong tháng 3 năm 2026.
2. Các Bộ: Xây dựng, Công Thương phối hợp với Bộ Tài chính trong quá trình thực hiện.
"""
        + _CLOSE
    )
    assert len(parse_text(text, org, calendar).actions) == 2


def test_the_body_asked_after_the_opinion_is_named_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_OPINION, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Xây dựng", "Sở Xây dựng tỉnh Hà Giang"]
