"""Round 51g (195/01): the title the first "Nơi nhận" line carries (a page that set the two
columns one after the other) signs the letter, even when an annex's forms, later in the
text, are signed with a title and a name of their own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 583/QĐ-TCT\n\nHà Nội, ngày 11 tháng 5 năm 2011\n\n"
    "QUYẾT ĐỊNH\n\nVề việc ban hành Quy chế trao đổi thông tin\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế trao đổi thông tin.\n\n"
    "Điều 2. Cục trưởng Cục Thuế các tỉnh chịu trách nhiệm thi hành Quyết định này./.\n\n"
    "Nơi nhận:\nTỔNG CỤC TRƯỞNG\n- Như Điều 2;\n- Lãnh đạo Bộ Tài chính (để b/c);\n"
    "- Lưu: VT, HTQT.\n(đã ký)\nBùi Văn Nam\n\n"
    "Mẫu số 01\n\nCỤC THUẾ TỈNH A\n\nSố: ..../CT-TTHT\n\nThưa ông/bà ......,\n\n"
    "Cục Thuế xin thông báo đã nhận được thư của ông/bà.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Thuý Hương\n"
)


def test_the_first_recipients_title_signs(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    signer = parse_text(_DECISION, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == (None, "TỔNG CỤC TRƯỞNG", "Bùi Văn Nam")
